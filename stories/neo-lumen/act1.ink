// Act 1: Neo-Lumen in 2145. The bioluminescent wristbands, the nightly dream, the Dream
// Cultivation Organizations, and the four people who will be on the Arc when the festival breaks.

=== a1_skyline ===
# act: 1
# scene: skyline
# mood: calm
At twenty to ten, Neo-Lumen begins to glow from the wrists up.
The wristbands are alive, in the way sourdough is alive: a strip of cultured bioluminescence under a skin of clear resin, fed on the warmth of a pulse. Asleep they are dull as river stones. Near the dream they wake, and shine.
It starts in the ferry queues and on the stacked balconies of Vell: one band, then a street of them, a soft blue climbing the towers like a tide that has decided to go up instead of in.
Two million people, getting ready to fall asleep in the same place.
# sfx: chime
Your own band pulses twice against the bone. The Dream Cultivation Organizations, nightly reminder: FESTIVAL IN SIX NIGHTS. Then a small smiling face.
* [Smile back at the little face.]
    You smile at it. Somewhere in Outreach, a junior steward who discovered small smiling faces this month would be thrilled to know.
* [Sigh at the little face.]
    Thirty years of the Nexus, and this is the font they chose to celebrate it in.
-
From the roof of the curation studio you can see the Transceiver towers standing in the river, humming a note too low to hear. You feel it anyway, in the rail under your palms. All these years of curating this city's dream, and the note still gets you.
* [Count the lights. Every one of them chose tonight.]
    You try. You lose count in the Meridian blocks, around the point where the lights stop being windows and start being weather.
    All of them, reaching for the same night. Every night of your working life, and it still catches in your throat.
    ~ nudge("seraphina", -10)
* [Look for the windows that stay dark.]
    There are always a few. A corner of Vell. A houseboat by the Ninth Pier with its cabin lit the old way, yellow and uneven.
    Someone dreaming alone tonight, on purpose. You find you are glad of them, and you could not say why.
    ~ nudge("seraphina", 10)
* [Stop counting. You have a dream to run.]
    You have never once been late for the Tide, and the city is not going to make you start.
-
# sfx: door
The roof door sighs open behind you.
There you are. The river's drifting. My lanterns are bunching up at the bend like commuters. # speaker: dorian
* ["Your lanterns, my river."]
    Your lanterns, my river. Who let them bunch? # speaker: seraphina
    The current did. I'm an artist, not a hydrologist. # speaker: dorian
* ["Coming."]
    You are already halfway to the stairs. He falls in beside you, barefoot on the cold steps, and doesn't complain, which means it is bad.
-
-> a1_studio

=== a1_studio ===
# scene: curation-studio
The curation studio is a long room of glass and grey felt, built around a horseshoe console where the night comes in as light.
Each point of light is a dreamer. Tonight there are two million and forty of them, drifting through your hands in a slow blue current, like plankton in a night sea.
Dorian Vega is barefoot, as he always is when he works, eating olives out of the jar with his fingers. Tonight's dream is his. The Lantern Tide.
The whole city walks a warm river at dusk, each person carrying a paper lantern with a name on the side: someone they lost. At the bend the lanterns drift together into one light and go out to sea.
Fourteen thousand people are crying at the bend right now. Good crying. Let's not waste it. # speaker: dorian
You slide a hand through the current and ease the crowd apart. The lanterns un-bunch.
Then one light snags.
# sfx: pulse
A dreamer in Vell, sixty-one, registered as Wen Okafor, has stopped walking. She is standing in a kitchen that is in none of Dorian's plans: yellow tiles, a radio, a pot of something with too much ginger in it.
She keeps setting her lantern down on the kitchen table. It says MAMA, in a child's capitals.
And the kitchen is leaking. The lanterns nearest her have turned into jars of pickled lemons, bobbing downstream.
She's bleeding kitchen all over my river. # speaker: dorian
* [Fold her in. Ease the river up through the kitchen door.]
    ~ wen_kitchen = "folded"
    You tilt her light, gently, a sleeper's head turned on a pillow. Warm water slides under the kitchen door. The tiles go soft.
    Wen picks up her lantern and walks out into the river without looking back. At the bend, MAMA drifts into the one light with all the others.
    See? She needed to be carried. That's the whole job. Somebody has to carry them. # speaker: dorian
    ~ nudge("seraphina", -12)
    ~ nudge("dorian", -10)
