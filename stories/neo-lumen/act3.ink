// Act 3: the festival's eve. The Transceivers fail, the surge merges the city's dreams, each of
// the four meets their own fear, and Eliot stands at the reboot. The act ends by asking the
// festival outcome rule what the night became (night_outcome); the debriefing in act 4 may still
// change what the city makes of it.

=== a3_eve ===
# act: 3
# scene: festival-grounds
# mood: wonder
# sfx: bell
The festival's eve comes in warm off the sea.
Sixty thousand hammocks on the Arc, every one filled. Two point four million bands across the city, lit, their cultures so bright tonight that the harbour gulls have given up on sleep. From the curation booth at the top of the Arc, Neo-Lumen is one held breath.
Neo-Lumen. Thirty years ago, a few hundred of us fell asleep in a warehouse on Pier Nine and woke up a little less alone. Tonight, all of us. Sleep well. # speaker: Festival announcer
Dorian is beside you at the console, barefoot. {a2_aftermath.pan:He knows his pan is back on Maris's crate, and since yesterday he has said nothing about it, loudly. # needs: a2_aftermath.pan} {maris_invited: Maris is on the far side of the booth, arms folded, waiting for her hour.|Maris is somewhere out in the hammocks. You looked for her and couldn't find her.} Eliot is on the line from the hall, breathing too fast.
Towers at ninety-four per cent. All green. It's all green, Sera. # speaker: eliot
* ["Breathe, Eliot."]
    Breathe, Eliot. # speaker: seraphina
    I am breathing. I'm breathing at a very efficient rate. # speaker: eliot
* ["Open it, Dorian."]
    Open it, Dorian. # speaker: seraphina
    Dorian puts his thumb on the console and holds his breath.
