// Act 1: Neo-Lumen in 2145. The wristbands, the nightly dream, the Dream Cultivation
// Organization, and the four people who will be on the Arc when the festival breaks.

=== a1_skyline ===
# act: 1
# scene: skyline
# mood: calm
At twenty to ten, Neo-Lumen begins to glow from the wrists up.
It starts in the ferry queues and on the stacked balconies of Vell: one wristband, then a street of them, a soft blue climbing the towers like a tide that has decided to go up instead of in.
Two million people, getting ready to fall asleep in the same place.
# sfx: chime
Your own band taps twice against the bone. The Dream Cultivation Organization, nightly reminder: FESTIVAL IN SIX NIGHTS. Then a small smiling face.
Somebody in Outreach has discovered small smiling faces.
From the roof of the curation studio you can see the Transceiver towers standing in the river, humming a note too low to hear. You hear it anyway, in your back teeth. Eleven years of curating this city's dream, and the note still gets you.
* [Count the lights. Every one of them chose tonight.]
    You try. You lose count in the Meridian blocks, around the point where the lights stop being windows and start being weather.
    All of them, reaching for the same night. Eleven years, and it still catches in your throat.
    ~ nudge("seraphina", -10)
* [Look for the windows that stay dark.]
    There are always a few. A corner of Vell. A houseboat by the Ninth Pier with its cabin lit the old way, yellow and uneven.
    Somebody dreaming alone tonight, on purpose. You find you are glad of them, and you could not say why.
    ~ nudge("seraphina", 10)
* [Stop counting. You have a dream to run.]
    You have never once been late for the Tide, and the city is not going to make you start.
-
# sfx: door
The roof door sighs open behind you.
There you are. The river's drifting. My lanterns are bunching up at the bend like commuters. # speaker: dorian
-> a1_studio

=== a1_studio ===
# scene: curation-studio
The curation studio is a long room of glass and grey felt, built around a horseshoe console where the night comes in as threads.
Each thread is a dreamer. Tonight there are two million and eleven of them, running through your hands in loose blue skeins.
Dorian Vega is barefoot, as he always is when he works, eating olives out of the jar with his fingers. Tonight's dream is his. The Lantern Tide.
The whole city walks a warm river at dusk, each person carrying a paper lantern with a name on the side: someone they lost. At the bend the lanterns drift together into one light and go out to sea.
Fourteen thousand people are crying at the bend right now. Good crying. Let's not waste it. # speaker: dorian
You slide a hand through the threads and ease the crowd apart. The lanterns un-bunch.
Then one thread snags.
# sfx: pulse
A dreamer in Vell, sixty-one, registered as Wen Okafor, has stopped walking. She is standing in a kitchen nobody designed: yellow tiles, a radio, a pot of something with too much ginger in it.
She keeps setting her lantern down on the kitchen table. It says MAMA, in a child's capitals.
And the kitchen is leaking. The lanterns nearest her have turned into jars of pickled lemons, bobbing downstream.
She's bleeding kitchen all over my river. # speaker: dorian
* [Fold her in. Ease the river up through the kitchen door.]
    ~ wen_kitchen = "folded"
    You tilt her thread, gently, the way you would turn a sleeper's head on a pillow. Warm water slides under the kitchen door. The tiles go soft.
    Wen picks up her lantern and walks out into the river without looking back. At the bend, MAMA drifts into the one light with all the others.
    See? She needed to be carried. That's the whole job. Somebody has to carry them. # speaker: dorian
    ~ nudge("seraphina", -12)
    ~ nudge("dorian", -10)
* [Leave her be. Seal the kitchen off and let the river flow around it.]
    ~ wen_kitchen = "left"
    You pinch the thread closed around her, a bubble in the current. The lemons stop. The river parts around one small yellow kitchen, and inside it Wen sits down at the table and puts her face in her hands.
    You just put a hole in my river. # speaker: dorian
    It's a kitchen, not a hole. # speaker: seraphina
    He watches her through the console for a long time. Then he puts the olive jar down.
    Fine. Somebody in this city should get to cry in a kitchen. # speaker: dorian
    ~ nudge("seraphina", 12)
    ~ nudge("dorian", 10)