* [Leave her be. Seal the kitchen off and let the river flow around it.]
    ~ wen_kitchen = "left"
    You pinch the current closed around her, a bubble in the stream. The lemons stop. The river parts around one small yellow kitchen, and inside it Wen sits down at the table and puts her face in her hands.
    You just put a hole in my river. # speaker: dorian
    It's a kitchen, not a hole. # speaker: seraphina
    He watches her through the console while the olive brine dries on his fingers. Then he puts the jar down.
    Fine. Someone in this city should get to cry in a kitchen. # speaker: dorian
    ~ nudge("seraphina", 12)
    ~ nudge("dorian", 10)
* [Let the river visit her. Float one lantern in through her window.]
    ~ wen_kitchen = "lantern"
    It takes a minute of careful steering, the kind of work the DCOs will never see. One lantern lifts from the current, bumps the window frame, and settles on the sill.
    Wen reads the name on it. Not her mother's. A stranger's: TOMAS. She sets it beside the stove, next to the pot, as if it had always lived there.
    That's cheating. It's also good. I hate it. # speaker: dorian
    ~ nudge("dorian", 6)
-
The bend empties. Dorian watches the one light go out to sea, and for a moment he looks older than forty-four.
Tell me honestly. Fourteen thousand people cried tonight because I put a river in front of them. Is that craft, or is that a trick? # speaker: dorian
* [It's craft. You built a place where they're allowed to.]
    Most of them have nowhere else to do it. You gave them a bend in a river and two million witnesses. That isn't a trick. # speaker: seraphina
    He nods, and puts the compliment away to argue with later.
    ~ nudge("dorian", -10)
* [Some of them were crying because the person beside them was.]
    He winces. Then he laughs, which is how Dorian takes most wounds.
    Contagion. I know. The Flats were like that. One kid starts crying in the shelter and then it's forty kids. I used to think it was the most beautiful thing in the world. # speaker: dorian
    Used to? # speaker: seraphina
    Still do. On Tuesdays. # speaker: dorian
    ~ nudge("dorian", 10)
* [Ask him which lantern was his.]
    He pretends not to hear. Then he reaches into the console and turns one lantern's label toward you, far out at sea now, too small to read.
    Not telling. That's the one rule. The man who builds the river doesn't get to cry in it. # speaker: dorian
    Whose rule? # speaker: seraphina
    Mine. Good question, though. Terrible question. Eat an olive. # speaker: dorian
-
Your band flickers twice. Two messages.
The first is from Eliot Voss, his ninth in an hour: HALL. NOW. GOOD NEWS. MOSTLY.
The second is a ticket, hand-drawn and scanned. THE UNSHARED, A GALLERY. ONE GUEST. TONIGHT. It is signed with a single brushstroke you would know anywhere: Maris Solara.
Go. I'll mind the bend. And if you see Maris, tell her I still have her frying pan and she can't have it. # speaker: dorian
* ["Give her the pan back, Dorian."]
    ~ pan_message = "back"
    Give it back, Dorian. # speaker: seraphina
    It's been six years. It has chosen. # speaker: dorian
* ["I'll tell her you miss her."]
    ~ pan_message = "miss"
    I'll tell her you miss her. # speaker: seraphina
    Don't you dare. I'll mind the bend and I'll mind my own business. # speaker: dorian
    He says it to the console, and his ears have gone pink.
-
-> a1_crossroads

=== a1_crossroads ===
{ a1_transceiver_hall && a1_gallery: -> a1_night }
# scene: skyline
{The Tide can run without you for an hour. Dorian is humming at the console, which means it's going well.|One more stop before you sleep. The city's lights have gone soft; most of Neo-Lumen is under.}
+ {not a1_transceiver_hall} [Take the river tram to the Transceiver hall.]
    -> a1_transceiver_hall
+ (messaged) {not a1_transceiver_hall and a1_gallery} [Message Eliot that you're coming, so he'll put the kettle on.]
    He replies before you've put the band down: KETTLE IS A FIRE RISK IN THE HALL. BRING TEA.
    -> a1_transceiver_hall
