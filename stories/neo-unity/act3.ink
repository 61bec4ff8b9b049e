// Act 3: Night One of Kaleidoscope Nights. Elara's unveiling, Jaxon's split screen, Liora's minute on the
// east steps, and at dawn, on the tram depot roof, the forums.

=== a3_unveiling ===
# act: 3
# scene: kaleidoscope-plaza
# mood: wonder
# sfx: crowd
Kaleidoscope Nights. Night One.
Eighty thousand people lie on mats across the plaza, patched in, eyes open, waiting. The rest of the city is in bed, doors locked, lights at amber.
On the loom platform high above the crowd, Talon flexes his gloves. At the Ambassador tent by the east steps, Liora has a headset on and Oduya's voice in it, live from the Stack Nine relay. Okoro's yellow scarves stand by every tenth mat, like lamp posts.
Okoro hands you a headset of your own on her way past.
Wherever you watch from, you're on my channel. # speaker: Ambassador Okoro
* [Watch from the loom platform, beside Talon.]
    You climb the platform. From up here the crowd is a tiled floor of faces, and Talon is humming.
* (on_mats) [Watch from the mats, among the crowd.]
    You take an empty mat in the middle of the plaza. The woman on the next one offers you half an orange without a word.
- Neo-Unity! Night One of three! Eighty thousand of you here, and the whole city at home. When the bell goes, close your eyes or don't. It's your night. # speaker: Festival announcer
# sfx: bell
The DreamSync bell. The sky-screen wakes.
{first_night == "stacks": The work songs come first, thin and hoarse off a retired teacher's phone, played over eighty thousand heads. Hardly anyone on the plaza knows the words. By the second verse the Stacks section is singing them anyway, and the towers hush to hear.}
{first_night == "all": Everything comes down out of the dark at once, a slow bright avalanche of sound: the Fenwright drums, the Salt Quarter nets, the Stacks' work songs, the Verrier tiles shining underneath. Eighty thousand people feel it take them and make the same sound at the same time.}
{first_night == "draw": The first hour is Fenwright's, by the hat, and the drummers take it the Fenwright way: loud, long, and with no interest in anyone's running order. The sky waits above them, dark, until they're done.}
* [Close your eyes, the way the announcer said you could.]
    You close your eyes and listen to it instead. When you open them the panes are coming.
* [Keep your eyes on the sky.]
    You keep them open. It's your sky; you'd like to see it arrive.
- Then the panes come up one by one, then in hundreds, then all at once. Each person on the plaza sees their own colour hang above their own street. The view pulls back and turns, once, a kaleidoscope in a child's hand, and the colours are the city, every tower drawn in sleepers.
{village_thread == "kept" or village_thread == "asked": Under the net songs Hesper's verse runs half a tone sharp, the wall and the Tuesday and the chairs in the nets, and the chord bends around it without touching it. # needs: village_thread == "kept" or village_thread == "asked"}
{first_sketch == "chord": Under the panes runs the held note you pulled at the loom, corner to corner, and the crowd finds it without being told. # needs: first_sketch == "chord"}{first_sketch == "kites": Under the panes your kites go up, each on its own string. In the second hour the Stack Nine relay shudders and one string goes slack; one kite comes down, and the sky stays up around it. # needs: first_sketch == "kites"}{first_sketch == "door": Under the panes, in the bottom corner, no bigger than a thumbnail from down here, a green door with a fish for a handle. No one on the plaza knows to look for it. # needs: first_sketch == "door"}
The crowd's sound rises toward the sky and stays there.
* [Bring the whole crowd in at once: one swell, eighty thousand people in one breath.]
    ~ opening = "all"
    ~ nudge("elara", -10)
    ~ nudge("talon", -5)
    You give Talon the signal. He opens his arms wide.
    # sfx: surge
    Eighty thousand people go under together. You feel it {on_mats: in the stone under your mat|in the deck plates}: one breath, one heartbeat, a crowd becoming a single enormous animal that is, for a moment, perfectly calm.
    Nothing you've built has ever felt like this. You're almost sure of it.
* [Let the districts in one at a time, each in its own colour.]
    ~ opening = "districts"
    ~ nudge("elara", 10)
    District by district. {first_night == "stacks": Stacks first, then the Salt Quarter, then Fenwright, then Verrier|{first_night == "draw": Fenwright has had its hour. Now the Salt Quarter, then Verrier, then the Stacks|Salt Quarter first, then Fenwright, then Verrier, then the Stacks}}. Each in its own colour. # speaker: elara
    Talon does it your way, and it takes longer, and the sky fills up tile by tile: blue, then ochre, then green, then the loud patchwork orange of the Stacks.
    It isn't one breath. It's a lot of breaths, slightly out of time, half of them only knowing the chorus.
* {promised_pell} [Start with the kites, so a boy in Stack Nine sees them from the first minute.]
    ~ opening = "kites"
    ~ liora_trust += 1
    ~ nudge("liora", -10)
    ~ nudge("elara", -5)
    Kites first. I promised him. # speaker: elara # needs: promised_pell
    The kites go up over the plaza, hundreds of them on their separate strings.
    In your ear, Liora's headset crackles.
    Oduya says Pell's awake and at the window. He says the kid is shouting. Good shouting. # speaker: liora
    She clears her throat.
    Fine. That was a good thing. Don't let it go to your head. # speaker: liora
- For two hours the plaza forgets it owns a clock. Okoro's scarves stand with their hands in their pockets. {on_mats: The woman with the orange is asleep with her mouth open, smiling.|Down on the mats, a woman is asleep with her mouth open, smiling.}
* [Look for Jaxon in the crowd.]
    You can't find him. That worries you more than finding him would have.
* [Let yourself enjoy it.]
    You let yourself enjoy it. {first_night == "stacks": A crowd that has never heard the work songs is humming them,|A crowd is holding up your panes,} and for two hours you're not thinking about anyone's door.
- -> a3_projection

=== a3_projection ===
# scene: split-projection
# mood: chaos
{gave_schedule:
    The third hour. The projectors begin their handover, and for ninety seconds the sky goes dark, exactly as you told him it would.
    Jaxon doesn't waste a second of it.
- else:
    The third hour. Without warning, four projector towers on the north side of the plaza stutter.
    # sfx: glitch
    Tamsin's people have gone into them the hard way. Cables cut and re-spliced, feeds forced, sparks.
}
# sfx: shatter
The sky splits down the middle.
On the left, your design, still running, still bright.
On the right, a thousand rough private dreams, thrown up in cheap projector light: a staircase made of bread, a cliff made of teeth, a mother's kitchen at four in the morning, and a green door in a white wall with a brass fish for a handle.
{village_thread == "smoothed": And Hesper's verse, every word back in, half a tone sharp, exactly as she sang it before the net loft voted to tune it. A man in the Salt Quarter section stands up and sings the Friday line back at the sky. # needs: village_thread == "smoothed"}
{heard_pell: A big grey dog, a stranger's, lying down, very tired. # needs: heard_pell}
{told_dream: For one second, a lit window over a courtyard, and three notes whistled up at it. Then it's gone: he took it down himself. It was yours. He knew it was yours. # needs: told_dream}
* [Say his name into the headset.]
    Jaxon. # speaker: elara
    Hello, Elara. Watch this part. # speaker: jaxon
* [Say nothing. Watch.]
    You say nothing. You watch a thousand people's private nights go up over a plaza built for one.
- Don't be scared. Nothing's broken. This is just what you look like. # speaker: jaxon
His voice is everywhere, patched into the plaza speakers. The crowd sits up on its mats. Some people get to their feet and drift toward the right half of the sky like people walking toward their own house in a dream.
* (right_faces) [Look at the faces walking toward the right half.]
    They look like people hearing their own names in a crowd. Some are laughing. One man is holding his head in both hands as if it might spill.
* [Look at the faces still lying under your half.]
    They look frightened. Not of the dreams: of the split. Eighty thousand people who came to be held, and the floor has just opened down the middle.
- -> clash

= clash
// The climax (campaign.json `climax`): Jaxon's split screen against Elara's design, her own hand on the loom.
Others shout at them to lie down. Then the left half starts the Fenwright drum chant, stamping it on the stone to drown the right half out, and the right half answers with the net song, louder, and the plaza is two choirs trying to out-shout each other over the heads of everyone still under.
Okoro's voice cuts in on your headset, level, reading her board.
{gave_schedule:
    Clean handover. No sparks, no cut cable, nothing on my board that burns. Somebody told him when. I'll give you two minutes for that, not one. But I've got people waking up on the seam, Elara. Two feeds, one head. Give me one sky, his or yours, or I drop the plaza. # speaker: Ambassador Okoro
- else:
    I've got people waking up on the seam, Elara. Two feeds, one head. Sixty seconds, and I drop the plaza. Give me one sky, his or yours, or I will. # speaker: Ambassador Okoro
}
{a3_unveiling.on_mats: Up on the platform, # needs: a3_unveiling.on_mats|Beside you,} Talon's gloves are jerking in the air: Jaxon's people are pulling threads out of the weave from the depot roof, one fistful at a time. Talon doesn't ask you anything. He doesn't have a hand free to ask with.
The second loom glove has been in your coat pocket since the studio. You pull it on, and the loom finds it, and the whole sky is in your fingers: your design on the left, heavy and warm, Jaxon's on the right, a thousand rough threads, pulling.
It's not Talon's weave now, or Okoro's switch. It's your design and his dreams, and your hand between them.
* [Hold the shared sky. Bring your design to full, so the sleepers on the seam have one dream to land in.]
    ~ projection_answer = "override"
    ~ nudge("elara", -15)
    ~ nudge("talon", -10)
    Full. Everything we've got. Give the people on the seam one floor to stand on. # speaker: elara
    # sfx: surge
    You close your fist and Talon throws his arms wide with you. Your design comes up bright and whole across the sky, and the rough private dreams on the right fade under it until they are only shadows, and then not even that.
    The crowd lies back down, mostly.{a3_projection.right_faces: The man holding his head lets go of it. # needs: a3_projection.right_faces} On the left the drum chant runs out of breath and stops.
    Thank you. Cut-off disarmed. Two of mine are carrying a boy off the seam, and he's fine. He's fine. # speaker: Ambassador Okoro
    {jaxon_trust >= 2:
        On your glass, from the tram depot roof, one line from Jaxon: You heard Okoro. So did I. Leave me a corner, after.
    - else:
        From the roof of the old tram depot, where the pirated feed was coming from, nothing. Jaxon doesn't say a word. The silence has a shape, and you know it.
        ~ nudge("jaxon", 15)
    }
* [Yield. Dim your design and give his half the whole sky.]
    ~ projection_answer = "yield"
    ~ nudge("elara", 15)
    ~ nudge("talon", 10)
    You open your hand.
    Elara, no. # speaker: talon
    It's theirs tonight. Let it go. # speaker: elara
    Your design folds itself up like a fan, and the private dreams spill across the whole sky, hundreds, thousands, none of them touching. People stand under the ones they recognise. Strangers stand side by side looking up at different things.
    One sky, Sefa. His. There's no seam now. Keep your people on the mats and let them look. # speaker: elara
    The line goes quiet.
    Holding. My people are with them. # speaker: Ambassador Okoro
    {jaxon_trust >= 2:
        ~ jaxon_gave_half = true
        Jaxon's voice, off the speakers, only in your ear: You didn't have to. Give me ten minutes, then bring yours back up. Half. I didn't come to take it.
    - else:
        On the speakers Jaxon laughs, the big public laugh, and says: there it is, Neo-Unity, there's your sky. He doesn't say a word to you. He isn't planning to give any of it back.
        ~ nudge("jaxon", 10)
    }
* [Weave. Reach across the seam, thread his dreams into yours, and smooth nothing down.]
    ~ projection_answer = "weave"
    ~ nudge("elara", 5)
    ~ nudge("talon", 10)
    ~ nudge("jaxon", -15)
    Don't fight them. Take their threads. Into ours, and nothing smoothed. Not one thread. # speaker: elara
    Talon looks at your gloved hand, then at his own two, still jerking at Jaxon's threads, the length of a man deciding who he is.
    Not one thread. Okay. Okay. # speaker: talon
    # sfx: whoosh
    You reach across the split together. The first thing you pull over is the green door, and you set it, whole, in the middle of your design, fish handle and blistered paint, and Talon's hand stops yours when it starts to smooth a single flake.
    On the speakers Jaxon stops in the middle of a word.
    You kept the paint. Every blister. All right, Elara. I'll dream in yours, if that's what yours is now. # speaker: jaxon
    {gave_schedule:
        Sefa, there's no second feed anymore. It's one weave. Give us the two minutes. # speaker: elara # needs: gave_schedule
        Two. I'm watching the seam. # speaker: Ambassador Okoro # needs: gave_schedule
    - else:
        Sefa, there's no second feed anymore. It's one weave. Give us the sixty seconds. # speaker: elara # needs: not gave_schedule
        Sixty. I'm watching the seam. # speaker: Ambassador Okoro # needs: not gave_schedule
    }
- -> a3_mediation

=== a3_mediation ===
// Night One's answer to the split is a doctor with a borrowed microphone. (Night Two's is Okoro's line of scarves.)
# scene: kaleidoscope-plaza
# mood: tense
# sfx: crowd
{a3_unveiling.on_mats: All round your mat|Down on the plaza}, the two halves of the crowd have stopped lying down. They're standing, and facing each other, and that never ends well.
* [Head for the east steps.]
    You start through the mats, stepping over knees and thermoses, and halfway there you see you're not the first.
* (stayed) [Stay where you are and watch the crowd.]
    You stay where you are. From here you can see the line where the two halves meet, and it is getting narrower.
- Liora is on the east steps, headset still on, and she has taken the announcer's microphone out of her hands without asking.
Everybody. Quiet for one minute. I'm a doctor. # speaker: liora
Amazingly, they do.
You, up there. Mr. Kade. Come down here. And you, Architect. One true thing each, to these people, and then you can go back to fighting over the sky. # speaker: liora
{sided_with == "jaxon": You took his side in my courtyard. Let's see if you can stand next to him. # speaker: liora # needs: sided_with == "jaxon"}
{sided_with == "liora": You took my side in my courtyard. Don't take it tonight. Tonight there's only theirs. # speaker: liora # needs: sided_with == "liora"}
{sided_with == "both": You made us say it in my courtyard. Now you say something. # speaker: liora # needs: sided_with == "both"}
Jaxon comes down from the tram depot roof by the fire escape, one rung at a time, in no hurry to arrive. He takes the microphone first.
I wanted you to see your own dreams once before somebody made them nicer. That's all. That's the whole plan. There isn't a second part. # speaker: jaxon
{stayed: He doesn't give the microphone back to Liora. He carries it {a3_unveiling.on_mats:through the mats|up the loom ladder} to where you stayed, and puts it in your hand there.|He hands you the microphone.} Eighty thousand faces. {
- projection_answer == "override":
    All of them in your light now, and half of them wishing they weren't.
- projection_answer == "yield":
    All of them under his thousand small skies now, and half of them missing yours.
- projection_answer == "weave":
    All of them under one weave now, his threads in yours, and not sure yet what to make of it.
- else:
    Half of them in your light, half in his.
}
* [Tell them {first_sketch == "kites":you cut the kites loose and still kept them in one sky|you built one dream for everyone} because you were scared of being alone in your own.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 10)
    {first_sketch == "kites":I gave every one of you a string, and I still kept all the kites in one sky, mine, because I was scared of being alone in it. # needs: first_sketch == "kites"|I built one dream for all of you because I was scared of being alone in mine.} That's the true thing. I'm sorry it took two choirs shouting to say it. # speaker: elara
    The plaza is very quiet. Beside you, Jaxon looks at his shoes, and then at you, and doesn't look away.
* [Tell them this city works because it dreams together, and one night shouldn't take that away.]
    ~ nudge("elara", -10)
    ~ nudge("jaxon", -5)
    ~ nudge("talon", -5)
    This city used to riot every summer. It doesn't anymore, because we dream together. I've seen the other way; so have most of you. Don't let one night take that from you. # speaker: elara
    Applause from your half. Silence from his, but not an empty one: a lot of them are old enough to remember. From the loom platform, Talon's voice, unamplified and carrying anyway: yes.
    Jaxon doesn't argue. {projection_answer == "override": He just looks up at your one sky, with nothing of his left in it.|He just studies the sky, as if it might answer you for him.}
* (put_back) {told_dream} [Ask Jaxon to put your window back up, and whistle the three notes yourself.]
    ~ window_put_back = true
    ~ jaxon_trust += 1
    ~ nudge("elara", 15)
    I told him a dream once. He put it up tonight and then took it down, because it was mine. Jaxon. Put it back. # speaker: elara # needs: told_dream
    He stares at you. Then he lifts a hand to someone on the roof.
    # sfx: whoosh
    The courtyard goes up across the middle of the sky, fifty metres high, one window lit. You lift the microphone and whistle the three notes into it, badly, and the plaza speakers throw them over eighty thousand people. Nobody answers from the window. In total silence, eighty thousand people listen to the Dream Architect whistle up at a dream she lost.
- Liora takes the microphone back.
Now. Everyone here dreamed something tonight. I want each of you to find one person who was cheering for the other sky, and tell them what you dreamed. Just tell them. That's all. # speaker: liora
* [Back her up: cross to where Jaxon's people are standing and tell a stranger your dream.]
    ~ crowd_swapped = true
    ~ liora_trust += 1
    ~ nudge("elara", 5)
    ~ nudge("jaxon", -5)
    {stayed:You leave the place where you stayed and cross to where his people are standing.|You step off the stairs and cross to where his people are standing.}
    A woman in a Fenwright drum jacket is there, arms folded.
    I dreamed about a tiled sky turning once an hour, you tell her, which is cheating, because you built it. She tells you about her brother's bicycle.
    It takes two minutes. It's ridiculous. She uncrosses her arms.
    Around you, the plaza is doing the same thing, clumsy and loud, eighty thousand people swapping dreams like phone numbers.
    Liora watches from the steps with her arms folded, and you swear she's trying not to look pleased.
* (swapped_with_jaxon) [Swap dreams with Jaxon, there and then, where everyone can see.]
    ~ crowd_swapped = true
    ~ jaxon_trust += 1
    ~ nudge("jaxon", -15)
    Go on, then. What did you dream? # speaker: elara
    Jaxon blinks. He wasn't ready to be asked.
    A boat shed. No door. Just the shed, and the smell of tar. First time in a year I got that close. # speaker: jaxon
    He looks out at the plaza, at eighty thousand people turning to each other. I'd forgotten it could be the company that gets you there, he says, to no one in particular.
    You tell him yours. Below you, eighty thousand people who have been watching the two of you start, clumsily, turning to each other.
* [Tell her quietly that half of them came to lie down together without having to explain themselves, and the sky can hold them.]
    ~ liora_trust -= 1
    ~ nudge("elara", -5)
    Some of them buried someone this year, Liora. They came to lie down next to eighty thousand people and not have to explain a thing. Let the sky hold them. That's what it's for. # speaker: elara
    She covers the microphone with her hand.
    The sky's what got us here. # speaker: liora
    But she steps back. A few people do as she asked anyway. Most lie back on their mats and look up, and wait for the sky to tell them what they feel, and some of them, you can see, are grateful not to have to decide.
- -> a3_first_dawn

=== a3_first_dawn ===
# scene: kaleidoscope-plaza
# mood: calm
# sfx: bell
The sixth hour. The dawn bell. Night One is over.
The sky-screen fades as the real sky comes up behind it, pale and ordinary, and eighty thousand people sit up on their mats and blink at each other{crowd_swapped:, some of them still halfway through a stranger's dream|, and then look away}.
Two more nights to go. The crowd rolls up its mats slower than it unrolled them.
* [Sit up with them.]
    You sit up on the cold stone with everyone else. Your back hurts. {a3_unveiling.on_mats: The woman with the orange is asleep on her own arm.|A woman on the next mat is asleep on her own arm.}
* [Keep your eyes on the sky until the last colour goes.]
    You watch until the last thread of colour thins out and there is only the morning, pale as a page.
- Across the plaza, the fire escape of the old tram depot is wet with dew. At the top, back among his projectors, Jaxon is coiling cable{gave_schedule:, the way you found him at the Sanctuary the night you gave him the ninety seconds. # needs: gave_schedule|, slowly, as if the cable might argue.}
You climb.
{jaxon_trust >= 3: He doesn't get up, but he shifts over so there's room beside him on the parapet.}
{jaxon_trust <= 0: He doesn't move anything. You stand. It seems to be the arrangement.}
{projection_answer == "override":
    You buried us. You had your reasons; Okoro's people carried a kid off the seam, I saw. I just want you to know what it looked like from up here. # speaker: jaxon
- else:
    You could have buried us. You didn't. I keep waiting to find out why. # speaker: jaxon
}
He tips his head back against a projector case.
Two more nights. So. What now, Architect? # speaker: jaxon
* [Ask him to build the Last Night with you. His half and yours, in one file, starting now.]
    ~ jaxon_invited = true
    ~ jaxon_trust += 1
    ~ nudge("jaxon", -10)
    Build the Last Night with me. Not a hijack. From this morning. Your half and mine, in the same file. # speaker: elara
    He laughs, and stops laughing when he sees you mean it.
    You want me in the Tower. # speaker: jaxon
    I want you in the file. The Tower can come or not. # speaker: elara
    He studies his hands.
    I'd need the door in it. Whole. # speaker: jaxon
    {first_sketch == "door":
        It's already in it. Bottom corner. It's been there since the night I got the sky. # speaker: elara # needs: first_sketch == "door"
        He thinks it's a figure of speech until you show him on your glass: thumbnail-sized, fish handle and all. He has to look away.
    - else:
        Then it goes in first. Before anything else. Whole. # speaker: elara
    }
* {projection_answer != "override"} [Tell him he got what he wanted, and you hope it was worth it.]
    ~ jaxon_trust -= 1
    ~ nudge("jaxon", 10)
    You got what you wanted. I hope it was worth it. # speaker: elara
    I didn't want anything. I wanted the door back. # speaker: jaxon
    Did you get it? # speaker: elara
    He picks at a strip of tape on the projector case and doesn't answer.
* {told_dream} [Tell him your window went up tonight, and you'd forgotten somebody used to answer.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 10)
    {a3_mediation.put_back: You put my window back up. Fifty metres of it, in front of everyone, and I whistled at it like a fool. I'd forgotten somebody used to whistle back. # needs: window_put_back|You put my window up. One second. I'd forgotten somebody used to whistle back.} # speaker: elara
    {a3_mediation.put_back: I took it down because it was yours. You put it back yourself. That's different. # needs: window_put_back|I took it down because it was yours. Not mine to show.} # speaker: jaxon
    Go and find out who, then. On your own, unpatched, some afternoon. # speaker: jaxon
    He smiles, the old smile with nothing shut behind it.
    That's how it starts. # speaker: jaxon
* {projection_answer == "override"} [Tell him you'd hold the sky again, with that kid on the seam.]
    ~ jaxon_trust -= 1
    ~ nudge("jaxon", 10)
    There was a kid on the seam, Jaxon. Okoro had her hand on the switch. I'd do it again. # speaker: elara
    I know you would. That's why I was up here with the projectors and you were down there with the switch. # speaker: jaxon
    He picks at the tape on a projector case until a strip of it comes away.
    Next time there's a kid on the seam, come and get me first. I've got arms. # speaker: jaxon
* {projection_answer == "override"} [Apologise for burying his half of the sky.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 5)
    I'm sorry. I buried a thousand people's dreams in front of them. There were people on the seam and Okoro had her hand on the switch, and I was frightened. All of that's true. I'm still sorry. # speaker: elara
    He nods.
    Thank you. I'm still angry. Both things. # speaker: jaxon
* {projection_answer != "override"} [Tell him you're not sorry you built it. He slept in it too.]
    ~ nudge("jaxon", -5)
    ~ nudge("elara", -5)
    I'm not sorry I built it, Jaxon. A lot of people got through a lot of nights inside it. You did. # speaker: elara
    I did. # speaker: jaxon
    It costs him something to say.
- Below you the cleaning drones are out, picking thermos lids and dropped scarves off the seam line. # pause: 1
The city's going to argue about tonight all day. Kitchens, trams, the feeds. It'll be ugly, and then it'll lie down on a mat tonight and do it again. # speaker: jaxon
* [“Then let's give it a room to argue in. This one. You and me on the door.”]
    Then let's give it a room. This one, under us. Nine o'clock, anyone can come. You and me on the door. # speaker: elara
    In the depot? # speaker: jaxon
    The tram company that owned it went bust before we were born. It's got a roof, and your feed ran from it. Everyone knows where it is now. # speaker: elara
* [“Then the Council should hear it. An open hearing, minuted, before Night Two, and the Council reads every word.”]
    ~ forum_hearing = true
    Then the Council should hear it. An open hearing, before Night Two, minuted, and the minutes go to the Council whether it likes them or not. # speaker: elara
    A hearing. Where everyone else does the talking and the Council does the reading. # speaker: jaxon
    Here, under us, at nine. It's got a roof and a counting machine you have to hit. I'll ask the Council for a clerk. # speaker: elara
    He thinks about it, and the corner of his mouth goes up.
    Okay. A hearing with the doors open. That's a forum with a tie on. # speaker: jaxon
- {jaxon_trust >= 2: Together? # speaker: jaxon|I'll run it with you. I won't shake your hand on a stage. # speaker: jaxon}
{jaxon_trust >= 2: Together. # speaker: elara|Fine. No handshakes. # speaker: elara}
Tamsin lends you her clipboard for a sign-up sheet. By seven it has two hundred names on it, and one drawing of a fish.
-> a4_first_forum