* [Let the river visit her. Float one lantern in through her window.]
    ~ wen_kitchen = "lantern"
    It takes a minute of careful weaving, the kind of work nobody at the DCO will ever see. One lantern lifts from the current, bumps the window frame, and settles on the sill.
    Wen reads the name on it. Not her mother's. A stranger's: TOMAS. She sets it beside the stove, next to the pot, as if it had always lived there.
    That's cheating. It's also good. I hate it. # speaker: dorian
    ~ nudge("dorian", 6)
-
The bend empties. Dorian watches the one light go out to sea, and for a moment he looks older than forty-four.
Tell me honestly. Fourteen thousand people cried tonight because I put a river in front of them. Is that craft, or is that a trick? # speaker: dorian
* [It's craft. You built a place where they're allowed to.]
    Most of them have nowhere else to do it. You gave them a bend in a river and two million witnesses. That isn't a trick. # speaker: seraphina
    He nods slowly, like a man accepting a compliment he intends to argue with later.
    ~ nudge("dorian", -10)
* [Some of them were crying because the person beside them was.]
    He winces. Then he laughs, which is how Dorian takes most wounds.
    Contagion. I know. The Flats were like that. One kid starts crying in the shelter and then it's forty kids. I used to think it was the most beautiful thing in the world. # speaker: dorian
    Used to? # speaker: seraphina
    Still do. On Tuesdays. # speaker: dorian
    ~ nudge("dorian", 10)
-
Your band blinks twice. Two messages.
The first is from Eliot Voss, his ninth in an hour: HALL. NOW. GOOD NEWS. MOSTLY.
The second is a ticket, hand-drawn and scanned. THE UNSHARED, A GALLERY. ONE GUEST. TONIGHT. It is signed with a single brushstroke you would know anywhere: Maris Solara.
Go. I'll mind the bend. And if you see Maris, tell her I still have her frying pan and she can't have it. # speaker: dorian
-> a1_crossroads

=== a1_crossroads ===
{ a1_transceiver_hall && a1_gallery: -> a1_night }
# scene: skyline
{The Tide can run without you for an hour. Dorian is humming at the console, which means it's going well.|One more stop before you sleep. The city's lights have gone soft; most of Neo-Lumen is under.}
+ {not a1_transceiver_hall} [Take the river tram to the Transceiver hall.]
    -> a1_transceiver_hall