+ {not a1_gallery} [Walk to Maris's gallery in Vell.]
    -> a1_gallery
+ (wine) {not a1_gallery and a1_transceiver_hall} [Stop for the cheap wine Maris pretends not to like, then walk to Vell.]
    The man at the kiosk wraps it in yesterday's festival leaflet. You decide that is a sign, but not of what.
    -> a1_gallery

=== a1_transceiver_hall ===
# scene: transceiver-hall
# mood: wonder
The Transceiver hall used to pump the river out of the city. Now it pumps the city into the river's dreams, or that is Eliot's joke, and he tells it to every school group.
Thirty towers stand in the coolant mist, each as tall as a house, each humming the note. Up close it isn't one note. It's two million breaths, rounded off.
Eliot Voss is on the catwalk with his sleeves pushed up and his hair flat on one side, as if he has been asleep against a server rack. He has.
{a1_crossroads.messaged: You hold up the flask of tea. He takes it in both hands, says bless you, and sets it down on a cabinet in the coolant mist, where you both know it will go cold. # needs: a1_crossroads.messaged}
Sera. Good. Look at this. No, look at it properly. # speaker: eliot
# sfx: pulse
He throws a graph into the air between you: a field of blue, and under it three fainter layers, like the sea seen from a boat.
Right now, when two people share a dream, they share the picture. The river, the lanterns. What they don't share is underneath. The weather of it. Why that lantern. # speaker: eliot
The update takes resonance three layers down. You won't just see the man next to you crying at the bend. You'll know why. In time for the festival. For the anniversary. # speaker: eliot
* ["That's beautiful, Eliot."]
    That's beautiful, Eliot. # speaker: seraphina
    I know. I know! Say it again, slower, so I can put it in the grant report. # speaker: eliot
* ["That's a lot of why."]
    That's a lot of why. # speaker: seraphina
    It's exactly the right amount of why. I've measured it. # speaker: eliot
-
On the console by his elbow lies an old wristband, a child's model, its strap scratched white. The culture inside it is dead and grey. In all these years you have never seen it lit.
* [Ask about the dark wristband.]
    ~ asked_about_mira = true
    ~ eliot_trust += 1
    -> mira
* [Ask who has tested the update.]
    Me. Forty nights. And a few hundred volunteers from the DCOs, who signed the consent forms without reading them, as is traditional. # speaker: eliot
    Side effects? # speaker: seraphina
    Vivid dreams. # speaker: eliot
    Eliot. # speaker: seraphina
    Vivider dreams. Some people report a sense of being accompanied. That's the point, Sera. That is literally the feature. # speaker: eliot
    -> depth

= mira
He picks it up before you have finished the question.
My sister's. Mira. Mum was one of the first sleepers, back when the Nexus was a warehouse on Pier Nine and a lot of extension cords. Mira was born into it. She got this at six, with the school milk, and picked the strap herself. # speaker: eliot
She died. Seven years in March. She was nineteen. I keep it here because the console is ugly without it. # speaker: eliot
The joke arrives half a second too early, the way his jokes do when they are holding something up.
* [Say you're sorry, and then say nothing else.]
    ~ eliot_trust += 1
    You say it. Then you stand with him in the hum and let it be the only thing said.
    After a while he puts the band down, very precisely, in exactly the same place.
    Thank you. People usually follow that up with something. Usually a reason I should get back to work. # speaker: eliot
    He doesn't get back to work. For a whole minute the towers hum without him, and he lets them, and looks at the one thing in the hall that is only his.
    ~ nudge("eliot", 10)
* [Ask what she would have made of the festival.]
    ~ eliot_trust += 1
    Oh, she'd have hated it. Too tidy. # speaker: eliot
    He laughs, and for a moment he is somebody's big brother instead of the city's engineer.
    She liked the Nexus when it leaked. Back then you'd be on a beach and some stranger's dentist appointment would wander through, drill and all. She said it was the only honest thing in Neo-Lumen. # speaker: eliot
    ~ nudge("eliot", 12)
* [Tell him two million people are asleep on his towers tonight, and they need him here.]
    ~ eliot_trust -= 1
    He blinks. Then he nods, puts the band down, and is an engineer again so fast it makes you dizzy.
    They do. Obviously. Where was I. Resonance. # speaker: eliot
    ~ nudge("eliot", -10)
-
-> depth

= depth
He spins the graph toward you. Layers on layers. It is beautiful the way deep water is beautiful from a safe height.
So. The festival. Six nights. I need you to tell the Cultivation stewards it's ready, because Kell won't take it from me. She thinks I'm an optimist. # speaker: eliot
* [Deeper is what we're for. Ship it.]
    Two million people who can feel each other's why. That's what the Nexus was supposed to be. Ship it. # speaker: seraphina
    He actually punches the air, then looks embarrassed about it.
    ~ nudge("eliot", -12)
    ~ nudge("seraphina", -6)
* (slider) [Ask whether the dreamers get a say in how deep they go.]
    He opens his mouth to say of course. Then he closes it.
    A slider. I could give them a slider. No one ever uses sliders. # speaker: eliot
    Give them one anyway. # speaker: seraphina
    ~ nudge("eliot", 10)
    ~ nudge("seraphina", 6)
* [Tell him it's too new for the festival. Too many people.]
    Then when? The festival is the only night they're all in. Every other night a third of them are at the Sports Dream. # speaker: eliot
    It has the shape of a speech rehearsed in the shower. He is not pulling the update for the festival, not on your say-so, not tonight.
    ~ nudge("eliot", -6)
-
On your way out you hear him talking to the towers, softly, by their numbers.
-> a1_crossroads

=== a1_gallery ===
# scene: gallery
# mood: calm
The Unshared is a former aquarium shop in Vell. The tanks are still there, drained and dry, and in every tank hangs a small painting, lit from below by the old pump lights.
A man dreaming he is a fish in his grandmother's bathtub. A woman losing an argument to a cloud. A boy whose shoes keep walking off without him.
All of them dreamt with the band off. Dark nights, Maris calls them. Her regulars take one a week, and bring her what they saw, and she paints it.
The curator. In my gallery. Somebody call the critics. Oh, wait. # speaker: maris
Maris Solara comes out of the back with turpentine on her wrists and a cup of something fragrant and legal. Rings on every finger. A voice built for rooms much bigger than this one.
{a1_crossroads.wine: She sees the bottle in its festival leaflet before she sees your face. Oh, not that. You know I hate that. She takes it off you anyway, reads the leaflet wrapped round it, snorts at the programme, and puts the bottle on the lid of a tank where she can keep an eye on it. # needs: a1_crossroads.wine}
* [Take the cup.]
    You take it. It is cardamom and something sharper. She watches you drink, pleased: you have passed a test you didn't know you were sitting.
* ["I don't drink on shift."]
    I don't drink on shift. # speaker: seraphina
    You're always on shift. Drink it anyway. It's only tea. Mostly. {a1_crossroads.wine: The wine's for after. I'm not wasting it on a curator on shift.} # speaker: maris
    She presses it into your hands regardless.
-
She steers you to the back wall.
There is one big canvas there. Half of it is an orchard in white blossom, bright as a brochure. The other half is the third level of a parking structure in the rain: a ticket machine, and a man sitting down against a pillar.
You know the orchard. You made it.
You don't remember, do you. # speaker: maris
You do. The Orchard Night, eight years ago, your first big festival. A grieving woman lent the city her worst night, and you turned it into blossom for three hundred thousand dreamers. The Cultivation board gave you a medal in the shape of a leaf.
You never once asked what the parking structure had looked like.
* [Apologise. Properly, without explaining.]
    ~ orchard_apology = true
    I'm sorry. I took your father's death and made it pretty, and I never asked you. # speaker: seraphina
    For a second Maris has nothing to say, which may be a first.
    Don't. I had eight years of speeches ready. You're wasting them. # speaker: maris
    But she looks at the orchard half of the canvas differently after that. She might be able to stand having it on the wall.
* (defended) [Defend it. The orchard helped three hundred thousand people grieve.]
    They woke up lighter. I still get letters. That mattered. # speaker: seraphina
    It helped them grieve a father who never existed. Mine died next to a ticket machine, on level three, in the rain, while the attendant finished his sandwich. # speaker: maris
    I wanted them to see the ticket machine, Seraphina. That was the whole gift. # speaker: maris
    ~ nudge("maris", 12)
* (insult) [Tell her the paintings are lonely.]
    It's all beautiful. It's all lonely. Not one of these has anyone else in it. # speaker: seraphina
    Lonely. # speaker: maris
    She tastes the word. Then she takes a card from her pocket, writes on it, and pins it beside the orchard. LONELY. S. RAYE, CURATOR.
    I'll keep that. Loneliness is what's left of you when no one edits it out. # speaker: maris
    ~ nudge("maris", 15)
-
She lights something, thinks better of it, and stubs it out on the rim of a dry tank.
Take your band off. Here. One minute. I want to see your face without the city on it. # speaker: maris
* [Take it off.]
    The blue goes out of your wrist. The room becomes a room: a fridge humming, rain on the skylight, a shop that smells of linseed oil and, very faintly, still of fish food.
    Without the band, the two million are just a rumour. You feel very small and very clear, like a glass of water.
    There she is. # speaker: maris
    ~ nudge("seraphina", 10)
* [Keep it on. You're working.]
    I'm on shift. Two million people are dreaming on my watch. # speaker: seraphina
    You're always on shift. That's how they get you. # speaker: maris
    ~ nudge("seraphina", -8)
-
The festival's in six nights. I'm going to ask it a question. In public, on the grounds, where the Cultivation stewards can hear it. # speaker: maris
What question? # speaker: seraphina
Come and find out. Bring Dorian. He still has a thing of mine he thinks I've forgotten. # speaker: maris
* (asked_inside) [Ask her to ask it inside the festival instead.]
    Inside? You'd curate me. You'd give me a soft blue spotlight and a string section. # speaker: maris
    Maybe I'd just give you the floor. # speaker: seraphina
    She opens her mouth for the next line, and for once there isn't one.
    ~ nudge("maris", -8)
* (promised_answer) [Tell her you'll be there to answer it.]
    Good. Wear something you can be wrong in. # speaker: maris
    ~ nudge("maris", 6)
* {pan_message != "miss"} [Tell her Dorian says she can't have the pan.]
    Tell Dorian it was a wedding present and he was the wedding. # speaker: maris
    You have no idea what that means. From her face, neither does she, quite, any more.
* (told_miss) {pan_message == "miss"} [Tell her Dorian misses her. He said not to.]
    Dorian misses you. He told me not to tell you. # speaker: seraphina
    Maris turns a ring round her finger, twice.
    He said not to? Then he does. Tell him he can keep it. No. Tell him nothing. I'll tell him myself. # speaker: maris
    ~ nudge("maris", -4)
-
-> a1_crossroads

=== a1_night ===
# scene: curation-studio
# mood: wonder
It is past one when you lie down on the studio cot and let the band take you under.
Curators dream differently. You don't walk the river. You walk the bank, a step behind the dream, watching the seams.
The Tide is ending. The last lanterns are out at sea. {wen_kitchen == "left": Far upstream a small yellow kitchen is still lit in the current, its door shut.}{wen_kitchen == "lantern": Somewhere upstream, a lantern marked TOMAS sits on a windowsill beside a pot of soup.}
# sfx: glitch
And there is a swing.
There is no swing anywhere in Dorian's plans. It hangs from nothing over the water, creaking, and a girl of about nineteen sits on it, kicking her heels.
Her wristband is the old kind, a child's strap scratched white. It is dark.
Is Eli still up? Tell him to go to bed. He never goes to bed. # speaker: The girl on the swing
* [Call out to her.]
    You call. The word leaves your mouth as light, the way words do on the bank, and drifts out over the water toward her.
    She doesn't turn. She is already swinging back, high, higher, into the seam.
* [Keep still. Watch.]
    You keep very still. She swings, and swings, and on the top of the arc her feet touch something that isn't there.
-
Then the seam closes, and there is only river.
{asked_about_mira: You know that wristband. You saw its twin on a console four hours ago. # needs: asked_about_mira}
You wake at 3:12 with your heart going like a moth against glass.
* [Call Eliot. Now.]
    ~ told_eliot_swing = true
    ~ eliot_trust += 1
    He answers on the first pulse. Of course he's awake.
    {asked_about_mira: I saw her, Eliot. On a swing over the river. She asked if you were still up.|There was a girl on a swing in the Tide. Nineteen, maybe. An old dark band. She asked if Eli was still up.} # speaker: seraphina
    The line goes quiet, with the hum of the towers behind it.
    Calibration noise. Resonance artefacts. The archive layer throws up ghosts at depth, it's a known... # speaker: eliot
    He stops.
    Was she swinging high, or low? {asked_about_mira: She always went too high.|Mira always went too high. My sister. The dark band on my console was hers.} # speaker: eliot
    The engineer has stopped explaining. It is her brother on the line now, and he doesn't want the ghost filtered out. He wants to know how high she went.
    ~ nudge("eliot", 15)
* [Write it down. Tell no one yet.]
    You write it on the back of your hand, because the band would log anything you typed: SWING. GIRL. ELI?
    Then you lie awake until the city's lights go back to being windows.
    ~ nudge("seraphina", 6)
-
-> a2_pressure
