// Act 3: the festival's eve. The Transceivers fail, the surge merges the city's dreams, each of
// the four meets their own fear, and Eliot stands at the reboot. The act ends by asking the
// festival outcome rule what the night became.

=== a3_eve ===
# act: 3
# scene: festival-grounds
# mood: wonder
# sfx: bell
The festival's eve comes in warm off the sea.
Sixty thousand hammocks on the Arc, every one filled. Two point four million bands across the city, lit. From the curation booth at the top of the Arc, Neo-Lumen is one held breath.
Neo-Lumen. Thirty years ago, six hundred of us fell asleep in a warehouse on Pier Nine and woke up a little less alone. Tonight, all of us. Sleep well. # speaker: Festival announcer
Dorian is beside you at the console, barefoot. {maris_invited: Maris is on the far side of the booth, arms folded, waiting for her hour.|Maris is somewhere out in the hammocks. You looked for her and couldn't find her.} Eliot is on the line from the hall, breathing too fast.
Towers at ninety-one per cent. All green. It's all green, Sera. # speaker: eliot
{
- centerpiece == "chorus":
    You open the Chorus. Sixty thousand people on the Arc sit up in the dream and begin, without knowing how, to sing. The Outer Districts come in a bar late and then catch up, and the rope of light pulls tight across the sky.
- centerpiece == "rooms":
    You open the Thousand Rooms. A field of doors unfolds over the sea, and two million people step through their own, and then, shyly, begin to knock on each other's.
- else:
    You open the River Mouth. Two million small boats push off from two million small jetties, each with its cargo: a wedding dress, a dog's lead, an exam paper, a father's coat.
}
For seven minutes it is the best thing you have ever made.
Then tower seven goes amber.
Seven's running hot. Eleven. Three. Sera, it's... # speaker: eliot
{
- update_kept == false:
    It's the rollback. Half the towers are on the old firmware and half on the copy I kept, and they're arguing about what a dream is. # speaker: eliot
- archive_open:
    The resonance is running away. It's going down, all the way down, and it's pulling everything with it. # speaker: eliot
- else:
    The wall's not holding. Two point four million is too much weight. It's coming through. # speaker: eliot
}
# sfx: surge
# mood: chaos
Every band in the city goes white.
In the hammocks below, sixty thousand sleepers arch their backs at once. The console under your hands is no longer showing threads. It is showing weather.
Sera, I can't cut the feed. It won't take the command. I'm going down to the archive. Somebody has to be at the bottom when this lands. # speaker: eliot
Dorian is already unbuckling the booth's spare hammock.
* [Take Dorian's hand and go under together.]
    You lie down side by side in the booth like children at a sleepover. He grips your hand hard enough to hurt.
    Whatever's down there, we see it together. Agreed? # speaker: dorian
    Agreed. # speaker: seraphina
    ~ nudge("dorian", -8)
* [Tell Dorian to stay and anchor you from the booth.]
    Someone has to stay awake up here. Watch my thread. Pull me out if it goes dark. # speaker: seraphina
    He looks at you with real affection and lies down anyway. He has never once taken an instruction from you in eleven years, and this is not the night he starts.
    ~ nudge("dorian", 8)
-
-> a3_surge

=== a3_surge ===
# scene: merged-dreamscape
You fall into everyone.
There is no river, no hall, no doors. There is the city's whole night at once, with the walls taken out.
A man swims past as a fish in his grandmother's bathtub. A parking structure stands in an orchard, level three, raining blossom. Brown water from the Flats laps at the steps of somebody's wedding.
Somebody's dentist appointment. Somebody's first kiss.
A classroom in the Outer Districts where four hundred thousand children sit waiting to be told what to dream.
{wen_kitchen == "left": And a small yellow kitchen with its door shut, holding steady in the torrent like a stone in a stream.}{wen_kitchen == "lantern": And a kitchen window with a paper lantern on the sill, TOMAS, and a woman stirring a pot as if nothing in the world is wrong.}
People are running. People are laughing far too hard. A woman is screaming the name of a dog.
# sfx: heartbeat
And on every face, for one second each, you see what is underneath: the weather. Why the lantern. Two million reasons, all at once, and none of them edited.
Your curator's hands still work. You can feel the threads, millions of them, tangled like hair in a drain.
But first, the dream finds you.
-> a3_fear_seraphina

=== a3_fear_seraphina ===
The Arc rebuilds itself around you, perfect. Sixty thousand hammocks. In every hammock someone sits up, and every one of them has your face.
They smile at you together, with your smile. The one you use for the DCO.
This is what you have been afraid of since the Orchard. Not that the city would stop dreaming. That it would dream only you.
* [Walk among them until one of them stops smiling.]
    It takes a long time. Row after row of you, smiling. Your feet hurt, in the dream, which seems unfair.
    Then in row forty a face that is yours frowns, and turns out to be Juno's, and she says: You're in my way.
    You have never been so glad to be told off in your life. One by one, around her, the faces come loose and become strangers.
    ~ nudge("seraphina", 12)
* [Conduct them. If they are all you, they will follow you.]
    You lift a hand, and sixty thousand of you stand.
    You turn it, and sixty thousand of you turn. It is easy. It is the easiest thing you have ever done, and that is how you know to be afraid of it.
    But they are calm, and the surge around them goes quiet, and you could hold this. You could hold this all night.
    ~ nudge("seraphina", -12)
* [Close your eyes inside the dream and say your own name.]
    Seraphina Raye. Thirty-eight. Curator. Bad at sleeping. Owes Maris an apology, or a cup, or both. # speaker: seraphina
    When you open your eyes the faces are flickering between you and them, you and them, like a sign with a loose wire. Then they settle on them.
    ~ nudge("seraphina", 6)
-
-> a3_fear_dorian

=== a3_fear_dorian ===
You find Dorian by the water.
He is nine years old, on the stairs of a block in the Flats, and the water is coming up the stairs one step at a time. From somewhere above, a woman's voice is counting. Four thousand and six. Four thousand and seven.
Don't fall asleep, Dori. If you fall asleep, you go under. # speaker: Dorian's mother
The boy sees you. He has Dorian's eyes exactly, and he is trying very hard not to cry.
If I cry it goes up. The water. Every time I cry, it comes up another step. # speaker: dorian
So this is where the catharsis comes from. A boy who learned that his grief was dangerous unless there were forty other children crying with him to share the weight.
* [Call the crowd in. Let the other dreamers help him bail.]
    ~ dorian_fear = "crowd"
    You pull threads. Dreamers come down the stairs, strangers, dozens of them, with buckets and saucepans and in one case a frying pan. They bail. The water goes down a step, and another.
    The boy laughs, and grows up while he's laughing, and then it's Dorian at forty-four sitting on a dry stair, astonished.
    That's the festival. That's every festival I ever built. I just never saw the water before. # speaker: dorian
    ~ nudge("dorian", -12)
* [Sit down in the water with him. Let it rise.]
    ~ dorian_fear = "alone"
    You sit on the step beside him. The water is cold and smells of diesel. He cries, and it rises: to your knees, your waist, your chest.
    And then it stops. It simply stops.
    It stopped. Nobody helped, and it stopped. # speaker: dorian
    He says it in his grown-up voice, and when you look again he's forty-four and soaked and laughing.
    ~ nudge("dorian", 12)
* {stance("dorian") > 10} [Ask the boy what he would build if nobody was watching.]
    ~ dorian_fear = "room"
    A room. Just big enough for one. With a window, and nobody at it. # speaker: dorian
    Then the water is gone, and there is the room, small and dry and warm, with a window onto nothing. Dorian, grown, is sitting in it, looking out.
    {dorian_own_room: I built this today. I didn't tell anyone. I didn't know it would hold. # speaker: dorian}
    ~ nudge("dorian", 18)
-
-> a3_fear_maris

=== a3_fear_maris ===
Maris's gallery stands in the middle of the surge with its doors blown open. Inside, every painting is blank.
No. Not blank. Blossom. The orchard has grown over every canvas and every washing machine door, white and perfect, and it is still growing, across the floor and up her arms.
So this is it. The nightmare. Not being silenced. Being made pretty. # speaker: maris
She's laughing, but she's in petals up to the shoulders.
Then she does a thing you will remember for the rest of your life. She takes a brush out of her pocket, dips it into the surge itself, and paints.
A ticket machine. Rain. A man sitting down against a pillar. She paints it on the air above the merged dream, raw and ugly and exact, and wherever it touches, the blossom stops.
# sfx: whoosh
Out in the chaos, dreamers stop running, and look up. It isn't calming them. It isn't meant to. It's the truest thing in the sky, and it hurts to look at.
{maris_invited: This is my hour, isn't it? It's just early. # speaker: maris}
* [Let her paint.]
    ~ maris_painted = true
    You step back and let her work. Stroke by stroke, the parking structure climbs over the orchard. The attendant. His sandwich. The exact grey of the light.
    Don't you dare help. # speaker: maris
    ~ nudge("maris", 10)
* {stance("seraphina") > -20 or orchard_apology} [Pick up a brush and paint with her.]
    ~ maris_painted = true
    There are brushes everywhere in the surge. You take one. You paint the thing you never asked about: the pillar, the man's shoes, his hand open on the concrete.
    Maris watches you do it. She doesn't stop you. After a while, she starts painting the rain around your strokes, so that they're in the same weather.
    Huh. # speaker: maris
    ~ nudge("maris", -10)
    ~ nudge("seraphina", 8)
* {maris_invited} [Tell her it's her hour. Nobody touches her thread.]
    ~ maris_painted = true
    Your hour. No filter. No strings. Not a blossom. # speaker: seraphina
    You promised. # speaker: maris
    I'm keeping it. # speaker: seraphina
    She paints as if she has been waiting eight years to be trusted, which she has.
    ~ nudge("maris", -8)
* [Stop her. The dreamers need one calm thing now, not another wound.]
    ~ maris_painted = false
    You close her thread. Gently, the way you would close a door on a sleeping child. The paint goes grey, then goes out, and the blossom closes over her hand.
    There it is. There's my orchard. # speaker: maris
    She doesn't fight you. That is the worst part. She just stands there in the petals, looking at you.
    ~ nudge("maris", 15)
    ~ nudge("seraphina", -10)
-
-> a3_guide

=== a3_guide ===
# mood: tense
Now the dreamers.
Two point four million people in a night with no walls. Some have found each other. Most are alone in the largest crowd in history.
{maris_painted: Maris's painting hangs over all of it, the ticket machine in the rain, and everywhere you look, people are looking up at it.|Above it all the sky has gone smooth and white as blossom, and nobody is looking up.}
Eleven years you have spent learning to move a dream a finger's width at a time. Now you have to move all of it.
* [Gather them into one story and hold it.]
    ~ dreamers_guided = "one-story"
    You take the broken {centerpiece == "chorus":Chorus|{centerpiece == "rooms":field of doors|river}} in both hands and pull it whole again, over everything, a roof over the storm. People run to it. Of course they do. It's warm under there, and it's the same for everyone.
    ~ nudge("seraphina", -10)
    ~ nudge("dorian", -6)
* [Lead each of them home to their own dream.]
    ~ dreamers_guided = "own-dreams"
    You don't try to hold them. You start untangling: one thread, then the next, then a thousand at a time, and each one you free goes home to its own night, its own bathtub, its own parking structure, its own bed.
    The crowd thins. It's working. It's also, you notice, getting very quiet.
    ~ nudge("seraphina", 12)
* [Run one thread of light through every dream, without replacing any of them.]
    ~ dreamers_guided = "thread"
    It is the hardest weave you have ever tried: a single line of light, drawn through two million separate nights, touching each one without covering it.
    The fish in the bathtub gets a thread. The wedding gets a thread. The parking structure gets one, right through level three. People find it and hold on, and stay where they are, and look along it at each other.
    ~ nudge("seraphina", 4)
* {wen_kitchen == "left" or wen_kitchen == "lantern"} [Start from Wen's kitchen. Show them a door they can open and close.]
    ~ dreamers_guided = "thread"
    You find Wen's kitchen in the torrent and open its door, just a crack, so the light from inside falls out across the water.
    Then the next kitchen. The next bathtub. The next bedroom. Doors that open and close, each one on its own night, each one with light falling out of it toward the others.
    Wen looks up from her pot and sees you in the doorway, and waves with the spoon.
    ~ nudge("seraphina", 8)
* {stance("seraphina") < -35} [Raise your hand. They will follow you now.]
    ~ dreamers_guided = "one-story"
    You raise a hand, and the whole city turns its face toward you, the way the Arc did when they all had your smile.
    It is terribly easy. You lead them out of the storm into one calm, bright room, and they come, all of them, humming.
    ~ nudge("seraphina", -8)
    ~ nudge("maris", 6)
-
-> a3_surge_eliot

=== a3_surge_eliot ===
# mood: somber
# sfx: static
At the bottom of everything, under the city's night, is the archive.
It is quiet down here. It looks like a river at dawn, grey and wide and slow, and over it, hung from nothing, a swing.
Eliot is standing in the shallows. He went under with one hand on the reboot key at the hall console, and down here the key has come with him: a light switch on a cord, hanging in the air beside him.
The girl on the swing is nineteen and will be nineteen forever, and she doesn't look at him. Echoes don't. They only repeat.
Is Eli still up? Tell him to go to bed. He never goes to bed. # speaker: Mira
She said that every night of her last year. To nobody. I was never in the dream to hear it. I was in the hall, tuning the towers. # speaker: eliot
If I reboot, the archive goes. Thirty years of it. Her too. She'll be properly gone, Sera. And everyone up there forgets tonight: the water, the parking structure, all of it. They wake up in their hammocks with a headache and a refund. # speaker: eliot
If I don't, I don't know what happens. Nobody knows. Maybe they come through it. Maybe four hundred thousand first-timers wake up screaming, and Hale was right about everything. # speaker: eliot
{told_hale == "safe": You promised her nobody would wake up screaming. I heard you tell her. Everyone heard. # speaker: eliot}
He holds the cord loosely. His hand is shaking.
Tell me what to do. # speaker: eliot
* [Reboot it. Bring them home safe.]
    ~ seraphina_advice = "reboot"
    Bring them home, Eliot. All of them. Whatever it costs. # speaker: seraphina
    ~ nudge("eliot", -12)
* [Don't. Let them see it through. Let them see each other.]
    ~ seraphina_advice = "hold"
    Don't pull it. They've never seen each other like this. Let them finish seeing. # speaker: seraphina
    ~ nudge("eliot", 12)
* [It's your call, Eliot. It always was.]
    ~ seraphina_advice = "his-call"
    I can't choose this for you. It's your machine and your sister and your night. Whatever you do, I'll stand next to it. # speaker: seraphina
    ~ nudge("eliot", 5)
* {asked_about_mira or told_eliot_swing} [Tell him to say goodbye to her first. Then choose.]
    ~ seraphina_advice = "his-call"
    Say goodbye to her, Eliot. Properly. Then choose. # speaker: seraphina
    He wades out to the swing. He catches the chain, and the swing stops, and she looks past him at the water, and he says something you don't hear and aren't meant to.
    ~ nudge("eliot", 15)
-
~ temp outcome = festival_outcome()
~ night_outcome = outcome
{ outcome == "living-tapestry": -> a3_night_living_tapestry }
{ outcome == "flawless-utopia": -> a3_night_flawless_utopia }
{ outcome == "thousand-nights": -> a3_night_thousand_nights }
{ outcome == "the-reboot": -> a3_night_the_reboot }
// The rule only returns manifest outcome ids (tests/unit/outcome-neo-lumen.test.ts).
-> END

// What the night became: one knot per outcome, entered only from the rule's answer above.

=== a3_night_the_reboot ===
{
- seraphina_advice == "reboot":
    He nods, as if you have told him something he already knew and only needed to hear in another voice.
- seraphina_advice == "hold":
    I'm sorry, Sera. I can't. Not with four hundred thousand of them up there who never asked for any of this. # speaker: eliot
- else:
    He looks at the swing for a long time. Then at you. Then at the cord in his hand.
}
He pulls it.
The swing stops. For one moment the girl on it turns her head and looks straight at him. Or he believes she does, which down here comes to the same thing.
# sfx: shatter
# mood: calm
Everything goes white. Then it goes quiet.
# scene: festival-grounds
Then it is twelve minutes past one on the Arc, and sixty thousand people are sitting up in their hammocks asking each other what happened, and nobody can say.
Nobody remembers. Not the fish, not the water, not the ticket machine. {maris_painted: Maris's painting is gone from the sky as if it had never been there.} The archive is empty. The towers hum the note a little higher than before, like a house after the furniture has gone.
* [Go to the hall. Find Eliot.]
    # scene: transceiver-hall
    You find him on the floor of the hall with the dark wristband in both hands. The towers are cold and ticking.
    It worked. Everyone's fine. Everyone's absolutely fine. # speaker: eliot
    He says fine the way you would say a word in a language you are trying to learn.
    ~ nudge("eliot", 8)
* [Stay on the Arc with the waking dreamers.]
    You walk the terraces until dawn, handing out water, telling sixty thousand people that it was a technical fault, that it's over, that they're safe.
    By the fifth thousand, you almost sound as if you believe it.
    ~ nudge("seraphina", -6)
-
-> a4_wake_the_reboot

=== a3_night_flawless_utopia ===
Eliot doesn't pull the cord. He doesn't need to.
Above you the surge is going still. {dreamers_guided == "one-story": The story you are holding takes the weight of everything, and goes on taking it.|The storm is folding itself into one shape, as if it was tired of being many.} {maris_painted: Maris's ticket machine is still up there, but blossom has grown over it, and now it is only a tree.|Where Maris's painting would have been, there is blossom.}
What comes out of the chaos is a garden by the sea, white and gold, with two point four million people walking in it, singing without knowing the words.
It is the most beautiful dream the city has ever had. You know that as surely as you know your own name. Hale will get her sentence.
It's holding. Sera, it's holding on its own. # speaker: eliot
He lets go of the cord. Beside him the swing has turned white with petals, and the girl on it is smiling a wide, calm smile.
That's not her smile. She never smiled like that. That's ours. # speaker: eliot
* [Let the garden hold until dawn.]
    You let it hold. Nobody wakes up screaming. Nobody wakes up at all, until the sun comes up over the Arc and sixty thousand people open their eyes at the same moment, weeping with gratitude.
    ~ nudge("seraphina", -8)
* [Go looking for Maris in the garden.]
    You find her sitting in the crook of a blossom tree with her hands in her lap. Her brush is gone. There is no paint on her anywhere, and you have never once in eleven years seen her without paint on her.
    It's very pretty. # speaker: maris
    She doesn't say anything else, and that is how you know.
    ~ nudge("maris", 10)
-
-> a4_wake_flawless_utopia

=== a3_night_thousand_nights ===
Eliot doesn't pull the cord. He watches, with you, as the towers stop trying to hold anybody together.
# sfx: whoosh
The merged dream comes apart the way a flock comes apart when a hawk goes over: all at once, in every direction.
Two point four million nights, going home. The fish to its bathtub. The wedding to its church. The parking structure to level three. {wen_kitchen == "left": Wen's kitchen closes its door.}{dorian_fear == "room": A small room with a window, somewhere, with one man in it.}
Nobody is screaming any more. Nobody is anywhere near anybody else.
She's going with them. Everyone's going home, Sera, and she's going home too. Wherever that is. # speaker: eliot
The swing drifts away down the grey river, creaking, until you can't hear it.
You stand on the Arc of the dream, and it is empty, and the hammocks sway with nobody in them.
* [Try to call them back.]
    You pull at the threads. They come away in your hands, loose, attached to nothing. Two million people have chosen to be somewhere else, and for once, nobody is curating them.
    ~ nudge("seraphina", -6)
* [Let them go.]
    You sit down on the empty terrace and let them go. It is the first night in eleven years you haven't run.
    It is terribly quiet. It is also, you realise, the first dream of your own you've had in a very long time.
    ~ nudge("seraphina", 6)
-
-> a4_wake_thousand_nights

=== a3_night_living_tapestry ===
Eliot lets go of the cord.
The surge doesn't stop. It keeps coming: the water, the orchard, the dentist, the first kiss, the weather under every face. But something has changed in how people are standing in it.
{maris_painted: They are looking up at Maris's ticket machine, and then at each other, and then back.} {dreamers_guided == "thread": They are holding the thread you ran through their nights, and staying where they are, and looking along it.} {dreamers_guided == "one-story": They are under the roof you held, but they have stopped being quiet under it.}
# mood: wonder
# sfx: bell
And slowly, out of the chaos, a new dream comes. Nobody designs it. You are not sure anybody could.
It is a city.
It is this city, built from everybody's nights: Wen's yellow kitchen next to the parking structure, the parking structure next to the orchard, the orchard growing up through Dorian's flooded stairwell, and the river running through all of them, carrying everybody's boats.
People walk between each other's dreams and knock, and are let in, and leave again. Nobody has to stay. Almost everybody does, for a while.
They're pushing her. # speaker: eliot
On the river, strangers walking past the swing are giving it a push as they go. The girl on it is going higher and higher, too high, the way she always did.
Sera. Strangers are pushing my sister's swing. # speaker: eliot
* [Give the swing a push yourself.]
    You wade out and push. She goes up into the grey sky, kicking, and comes back, and for one second she is not an echo at all.
    Eliot is laughing and crying at the same time, and for once he isn't apologising for either.
    ~ nudge("eliot", 8)
* [Go and find Maris and Dorian in it.]
    You find them in Wen's kitchen, of all places. Maris has paint to the elbows. Dorian is at the stove, stirring Wen's pot, being told he's doing it wrong.
    Is this yours? # speaker: maris
    It's everybody's. # speaker: dorian
    That's what I was afraid of. I don't mind it as much as I thought. # speaker: maris
    ~ nudge("dorian", -6)
    ~ nudge("maris", -6)
-
-> a4_wake_living_tapestry