+ {not a1_gallery} [Walk to Maris's gallery in Vell.]
    -> a1_gallery

=== a1_transceiver_hall ===
# scene: transceiver-hall
# mood: wonder
The Transceiver hall used to pump the river out of the city. Now it pumps the city into the river's dreams, or that is Eliot's joke, and he tells it to every school group.
Thirty towers stand in the coolant mist, each as tall as a house, each humming the note. Up close it isn't one note. It's two million breaths, rounded off.
Eliot Voss is on the catwalk with his sleeves pushed up and his hair flat on one side, as if he has been asleep against a server rack. He has.
Sera. Good. Look at this. No, look at it properly. # speaker: eliot
# sfx: pulse
He throws a graph into the air between you: a field of blue, and under it three fainter layers, like the sea seen from a boat.
Right now, when two people share a dream, they share the picture. The river, the lanterns. What they don't share is underneath. The weather of it. Why that lantern. # speaker: eliot
The update takes resonance three layers down. You won't just see the man next to you crying at the bend. You'll know why. In time for the festival. For the anniversary. # speaker: eliot
On the console by his elbow lies an old wristband, the first model, its strap scratched white. It is dark. In all these years you have never seen it lit.
* [Ask about the dark wristband.]
    ~ asked_about_mira = true
    -> mira
* [Ask who has tested the update.]
    Me. Forty nights. And three hundred DCO volunteers, who signed the consent forms without reading them, as is traditional. # speaker: eliot
    Side effects? # speaker: seraphina
    Vivid dreams. # speaker: eliot
    Eliot. # speaker: seraphina
    Vivider dreams. Some people report a sense of being accompanied. That's the point, Sera. That is literally the feature. # speaker: eliot
    -> depth

= mira
He picks it up before you have finished the question, as if the question had been heading toward it for years.
My sister's. Mira. She was one of the first six hundred, back when the Nexus was a warehouse on Pier Nine and a lot of extension cords. # speaker: eliot
She died. Seven years in March. I keep it here because the console is ugly without it. # speaker: eliot
The joke arrives half a second too early, the way his jokes do when they are holding something up.
* [Say you're sorry, and then say nothing else.]
    You say it. Then you stand with him in the hum and let it be the only thing said.
    After a while he puts the band down, very precisely, in exactly the same place.
    Thank you. People usually follow that up with something. # speaker: eliot
    ~ nudge("eliot", 10)
* [Ask what she would have made of the festival.]
    Oh, she'd have hated it. Too tidy. # speaker: eliot
    He laughs, and for a moment he is somebody's big brother instead of the city's engineer.
    She liked the Nexus when it leaked. Back then you'd be on a beach and some stranger's dentist appointment would wander through, drill and all. She said it was the only honest thing in Neo-Lumen. # speaker: eliot
    ~ nudge("eliot", 12)
* [Tell him the festival needs him tonight, not his grief.]
    He blinks. Then he nods, puts the band down, and is an engineer again so fast it makes you dizzy.
    You're right. Obviously. Where was I. Resonance. # speaker: eliot
    ~ nudge("eliot", -10)
-
-> depth

= depth
He spins the graph toward you. Layers on layers. It is beautiful the way deep water is beautiful from a safe height.
So. The festival. Six nights. I need you to tell the DCO it's ready, because Hale won't believe me. She thinks I'm an optimist. # speaker: eliot
* [Deeper is what we're for. Ship it.]
    Two million people who can feel each other's why. That's what the Nexus was supposed to be. Ship it. # speaker: seraphina
    He actually punches the air, then looks embarrassed about it.
    ~ nudge("eliot", -12)
    ~ nudge("seraphina", -6)
* [Ask whether the dreamers get a say in how deep they go.]
    He opens his mouth to say of course. Then he closes it.
    A slider. I could give them a slider. Nobody ever uses sliders. # speaker: eliot
    Give them one anyway. # speaker: seraphina
    ~ nudge("eliot", 10)
    ~ nudge("seraphina", 6)
* [Tell him it's too new for the festival. Too many people.]
    Then when? The festival is the only night they're all in. Every other night a third of them are at the Sports Dream. # speaker: eliot
    He says it like a man who has rehearsed it in the shower. He is not pulling the update for the festival, not on your say-so, not tonight.
    ~ nudge("eliot", -6)
-
On your way out you hear him talking to the towers, softly, the way people talk to horses.
-> a1_crossroads

=== a1_gallery ===
# scene: gallery
# mood: calm
The Unshared is a former laundromat in Vell. The machines are still there, painted over, and in every round glass door hangs a small painting.
A man dreaming he is a fish in his grandmother's bathtub. A woman losing an argument to a cloud. A child's staircase that goes down into bread.
All of them dreamt with the band off. Dark nights, Maris calls them. Her regulars take one a week, and bring her what they saw, and she paints it.
The curator. In my gallery. Somebody call the critics. Oh, wait. # speaker: maris
Maris Solara comes out of the back with turpentine on her wrists and a cup of something fragrant and legal. Rings on every finger. A voice built for rooms much bigger than this one.
She hands you the cup without asking whether you want it and steers you to the back wall.
There is one big canvas there. Half of it is an orchard in white blossom, bright as a brochure. The other half is the third level of a parking structure in the rain: a ticket machine, and a man sitting down against a pillar.
You know the orchard. You made it.
You don't remember, do you. # speaker: maris
You do. The Orchard Night, eight years ago, your first big festival. A grieving woman lent the city her worst night, and you turned it into blossom for three hundred thousand dreamers. The DCO gave you a medal shaped like a leaf.
You never once asked what the parking structure had looked like.
* [Apologise. Properly, without explaining.]
    ~ orchard_apology = true
    I'm sorry. I took your father's death and made it pretty, and I never asked you. # speaker: seraphina
    For a second Maris has nothing to say, which may be a first.
    Don't. I had eight years of speeches ready. You're wasting them. # speaker: maris
    But she looks at the orchard half of the canvas differently after that, as if she might be able to stand having it on the wall.
    ~ nudge("maris", -12)
* [Defend it. The orchard helped three hundred thousand people grieve.]
    They woke up lighter. I still get letters. That mattered. # speaker: seraphina
    It helped them grieve a father who never existed. Mine died next to a ticket machine, on level three, in the rain, while the attendant finished his sandwich. # speaker: maris
    I wanted them to see the ticket machine, Seraphina. That was the whole gift. # speaker: maris
    ~ nudge("maris", 12)
* (insult) [Tell her the paintings are lonely.]
    It's all beautiful. It's all lonely. Nobody else was ever in any of these. # speaker: seraphina
    Lonely. # speaker: maris
    She says the word as if she is tasting it. Then she takes a card from her pocket, writes on it, and pins it beside the orchard. LONELY. S. RAYE, CURATOR.
    I'll keep that. Loneliness is what's left of you when nobody edits it out. # speaker: maris
    ~ nudge("maris", 15)
-
She lights something, thinks better of it, and puts it out on a washing machine.
Take your band off. Here. One minute. I want to see your face without the city on it. # speaker: maris
* [Take it off.]
    The blue goes out of your wrist. The room becomes a room: a fridge humming, rain on the skylight, a laundromat that smells of linseed oil.
    Without the band, the two million are just a rumour. You feel very small and very clear, like a glass of water.
    There she is. # speaker: maris
    ~ nudge("seraphina", 10)
* [Keep it on. You're working.]
    I'm on shift. Two million people are dreaming on my watch. # speaker: seraphina
    You're always on shift. That's how they get you. # speaker: maris
    ~ nudge("seraphina", -8)
-
The festival's in six nights. I'm going to ask it a question. In public, on the grounds, where your director can hear it. # speaker: maris
What question? # speaker: seraphina
Come and find out. Bring Dorian. He still has my frying pan. # speaker: maris
* [Ask her to ask it inside the festival instead.]
    Inside? You'd curate me. You'd give me a soft blue spotlight and a string section. # speaker: maris
    Maybe I'd just give you the floor. # speaker: seraphina
    She looks at you for a long moment, and for once she doesn't have the next line.
    ~ nudge("maris", -8)
* [Tell her you'll be there to answer it.]
    Good. Wear something you can be wrong in. # speaker: maris
    ~ nudge("maris", 6)
-
-> a1_crossroads

=== a1_night ===
# scene: curation-studio
# mood: wonder
It is past one when you lie down on the studio cot and let the band take you under.
Curators dream differently. You don't walk the river. You walk the bank, a step behind the dream, watching the seams.
The Tide is ending. The last lanterns are out at sea. {wen_kitchen == "left": Far upstream a small yellow kitchen glows in the current like a lamp someone forgot to switch off.}{wen_kitchen == "lantern": Somewhere upstream, a lantern marked TOMAS sits on a windowsill beside a pot of soup.}
# sfx: glitch
And there is a swing.
Nobody designed a swing. There is no swing anywhere in Dorian's plans. It hangs from nothing over the water, creaking, and a girl of about nineteen sits on it, kicking her heels.
Her wristband is the old kind, scratched white along the strap. It is dark.
Is Eli still up? Tell him to go to bed. He never goes to bed. # speaker: The girl on the swing
Then the seam closes, and there is only river.
{asked_about_mira: You know that wristband. You saw its twin on a console four hours ago.}
You wake at 3:12 with your heart going like a moth against glass.
* [Call Eliot. Now.]
    ~ told_eliot_swing = true
    He answers on the first pulse. Of course he's awake.
    {asked_about_mira: I saw her, Eliot. On a swing over the river. She asked if you were still up.|There was a girl on a swing in the Tide. Nineteen, maybe. An old dark band. She asked if Eli was still up.} # speaker: seraphina
    A long silence on the line, and the hum of the towers behind it.
    Calibration noise. Resonance artefacts. The archive layer throws up ghosts at depth, it's a known... # speaker: eliot
    He stops.
    Was she swinging high, or low? She always went too high. # speaker: eliot
    ~ nudge("eliot", 15)
* [Write it down. Tell no one yet.]
    You write it on the back of your hand, because the band would log anything you typed: SWING. GIRL. ELI?
    Then you lie awake until the city's lights go back to being windows.
    ~ nudge("seraphina", 6)
-
-> a2_pressure