-
{
- centerpiece == "chorus":
    You open the Chorus. Sixty thousand people on the Arc sit up in the dream and begin to sing. The Outer Districts come in a bar late and then catch up, and the rope of light pulls tight across the sky.
- centerpiece == "rooms":
    You open the Thousand Rooms. A field of doors unfolds over the sea, and two million people step through their own, and then, shyly, begin to knock on each other's.
- else:
    You open the River Mouth. Two million small boats push off from two million small jetties, each with its cargo: a wedding dress, a dog's lead, an exam paper, a father's coat.
}
For {update_kept == false:twenty|{archive_open:four|forty}} minutes it is the finest thing you have ever made.
Then tower seven goes amber.
Seven's running hot. Nine. Three. Sera, it's... # speaker: eliot
{
- update_kept == false:
    It's the rollback. I did Kell's towers, like I said. The rest are on a copy I kept, and they're arguing about what a dream is. I can keep Kell's shallow from the bottom. # speaker: eliot # needs: not update_kept
- archive_open:
    The resonance is running away. There's no wall, Sera; you said let it run. Everything down there is coming up. # speaker: eliot # needs: archive_open
- else:
    The wall held forty minutes. Two point four million is more weight than any wall. # speaker: eliot
}
# sfx: surge
# mood: chaos
Every band in the city goes white{update_kept == false:, except on the east bank, which dims and stays blue}.
In the hammocks below, sixty thousand sleepers arch their backs at once. The console under your hands is no longer showing lights. It is showing weather.
Sera, I can't cut the feed. I'm going down to the archive. Someone has to be at the bottom when this lands. # speaker: eliot
Dorian is already unbuckling the booth's spare hammock.
* [Take Dorian's hand and go down into it with him.]
    You lie down side by side in the booth like children at a sleepover. He grips your hand hard enough to hurt.
    Whatever's down there, we see it together. Agreed? # speaker: dorian
    Agreed. # speaker: seraphina
    ~ nudge("dorian", -8)
* [Tell Dorian to stay and anchor you from the booth.]
    ~ dorian_anchor = true
    Someone has to stay awake up here. Watch my light. Pull me out if it goes dark. # speaker: seraphina
    He has never once taken an instruction from you in all the years you've worked together. He takes this one. He sits down at the console, barefoot, and puts his thumb on your light the way he minds the bend.
    Go on. I've got you. # speaker: dorian
    ~ nudge("dorian", 8)
-
-> a3_surge

=== a3_surge ===
# scene: merged-dreamscape
You fall into everyone.
There is no river, no hall, no doors. There is the city's whole night at once, with the walls taken out.
A man swims past as a fish in his grandmother's bathtub. A parking structure stands in an orchard, level three, raining blossom. Brown water from the Flats laps at the steps of somebody's wedding.
Somebody's dentist appointment. Somebody's first kiss.
A classroom in the Outer Districts where Kell's shift workers sit with their hands folded like children, waiting for the bell.{update_kept == false: It is flat, a film with the sound off: Eliot's old towers give the east bank the picture and none of the weather.}
{archive_open: And the dead are here, come up with the archive you told Eliot to let run: a boy of eight on the flood steps, having his shoes done up by the mother who buried him. Not everyone can bear it. # needs: archive_open}
{update_kept and not archive_open: Under it all is Eliot's wall, cold glass with the archive beneath like faces under ice, cracked in one place. Through the crack hangs a swing. # needs: update_kept and not archive_open}
* [Reach for the console out of habit.]
    Your curator's hands still work. You can feel the lights, millions of them, tangled like weed in a propeller.
* [Stand still and let it hit you.]
    You let it hit you. Grief, a birthday, somebody's tax return, somebody's first snow. You are going to remember a stranger's first snow for the rest of your life.
-
{wen_kitchen == "left": And a small yellow kitchen with its door shut, riding the flood, lit. # needs: wen_kitchen == "left"}
{wen_kitchen == "lantern": And a kitchen window with a paper lantern on the sill, TOMAS, and a woman stirring a pot as if nothing in the world is wrong. # needs: wen_kitchen == "lantern"}
{arc_crush == "song": Somewhere in it, faint and flat, a few thousand people are singing the Lantern song. They learned it again on the Arc this week. # needs: arc_crush == "song"}
{arc_crush == "gate": Somewhere in it there is a service gate standing open, and people keep finding it, and going through, and coming back. # needs: arc_crush == "gate"}
{arc_crush == "tobin": Somewhere in it an old man is on one knee between steel frames, and strangers keep stopping to help him up. # needs: arc_crush == "tobin"}
{arc_crush == "queue": Somewhere in it a queue is shuffling toward an upturned crate, one dreamer at a time, and the queue isn't pushing. # needs: arc_crush == "queue"}
People are running. People are laughing far too hard. A woman is screaming the name of a dog.
# sfx: heartbeat
And on every face, for one second each, you see what is underneath: the weather. Why the lantern. Two million reasons, all at once, and none of them edited.
But first, the dream finds you.
-> a3_fear_seraphina

=== a3_fear_seraphina ===
The Arc rebuilds itself around you, perfect. Sixty thousand hammocks. In every hammock someone sits up, and every one of them has your face.
They smile at you together, with your smile. The one you use for the stewards.
This is what you have been afraid of since the Orchard. Not that the city would stop dreaming. That it would dream only you.
* [Walk among them until one of them stops smiling.]
    It takes an age. Row after row of you, smiling. Your feet hurt, in the dream, which seems unfair.
    Then in row forty a face that is yours frowns, and turns out to be Juno's, and she says: You're in my way.
    You have never been so glad to be told off in your life. One by one, around her, the faces come loose and become strangers.
    ~ nudge("seraphina", 12)
* [Sit down among them and let them lean on you. They're frightened too.]
    You sit down in the nearest hammock, and the one beside you, who is you, leans her head on your shoulder. Then the next. Sixty thousand of you, leaning.
    It is warm. It is the easiest thing in the world, to be the place a frightened city rests its head. Somewhere under the warmth a small voice asks whose head is whose. You let it ask.
    But they are calm, and the surge around them goes quiet, and you could hold this. You could hold this all night.
    ~ nudge("seraphina", -12)
* [Close your eyes inside the dream and say your own name.]
    {orchard_apology:
        Seraphina Raye. Thirty-eight. Curator. Bad at sleeping. Said sorry to Maris once and meant it. Still owes her a cup. # speaker: seraphina # needs: orchard_apology
    - else:
        Seraphina Raye. Thirty-eight. Curator. Bad at sleeping. Owes Maris an apology, or a cup, or both. # speaker: seraphina
    }
    When you open your eyes the faces are flickering between you and them, you and them, like a sign with a loose wire. Then they settle on them.
    ~ nudge("seraphina", 6)
-
-> a3_fear_dorian

=== a3_fear_dorian ===
You find Dorian by the water.
{dorian_anchor: He held your light from the booth for an hour; you felt his thumb on your wrist all the way down. Then the console showed him the Flats, and the surge came up through it and took him too. # needs: dorian_anchor}
He is nine years old, on the stairs of a block in the Flats, and the water is coming up the stairs one step at a time. From somewhere above, a woman's voice is counting. Four thousand and six. Four thousand and seven.
Don't fall asleep, Dori. If you fall asleep, you go under. # speaker: Dorian's mother
The boy sees you. He has Dorian's eyes exactly, and he is trying very hard not to cry.
If I cry it goes up. The water. Every time I cry, it comes up another step. # speaker: dorian
So this is where the catharsis comes from. A boy who learned that his grief was dangerous unless there were forty other children crying with him to share the weight.
* [Call the crowd in. Let the other dreamers help him bail.]
    ~ dorian_fear = "crowd"
    You call out, and dreamers come down the stairs, strangers, dozens of them, with buckets and saucepans and their bare hands. They bail. The water goes down a step, and another.
    The boy laughs, and grows up while he's laughing, and then it's Dorian at forty-four sitting on a dry stair, astonished.
    That's the festival. That's every festival I ever built. I just never saw the water before. # speaker: dorian
    ~ nudge("dorian", -12)
* [Sit down in the water with him. Let it rise.]
    ~ dorian_fear = "alone"
    You sit on the stair beside him. The water is cold and smells of diesel. He cries, and it rises: to your knees, your waist, your chest.
    And then it stops. It simply stops.
    It stopped. No one helped, and it stopped. # speaker: dorian
    He says it in his grown-up voice, and when you look again he's forty-four and soaked and laughing.
    ~ nudge("dorian", 12)
* [Ask the boy what he would build if no one was watching.]
    ~ dorian_fear = "room"
    A boat. A little one, that floats when the water comes up. No oars. I wouldn't be going anywhere. # speaker: dorian
    Then the stairwell is a harbour, and there is the boat, riding the brown water as if it were nothing, and Dorian, grown, is lying in the bottom of it, looking at the sky.
    {dorian_own_room: I built this today. I didn't tell anyone. I didn't know it would float. # speaker: dorian # needs: dorian_own_room}
    ~ nudge("dorian", 18)
-
-> a3_fear_eliot

=== a3_fear_eliot ===
# sfx: static
Further down, where the surge thins, the dream has built the Transceiver hall.
Not tonight's hall. An older one: the towers shorter, the mist thinner, the clock on the wall saying ten past three. Eliot is at the console, twenty-six years old, his hair flat on one side, tuning tower four.
Every screen in front of him shows the same light: one dreamer, alone, dimming. He knows whose. He keeps his hands on the console.
{not (asked_about_mira or told_eliot_swing or a2_visit_eliot): You don't know whose, and then you do, all at once, the way a dream tells you things: his sister. Mira. Nineteen, with a fever that turned into something else over one night, seven years ago. He has never said her name to you. He is saying it now, under his breath, between the numbers. # needs: not asked_about_mira and not told_eliot_swing and not a2_visit_eliot}
If I stop, the towers drift. If the towers drift, two million people have a bad night. I just have to finish this. I just have to finish this and then I'll go. # speaker: eliot
He is saying it to the screens. He has been saying it, you understand, for seven years.
The light on the screens gets smaller.
I'm frightened, Sera. I've never said that out loud. I'm frightened that if I take my hands off, everything falls, and I'm frightened that I'd choose the towers again. # speaker: eliot
* ["I know."]
    You don't say it will be all right. You say you know, and stand close enough that he can feel you there.
* ["You were twenty-six."]
    You were twenty-six, Eliot. You were doing your job. # speaker: seraphina
    I was doing my job while my sister died. Those are both true. That's the problem with true things. # speaker: eliot
-
* [Take his hands off the console, one at a time.]
    ~ eliot_trust += 1
    You take his right hand and lift it. Then his left. The console goes on humming without him. Nothing falls.
    Tower four drifts a little, and two million people turn over in their sleep, and that is all.
    It didn't fall. Sera, it didn't fall. # speaker: eliot
    He is already running for the door at the back of the hall, which in the dream opens onto grey water.
    ~ nudge("eliot", 10)
* [Take the console for him. Tell him to go to her.]
    ~ eliot_trust += 1
    You slide in beside him and put your own hands where his are. You know these towers; you have felt them through your wrist since your first night shift.
    Go. I've got it. Go to her. # speaker: seraphina
    He goes. He goes so fast that he leaves his coat on the chair, and you keep tower four steady until the screens go grey.
    ~ nudge("eliot", 6)
* [Help him finish the tuning. Tonight the city needs its engineer.]
    You stand beside him and read him the numbers, co-pilot to pilot. Tower four, tower seven, tower nine. He steadies. His hands stop shaking.
    Thank you. That's what I needed. Someone to hold the numbers. # speaker: eliot
    On the screens the small light goes out, and he doesn't look up, and you see that he has trained himself not to.
    ~ nudge("eliot", -10)
* {asked_about_mira or told_eliot_swing} [Tell him what she keeps saying on the swing. Go to bed, Eli.]
    ~ eliot_trust += 1
    She's asking for you, Eliot. Every night. Is Eli still up. Tell him to go to bed. # speaker: seraphina
    He laughs, one hard sound, and puts his forehead down on the console.
    She'd have said that to me at the funeral, if she could. Go to bed, you idiot. # speaker: eliot
    When he lifts his head, the hall has gone, and the two of you are standing on the edge of grey water.
    ~ nudge("eliot", 8)
-
-> a3_fear_maris

=== a3_fear_maris ===
# sfx: whoosh
Maris's gallery stands in the middle of the surge with its doors blown open. Inside, every painting is blank.
No. Not blank. Blossom. The orchard has grown over every canvas and every empty tank, white and perfect, and it is still growing, across the floor and up her arms.
So this is it. The nightmare. Not being silenced. Being made pretty. # speaker: maris
She's laughing, but she's in petals up to the shoulders.
Then she does a thing you will remember for the rest of your life. She takes a brush out of her pocket, dips it into the surge itself, and paints.
A ticket machine. Rain. A man sitting down against a pillar. She paints it on the air above the merged dream, raw and ugly and exact, and wherever it touches, the blossom stops.
Out in the chaos, dreamers stop running, and look up. It isn't calming them. It isn't meant to. It's the truest thing in the sky, and it hurts to look at.
{maris_invited: This is my hour, isn't it? It's just early. # speaker: maris # needs: maris_invited}
* [Let her paint.]
    ~ maris_painted = true
    You step back and let her work. Stroke by stroke, the parking structure climbs over the orchard.
    {a1_gallery.defended: The attendant. His sandwich. The exact grey of the light. # needs: a1_gallery.defended|The ticket machine. The man at the pillar. The exact grey of the light.}
    Don't you dare help. # speaker: maris
    ~ nudge("maris", 10)
* [Pick up a brush and paint with her.]
    ~ maris_painted = true
    There are brushes everywhere in the surge. You take one. You paint the thing you never asked about: the pillar, the man's shoes, his hand open on the concrete.
    Maris watches you do it. She doesn't stop you. After a while, she starts painting the rain around your strokes, so that they're in the same weather.
    Huh. # speaker: maris
    ~ nudge("maris", -10)
    ~ nudge("seraphina", 8)
* {maris_invited} [Tell her it's her hour. No one touches her channel.]
    ~ maris_painted = true
    Your hour. No filter. No strings. Not a blossom. # speaker: seraphina
    You promised. # speaker: maris
    I'm keeping it. # speaker: seraphina
    She paints as if she has been waiting eight years to be trusted, which she has.
    ~ nudge("maris", -8)
* [Ask her to wait. The first-timers need one calm thing first, then the wound.]
    ~ maris_painted = false
    Not yet, Maris. Please. There are people from Kell's districts out there who've never shared a night. Let them find their feet, and then show them. # speaker: seraphina
    She looks at you for a long moment. Then she closes her channel herself, gently, the way you would lower the lid of a piano someone was still playing. The paint goes grey, then goes out, and the blossom closes over her hand.
    There it is. There's my orchard. And there's the word: later. # speaker: maris
    She doesn't fight you. That is the worst part. She just stands there in the petals, watching you.
    ~ nudge("maris", 15)
    ~ nudge("seraphina", -10)
-
-> a3_guide

=== a3_guide ===
# mood: tense
Now the dreamers.
Two point four million people in a night with no walls. Some have found each other. Most are alone in the largest crowd in history.
{maris_painted:
    Maris's painting hangs over all of it, the ticket machine in the rain, and everywhere you look, people are looking up at it. # needs: maris_painted
- else:
    Above it all the sky has gone smooth and white as blossom, and no one is looking up. # needs: not maris_painted
}
Your whole working life you have spent learning to move a dream a finger's width at a time. Now you have to move all of it.
* [Give them shelter. Pull the {centerpiece == "chorus":Chorus|{centerpiece == "rooms":field of doors|River Mouth}} whole again, over everything.]
    ~ dreamers_guided = "one-story"
    You take the broken {centerpiece == "chorus":Chorus|{centerpiece == "rooms":field of doors|river}} in both hands and pull it whole again, over everything, a roof over the storm. People run to it. Of course they do. It's warm under there, and it's the same for everyone, and the children stop crying.
    ~ nudge("seraphina", -10)
    ~ nudge("dorian", -6)
* [Lead each of them home to their own dream.]
    ~ dreamers_guided = "own-dreams"
    You don't try to hold them. You start untangling: one light, then the next, then a thousand at a time, and each one you free goes home to its own night, its own bathtub, its own parking structure, its own bed.
    The crowd thins. It's working. It's also, you notice, getting very quiet.
    ~ nudge("seraphina", 12)
* (line_of_light) [Run one line of light through every dream, without replacing any of them.]
    ~ dreamers_guided = "thread"
    It is the hardest thing you have ever tried: a single line of light, drawn like a tide line through two million separate nights, touching each one without covering it.
    The fish in the bathtub gets a line of light. The wedding gets one. The parking structure gets one, right through level three. People find it and hold on, and stay where they are, and look along it at each other.
    ~ nudge("seraphina", 4)
* (kitchen_doors) {wen_kitchen == "left" or wen_kitchen == "lantern"} [Start from Wen's kitchen. Show them a door they can open and close.]
    ~ dreamers_guided = "thread"
    You find Wen's kitchen in the torrent and open its door, just a crack, so the light from inside falls out across the water.
    Then the next kitchen. The next bathtub. The next bedroom. Doors that open and close, each one on its own night, each one with light falling out of it toward the others.
    Wen looks up from her pot and sees you in the doorway, and waves with the spoon.
    ~ nudge("seraphina", 8)
* [Open your arms. They know your voice; they'll come to it.]
    ~ dreamers_guided = "one-story"
    You open your arms, and the whole city turns its face toward you, the way the Arc did when they all had your smile.
    It is terribly easy. You bring them out of the storm into one calm, bright room, and they come, all of them, humming, and not one of them is afraid any more.
    ~ nudge("seraphina", -8)
    ~ nudge("maris", 6)
-
-> a3_surge_eliot

=== a3_surge_eliot ===
# mood: somber
At the bottom of everything, under the city's night, is the archive.
It is quiet down here. It looks like a river at dawn, grey and wide and slow, and over it, hung from nothing, a swing.
Eliot is standing in the shallows. He went under with one hand on the reboot key at the hall console, and down here the key has come with him: a light switch on a cord, hanging in the air beside him.
The girl on the swing is nineteen and will be nineteen forever, and she doesn't look at him. Echoes don't. They only repeat.
Is Eli still up? Tell him to go to bed. He never goes to bed. # speaker: Mira
She said that every night of her last year. Mum told me, after. I was never in the dream to hear it. I was tuning the towers. # speaker: eliot
If I reboot, the archive goes, thirty years of it, and her with it. Properly gone. Everyone up there forgets tonight and wakes up with a headache and a refund. # speaker: eliot
{
- update_kept == false:
    If I don't, Kell's lot are on the old towers, watching it flat, with the sound off. They'll wake up cross, not hurt. # speaker: eliot
- archive_open:
    If I don't, maybe Kell's first-timers wake up screaming. If I do, everyone who found someone down here tonight loses them again, and never knows it. # speaker: eliot
- else:
    If I don't, I can't tell you what happens. Maybe every first-timer in the Outer Districts wakes up screaming, and Kell's districts hand back every band they own. # speaker: eliot
}
{told_kell == "safe": You promised Kell no one would wake up screaming. I heard you tell her. Everyone heard. # speaker: eliot # needs: told_kell == "safe"}
* [Wade out to him.]
    You wade out. The water isn't cold. It isn't anything. It is the temperature of a memory.
* [Stay on the bank, where he can see you.]
    You stay on the bank and say his name, once, so he knows you heard. He lifts a hand without turning round.
-
-> advice

// The named climax (campaign.json "climax"): what Seraphina tells Eliot at the switch.
= advice
He holds the cord loosely.
{
- stance("eliot") < -40:
    He keeps looking up, toward the hammocks, and his lips are moving: tower loads, the count of the sleepers. He has been counting them all week.
    Two point four million up there, Sera. One down here. I know how that sum comes out. I've always known. # speaker: eliot
- stance("eliot") < -20:
    He looks up at the hammocks, then at the swing, then up again. His thumb has found the pull of the cord and rests on it.
    My hand knows what it wants to do. It's been doing it for seven years. Talk me out of it, or don't. # speaker: eliot
- stance("eliot") >= 0:
    He hasn't looked up once. He has let the cord swing away from him, and one hand is out toward the chain of the swing, not quite touching it.
    If it were only me, I'd let it all go home. Her too. Everyone to their own night, and nothing at the bottom holding it. # speaker: eliot
- else:
    He looks up toward the hammocks, and down at the swing, and up again, and can't settle.
    Ask me which I want and I'll tell you both. # speaker: eliot
}
{
- a2_visit_eliot.promised_truth:
    You said you'd tell me the truth. {eliot_trust >= 3:So tell me. I'll do what you say.|Tell me, then. I'm not promising I'll do it.} # speaker: eliot # needs: a2_visit_eliot.promised_truth
- a2_visit_eliot.promised_safety:
    You said you'd tell me what keeps them safe. {eliot_trust >= 3:Say it, and I'll do it.|Say it. I'm not promising anything.} # speaker: eliot # needs: a2_visit_eliot.promised_safety
- eliot_trust >= 3:
    I trust you more than the towers tonight. Tell me, and I'll do it. # speaker: eliot
- else:
    Tell me what you think. I'm not promising I'll do it. # speaker: eliot
}
* [Reboot it. Bring them home safe.]
    ~ seraphina_advice = "reboot"
    Bring them home, Eliot. All of them. Whatever it costs. # speaker: seraphina
* [Don't. Let them see it through. Let them see each other.]
    ~ seraphina_advice = "hold"
    Don't pull it. They've never seen each other like this. Let them finish seeing. # speaker: seraphina
* [Leave it to him. It's his machine, and his sister.]
    ~ seraphina_advice = "his-call"
    I can't choose this for you. It's your machine and your sister and your night. Whatever you do, I'll stand next to it. # speaker: seraphina
* [Tell him to say goodbye to her first. Then choose.]
    ~ seraphina_advice = "goodbye"
    Say goodbye to her, Eliot. Properly. Then choose. # speaker: seraphina
    He wades out to the swing. He catches the chain, and the swing stops, and she looks past him at the water, and he says something you don't hear and aren't meant to.
    {maris_painted: Over his head, through the water, Maris's ticket machine hangs in the city's sky. He looks up at it for a long breath, with everyone else under it. It is something he is allowed to share. # needs: maris_painted}
-
~ temp outcome = festival_outcome()
~ night_outcome = outcome
{ outcome == "living-tapestry": -> a3_night_living_tapestry }
{ outcome == "flawless-utopia": -> a3_night_flawless_utopia }
{ outcome == "thousand-nights": -> a3_night_thousand_nights }
{ outcome == "the-reboot": -> a3_night_the_reboot }
// The rule only returns manifest outcome ids (tests/unit/outcome-neo-lumen.test.ts).
-> END

// Why Eliot does or does not do what Seraphina told him, said on screen: he takes her word when
// he trusts her (eliot_trust, built with him and Mira over three acts); otherwise he does what his
// own lean says, the greater good (reboot) or his own truth (let it run).
=== a3_eliot_refuses ===
{
- seraphina_advice == "reboot":
    I'm sorry, Sera. I can't. # speaker: eliot
    He lets the cord go. It swings away from his hand and hangs there, turning.
    {asked_about_mira or told_eliot_swing or a2_visit_eliot:
        You want me to erase her on your word, and I don't trust your word that far yet. Not tonight. I'm not the man who built this thing to be safe any more. I'm the man whose sister is on that swing. # speaker: eliot # needs: asked_about_mira or told_eliot_swing or a2_visit_eliot
    - else:
        You want me to erase her on your word, and until tonight you didn't know she existed. I'm not the man who built this thing to be safe any more. I'm the man whose sister is on that swing. # speaker: eliot # needs: not asked_about_mira and not told_eliot_swing and not a2_visit_eliot
    }
- seraphina_advice == "hold":
    He looks at you, and at the swing, and at the cord, and lets go of it.
    {eliot_trust >= 3: All right. I'll trust you. God help me, I'll trust you. # speaker: eliot|{stance("eliot") < -20:A minute ago I'd have pulled it. Then she went up again, and I want to see her go up one more time. # speaker: eliot|Not because you said so. I'd have held anyway. I want to see her go up one more time. # speaker: eliot}}
- seraphina_advice == "goodbye":
    He comes back through the shallows with his hands empty. The cord hangs where he left it.
    I said it. Whatever it was. I don't need to pull anything now. # speaker: eliot
- else:
    He looks at the swing. Then at you. Then at the cord in his hand, and lets it go.
    I'm not pulling it. I've spent seven years keeping things safe. I'd like to see what happens when I don't. # speaker: eliot
}
{update_kept == false: Kell's lot are on the old towers; they're safe whatever I do. The rest of us can stand one bad night. # speaker: eliot # needs: not update_kept}
->->

=== a3_night_the_reboot ===
{
- seraphina_advice == "reboot":
    He nods, as if you have told him something he already knew and only needed to hear in another voice.
    {eliot_trust >= 3: You've never curated me. Not once. If you say pull it, it's the truth. # speaker: eliot|I'd have pulled it anyway. You just made it easier. # speaker: eliot}
- seraphina_advice == "hold":
    I'm sorry, Sera. I can't. Not with Kell's first-timers up there who never asked for any of this. # speaker: eliot
    You're asking me to gamble two million people on your word, and I don't trust your word that far. I know the towers. # speaker: eliot
- seraphina_advice == "goodbye":
    He comes back through the shallows and takes the cord again. His hand has stopped shaking.
    I said it. She didn't hear; echoes don't. But I did. Now I can. # speaker: eliot
- else:
    He looks at the swing. Then at you. Then at the cord in his hand.
    I built this to keep them safe. That's the only promise I ever made them. # speaker: eliot
}
He pulls it.
The swing stops. For one moment the girl on it turns her head and looks straight at him. Or he believes she does, which down here comes to the same thing.
# sfx: shatter
# mood: calm
Everything goes white. Then it goes quiet.
# scene: festival-grounds
Then it is twelve minutes past one on the Arc, and sixty thousand people are sitting up in their hammocks asking each other what happened, and none of them can say.
Not one of them remembers. Not the fish, not the water, not the ticket machine. {maris_painted: Maris's painting is gone from the sky.} The archive is empty. The towers hum the note a little higher than before, like a house after the furniture has gone.
* [Go to the hall. Find Eliot.]
    # scene: transceiver-hall
    You find him on the floor of the hall with the dark wristband in both hands. The towers are cold and ticking.
    It worked. Everyone's fine. Everyone's absolutely fine. # speaker: eliot
    He says fine carefully, a word he hasn't learned yet.
    * * [Sit with him.]
        You sit with him on the cold floor until the towers stop ticking. Neither of you says her name. He keeps the band in both hands the whole time: the city is fine, and tonight he is allowed not to be.
        ~ eliot_trust += 1
        ~ nudge("eliot", 8)
    * * [Tell him he did the right thing.]
        You did the right thing. # speaker: seraphina
        I know. That's what I can't forgive. # speaker: eliot
        He gets up, and checks tower four, because that is what the right thing looks like from the inside.
        ~ nudge("eliot", -4)
    - -
* [Stay on the Arc with the waking dreamers.]
    You walk the terraces until dawn, handing out water, telling sixty thousand people that it was a technical fault, that it's over, that they're safe.
    By the fifth thousand, you almost believe it yourself.
    {told_kell != "": Amara Kell walks the terraces with you, the other way, in her raincoat. Every time you pass she says one number: how many of hers are fine. The number keeps going up. # needs: told_kell != ""}
    ~ nudge("seraphina", -6)
-
-> a4_wake_the_reboot

=== a3_night_flawless_utopia ===
-> a3_eliot_refuses ->
He doesn't need to pull the cord.
Above you the surge is going still. {dreamers_guided == "one-story": The shelter you are holding takes the weight of everything, and goes on taking it.|The storm is folding itself into one shape, as if it was tired of being many.}
{
- not maris_painted:
    Where Maris's painting would have been, there is blossom. You asked her to wait. The night didn't. # needs: not maris_painted
- stance("maris") < 0:
    Maris's ticket machine is still up there. But she has put her brush down and walked into the shelter with everyone else, and there is not a voice left to keep asking, and blossom grows over the machine until it is only a tree.
- else:
    {dreamers_guided == "one-story": Maris's ticket machine is still up there, but under the roof you pulled over the storm the dreamers have stopped looking up, and blossom has grown over it, and now it is only a tree. # needs: dreamers_guided == "one-story"|Maris's ticket machine is still up there, but down in their own nights the dreamers have stopped looking up, and blossom has grown over it, and now it is only a tree.}
}
What comes out of the chaos is a garden by the sea, white and gold, with two point four million people walking in it, singing without knowing the words.
It is the most beautiful dream the city has ever had. You are as sure of that as of your own name. The Outer Districts will keep their bands.
{told_kell == "perfect": Kell will get her sentence. # needs: told_kell == "perfect"}
It's holding. Sera, it's holding on its own. # speaker: eliot
Beside him the swing has turned white with petals, and the girl on it is smiling a wide, calm smile.
That's not her smile. She never smiled like that. That's ours. # speaker: eliot
* [Let the garden hold until dawn.]
    You let it hold. No one wakes up screaming. People wake when they wake, one by one as the sun comes up over the Arc, and lie in their hammocks a while longer than they need to, rested in a way most of them have never been.
    Kell's first-timers wake up in the Outer Districts having slept eight hours through, which most of them never have.
    ~ nudge("seraphina", -8)
* [Go looking for Maris in the garden.]
    You find her sitting in the crook of a blossom tree with her hands in her lap. Her brush is gone. There is no paint on her anywhere, and you have never once, in all the years you've known her, seen her without paint on her. # needs: night_outcome == "flawless-utopia"
    It's very pretty. # speaker: maris
    She says nothing else. She doesn't have to.
    ~ nudge("maris", 10)
* (at_swing) [Go to Eliot at the swing.]
    He is standing under it, looking up at the petal girl with her borrowed smile.
    I could leave her like this. Happy. Everyone's version of happy. # speaker: eliot
    Could you? # speaker: seraphina
    I don't know. Ask me in a year. # speaker: eliot
    ~ nudge("eliot", 6)
-
-> a4_wake_flawless_utopia

=== a3_night_thousand_nights ===
-> a3_eliot_refuses ->
He watches, with you, as the towers stop trying to hold anyone together.
# sfx: whoosh
The merged dream comes apart the way a flock comes apart when a hawk goes over: all at once, in every direction.
Two point four million nights, going home. The fish to its bathtub. The wedding to its church. The parking structure to level three. {wen_kitchen == "left": Wen's kitchen closes its door.}{dorian_fear == "room": A small boat, somewhere, with one man lying in it.}
The screaming has stopped. Everyone is a long way from everyone else.
She's going with them. Everyone's going home, Sera, and she's going home too. Wherever that is. # speaker: eliot
The swing drifts away down the grey river, creaking, until you can't hear it.
You stand on the Arc of the dream, and it is empty, and the hammocks sway empty.
There is nothing left to steer, and there is most of a night left.
* [Keep your hands on the current until the last light has gone.]
    Out of a working life's habit your hands stay in the current, though nothing in it is yours to steer now. The lights slide through your fingers, loose, attached to nothing. Two million people have chosen to be somewhere else, and for once, no curator is minding them.
    You mind them anyway, one light at a time, until the last one is out of reach.
    ~ nudge("seraphina", -6)
* [Sit down on the empty terrace and let the night be yours.]
    You sit down on the empty terrace. It is the first night of your working life you haven't run.
    It is terribly quiet. It is also, you realise, the first dream of your own you've had in a very long time.
    ~ nudge("seraphina", 6)
* [Follow one light home, to see where it goes.]
    You pick one at random and follow it.
    It is Juno. She is sitting on the end of a jetty that is entirely hers, feet over black water, and the water is full of small lights that are hers too: a song you don't know, a dog she must have had at five, a word she keeps spelling wrong.
    There was something here. There was always something here. # speaker: Juno
    She doesn't see you. You sit at the land end of her jetty until her lights go down, and then you go home too.
    ~ nudge("seraphina", 4)
-
-> a4_wake_thousand_nights

=== a3_night_living_tapestry ===
-> a3_eliot_refuses ->
The surge doesn't stop. It keeps coming: the water, the orchard, the dentist, the first kiss, the weather under every face. But something has changed in how people are standing in it.
{maris_painted: They are looking up at Maris's ticket machine, and then at each other, and then back. # needs: maris_painted}
{a3_guide.line_of_light: They are holding the line of light you ran through their nights, and staying where they are, and looking along it. # needs: a3_guide.line_of_light}
{a3_guide.kitchen_doors: Their doors are open, the way Wen's was, and light is falling out of every one of them toward the others. # needs: a3_guide.kitchen_doors} {dreamers_guided == "one-story": They are under the shelter you held, but they have stopped being quiet under it. # needs: dreamers_guided == "one-story"}
{dreamers_guided == "own-dreams": They went home to their own nights, and now, one by one, they are opening their doors again. # needs: dreamers_guided == "own-dreams"}
# mood: wonder
# sfx: bell
Your hands are still a curator's. All your working life they have smoothed, a finger's width at a time. Now you do the same work the other way round.
You don't blend anything. You set things side by side. {wen_kitchen == "folded": Wen's yellow tiles, lifted whole out of the river you let into her kitchen, beside the parking structure.|Wen's yellow kitchen, its door propped open, beside the parking structure. # needs: wen_kitchen != "folded"} Level three beside the orchard, neither covering the other. Dorian's stairwell, the water still in it, with a handrail now. Between them you lay streets, and the streets are only ways of getting from one night to the next.
It takes the rest of the dark. When you straighten up, it is a city: this city, built out of everybody's nights, with the river running through it carrying everybody's boats.
There is a gap left at its centre, the size of one person's dream. Yours.
* [Bring the night train. Your own dream, the one you never shared.]
    ~ tapestry_gift = "train"
    You bring the night train. It comes in along the river bank, carriage after carriage of festivals you forgot to run, and stops, for the first time ever, at a station.
    People get on. They walk through your empty carriages and light the lanterns you never lit, and wave at you through the windows.
    ~ nudge("seraphina", 8)
* [Bring the Lantern Tide. Your work is yours too.]
    ~ tapestry_gift = "tide"
    You bring the Tide, the warm river at dusk, and lay it down through the middle of the new city like a spine. Everybody's lanterns, going out together.
    It's not a festival any more. It's a street. People walk along it to get to each other's kitchens.
    ~ nudge("seraphina", -6)
* {orchard_apology or maris_painted} [Bring the Orchard. Both halves.]
    ~ tapestry_gift = "orchard"
    You bring the Orchard: the blossom, and level three, the ticket machine, the man against the pillar, side by side, neither one covering the other.
    People stop in front of it. They don't know whose it is. They stand there anyway, and some of them take off their hats.
    ~ nudge("seraphina", 4)
-
-> tapestry_arc

= tapestry_arc
People walk between each other's dreams and knock, and are let in, and leave again. No one has to stay. Almost everyone does, for a while.
On a terrace that is half the Arc and half a ward from the Sleepless years, you find Tobin and Juno.
{
- arc_side == "tobin":
    Tobin is showing her the ward. The beds, the night lights, the nurse in a raincoat who looks like a younger Amara Kell. Juno is listening because you told her to, on the Arc yesterday, and she is still a little angry about it. # needs: arc_side == "tobin"
- arc_side == "juno":
    Juno is showing him a jetty at night with her own lights in the water, which she found tonight and which is hers. Tobin stands in the doorway like a man visiting a grandchild's first flat. # needs: arc_side == "juno"
- else:
    They are sitting on the terrace, side by side, showing each other nothing. Just sitting. It is the thing they each said they'd keep.
}
* [Sit with them.]
    You sit a stair below them. Tobin passes you a mug of something. It is his wife's bakery's tea, and it tastes, impossibly, of bread and laughing.
    ~ nudge("seraphina", -4)
* [Ask Juno what she found.]
    I don't know yet. A jetty. Some lights. A girl who's a bit of a cow, honestly. # speaker: Juno
    She grins. She's never sounded so pleased to be rude about anyone.
    ~ nudge("seraphina", 4)
* [Leave them to it.]
    You leave them to it. It's not your dream. It's theirs, and they're in it together.
-
-> tapestry_swing

= tapestry_swing
They're pushing her. # speaker: eliot
He has come up out of the grey river, soaked to the waist. On the water, strangers walking past the swing are giving it a push as they go. The girl on it is going higher and higher, too high. She always did.
Sera. Strangers are pushing my sister's swing. # speaker: eliot
* [Give the swing a push yourself.]
    You wade out and push. She goes up into the grey sky, kicking, and comes back, and for one second she is not an echo at all.
    Eliot is laughing and crying at the same time, and for once he isn't apologising for either.
    ~ nudge("eliot", 8)
* [Hold Eliot back. Let the strangers do it.]
    He starts forward and you catch his arm.
    Let them, Eliot. She's everyone's tonight. # speaker: seraphina
    He stands with you in the shallows and watches a baker, a bus driver and a child from the Outer Districts push his sister higher than he ever could.
    ~ nudge("eliot", -8)
* [Tell him to go and push her. It's his turn.]
    Go on. You've been at the console for seven years. It's your turn. # speaker: seraphina
    He goes. He pushes her until his arms give out, the way he did when she was nine, and then one more time.
    ~ nudge("eliot", 12)
-
-> tapestry_last

= tapestry_last
You find Maris and Dorian in Wen's kitchen, of all places. Maris has paint to the elbows. Dorian is at the stove, stirring Wen's pot, being told he's doing it wrong.
Is this yours? # speaker: maris
It's everybody's. # speaker: dorian
That's what I was afraid of. I don't mind it as much as I thought. # speaker: maris
Over the sink, the window shows the new city: every dream lit, every door ajar. It will not last past dawn. Dreams don't.
* [Ask them how you keep it, after.]
    How do we keep this? After. When they wake up. # speaker: seraphina
    You don't keep it. You tell it. Over and over, badly, until it's true. # speaker: maris
    Or you build it again. Every year. Differently. # speaker: dorian
    ~ nudge("maris", -6)
    ~ nudge("dorian", -6)
* [Tell them it doesn't have to last.]
    It doesn't have to last. It happened. # speaker: seraphina
    Maris tilts her head, as if you've finally said something she'd put on a wall.
    ~ nudge("maris", 6)
    ~ nudge("dorian", 6)
-
-> a4_wake_living_tapestry
