// Act 3: the celebration. Elara's unveiling, Jaxon's split screen, the relay, Liora's mediation, Talon's threads.
// It ends by asking the rule what the night looked like at dawn; acts 4 and 5 can still change what the city makes of it.

=== a3_unveiling ===
# act: 3
# scene: kaleidoscope-plaza
# mood: wonder
# sfx: crowd
Kaleidoscope Nights.
Eighty thousand people lie on mats across the plaza, patched in, eyes open, waiting. The rest of the city is in bed, doors locked, lights at amber.
On the loom platform high above the crowd, Talon flexes his gloves. At the Ambassador tent by the east steps, Liora has a headset on and Oduya's voice in it, live from the Stack Nine relay. Okoro's yellow scarves stand every twenty mats, like lamp posts.
* [Watch from the loom platform, beside Talon.]
    You climb the platform. From up here the crowd is a tiled floor of faces, and Talon is humming.
* (on_mats) [Watch from the mats, among the crowd.]
    You take an empty mat in the middle of the plaza. The woman on the next one offers you half an orange without a word, the way people do on this one night.
- Neo-Unity! Eighty thousand of you here, and the whole city at home. When the bell goes, close your eyes or don't. It's your night. # speaker: Festival announcer
# sfx: bell
The DreamSync bell. The sky-screen wakes.
{design_core == "chord": The chord comes down out of the dark like a slow bright avalanche of sound. The Fenwright drums are in it, and the Salt Quarter songs, and the Verrier tiles shining underneath, and eighty thousand people feel it take them and make the same sound at the same time.}
{design_core == "market": The market unfolds stall by stall: awnings snapping open in the sky, drums at one end, net-mending songs at the other, the Stacks' work songs under the biggest awning of all. People sit up on their mats and point at different things.}
{design_core == "prisms": The panes come up one by one, then in hundreds, then all at once. Each person on the plaza sees their own colour hang above their own street. Then the view pulls back and turns, once, like a kaleidoscope in a child's hand, and the colours are the city, every tower drawn in sleepers.}
{village_thread == "kept" or village_thread == "asked": In one corner Hesper's village sits in the weave, grey-green and cold, church bell and all, and the bright colours bend around it without touching it.}
The crowd's sound rises toward the sky and stays there.
* [Bring the whole crowd in at once: one swell, eighty thousand people in one breath.]
    ~ opening = "all"
    ~ nudge("elara", -10)
    ~ nudge("talon", -5)
    You give Talon the signal. He opens his arms like a conductor at the last bar.
    # sfx: surge
    Eighty thousand people go under together. You feel it in the deck plates: one breath, one heartbeat, a crowd becoming a single enormous animal that is, for a moment, perfectly calm.
    Nothing you've built has ever felt like this. You're almost sure of it.
* [Let the districts in one at a time, each in its own colour.]
    ~ opening = "districts"
    ~ nudge("elara", 10)
    District by district. Salt Quarter first, then Fenwright, then Verrier, then the Stacks. Each in its own colour. # speaker: elara
    Talon does it your way, and it takes longer, and the sky fills up like a tiled floor being laid: blue, then ochre, then green, then the loud patchwork orange of the Stacks.
    It isn't one breath. It's a lot of breaths, slightly out of time, like a crowd singing a song half of them only know the chorus of.
* {promised_pell} [Start with the kites, so a boy in Stack Nine sees them from the first minute.]
    ~ opening = "kites"
    ~ liora_trust += 1
    ~ nudge("liora", -10)
    ~ nudge("elara", -5)
    Kites first. The whole way through. I promised. # speaker: elara
    The kites go up over the plaza, hundreds of them on their separate strings.
    In your ear, Liora's headset crackles.
    Oduya says Pell's awake and at the window. He says the kid is shouting. Good shouting. # speaker: liora
    She clears her throat.
    Fine. That was a good thing. Don't let it go to your head. # speaker: liora
- For two hours nobody on the plaza looks at a clock. Okoro's scarves stand with their hands in their pockets. {on_mats: The woman with the orange is asleep with her mouth open, smiling.|Down on the mats, a woman is asleep with her mouth open, smiling.}
* [Look for Jaxon in the crowd.]
    You can't find him. That worries you more than finding him would have.
* [Let yourself enjoy it.]
    You let yourself enjoy it. {design_core == "chord": A crowd is singing your chord,|}{design_core == "market": A crowd is walking your market,|}{design_core == "prisms": A crowd is holding up your prisms,|}{design_core != "chord" and design_core != "market" and design_core != "prisms": A crowd is under your sky,|} and for two hours you're not thinking about anyone's door.
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
    Somebody has gone into them the hard way. Cables cut and re-spliced, feeds forced, sparks.
}
# sfx: shatter
The sky splits down the middle.
On the left, your design, still running, still bright.
On the right, a thousand rough private dreams, thrown up in cheap projector light: a staircase made of bread, a cliff made of teeth, a mother's kitchen at four in the morning, and a green door in a white wall with a brass fish for a handle.
{village_thread == "smoothed": And Hesper's village, whole, grey-green and cold, the church bell under the water. Exactly as it was before Talon smoothed it. Somebody in the Salt Quarter section stands up and starts to cry.}
{heard_pell: A big grey dog, a stranger's, lying down, very tired.}
{told_dream: For one second, a staircase going down into the sea. Then it's gone: he took it down himself. It was yours. He knew it was yours.}
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
- Others shout at them to lie down. Someone throws a bottle. It doesn't hit anyone, but everyone hears it land.
Okoro's voice cuts in on your headset, level, counting.
I've got people waking up on the seam, Elara. Two feeds, one head. Sixty seconds, and I drop the plaza. Give me one sky, his or yours, or I will. # speaker: Ambassador Okoro
They're pulling threads out of the weave. I can't hold both. Tell me what to do. Elara, tell me what to do. # speaker: talon
* [Hold the shared sky. Bring your design to full, so the sleepers on the seam have one dream to land in.]
    ~ projection_answer = "override"
    ~ nudge("elara", -15)
    ~ nudge("talon", -10)
    Full, Talon. Everything we've got. Give the people on the seam one floor to stand on. # speaker: elara
    # sfx: surge
    Talon throws his arms wide. Your design comes up bright and whole across the sky, and the rough private dreams on the right fade under it until they are only shadows, and then not even that.
    The crowd lies back down, mostly.{right_faces: The man holding his head lets go of it.} The bottle rolls into a drain.
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
    Dim us, Talon. All the way down. Give them the sky. # speaker: elara
    Elara, no. # speaker: talon
    Do it. # speaker: elara
    Your design folds itself up like a fan, and the private dreams spill across the whole sky, hundreds, thousands, none of them touching. People stand under the ones they recognise. Strangers stand side by side looking up at different things.
    One sky, Sefa. His. There's no seam now. Keep your people on the mats and let them look. # speaker: elara
    The line goes quiet.
    Holding. My people are with them. # speaker: Ambassador Okoro
    {jaxon_trust >= 2:
        Jaxon's voice, off the speakers, only in your ear: You didn't have to. Give me ten minutes, then bring yours back up. Half. I didn't come to take it.
    - else:
        On the speakers Jaxon laughs, the big public laugh, and says: there it is, Neo-Unity, there's your sky. He doesn't say a word to you. He isn't planning to give any of it back.
        ~ nudge("jaxon", 10)
    }
* {village_thread != "smoothed" or stance("talon") > -45} [Weave. Tell Talon to thread their dreams into yours and smooth nothing down.]
    ~ projection_answer = "weave"
    ~ nudge("elara", 5)
    ~ nudge("talon", 10)
    ~ nudge("jaxon", -15)
    Don't fight them, Talon. Take their threads. Weave them into ours, and don't smooth anything. Not one thread. # speaker: elara
    There's a pause on the line, the length of a man deciding who he is.
    Not one thread. Okay. Okay. # speaker: talon
    # sfx: whoosh
    He reaches across the split with both hands. The first thing he pulls over is the green door, and he sets it, whole, in the middle of your design, fish handle and blistered paint, and doesn't smooth a single flake.
    Sefa, there's no second feed anymore. It's one weave. Give us the sixty seconds. # speaker: elara
    Sixty. I'm counting. And I'm watching the seam. # speaker: Ambassador Okoro
- -> a3_relay

=== a3_relay ===
# mood: tense
# sfx: static
Then the other thing happens, the one you didn't plan for.
{
- projection_answer == "override":
    Holding one sky over a pirate feed takes every tower at full power.
- projection_answer == "yield":
    A thousand private dreams, each on its own patched projector, cost more power than one design ever did.
- projection_answer == "weave":
    Weaving two feeds into one, live, without smoothing a thread, takes every tower at full power.
- else:
    Two skies cost twice as much as one.
} The plaza starts pulling capacity from wherever the DreamSync grid will give it, and the grid gives it from the cheapest place first.
Your plaza is eating my relay. The two-to-six shift in Stack Nine just dropped. All of it. That's four hundred people falling out at once. # speaker: Oduya
That's Pell's shift. # speaker: Oduya
Liora's voice, cutting over him, very calm. The calm is the alarming part.
Elara. It's the plaza or the Stacks. I need an answer before the next shift drops. # speaker: liora
* [Cut the Stacks' feed for the rest of the night. The plaza can't go dark in front of eighty thousand.]
    ~ relay_cut = true
    ~ liora_trust -= 2
    ~ nudge("liora", 20)
    ~ nudge("elara", -10)
    I can't put eighty thousand people in the dark, Liora. Route it from the Stacks. I'll make it right in the morning. # speaker: elara
    Nothing on the line for a moment.
    You'll make it right in the morning. Sure. # speaker: liora
    # sfx: static
    Across the city, in twelve hundred beds in Stack Nine, the dreams go out like a row of lamps.
    {promised_pell: Somewhere in there a boy you made a promise to is sitting up in the dark, holding somebody else's grief.}
* [Dim the plaza to half and keep the Stacks dreaming.]
    ~ liora_trust += 1
    ~ nudge("liora", -15)
    ~ nudge("talon", 5)
    Dim the plaza to half. Give the Stacks back their relay. # speaker: elara
    Half? Elara, it's the centerpiece. # speaker: talon
    Half, Talon. # speaker: elara
    The sky over the plaza drops to a deep, dim ember. Eighty thousand people groan, and then, slowly, their eyes adjust, and the colours are still there, just quieter.
    Shift's back. They're back under. # speaker: Oduya
    Liora doesn't say thank you. She says: good, and then she says it again, quieter.
* {pledged_relay} [Tell her you promised the Stacks the surplus. Take all of it, and the plaza's share too.]
    ~ liora_trust += 2
    ~ nudge("liora", -20)
    ~ nudge("elara", -5)
    I pledged you the surplus, on the record. Take it. Take the plaza's share too. Whatever Stack Nine needs, it comes first. # speaker: elara
    The plaza dims, and the crowd murmurs, and in your ear Oduya laughs out loud.
    She wrote it where I could read it. Doctor, she actually wrote it down. # speaker: Oduya
    I heard. # speaker: liora
    She sounds like someone who's been carrying something heavy up forty flights and has just been told there's a lift.
* (her_call) [Tell her it's her relay, and her call.]
    ~ liora_trust += 2
    ~ nudge("liora", 10)
    ~ nudge("elara", 5)
    It's your relay, Liora. You've been running it with rope for years. Your call. # speaker: elara
    Then keep the Stacks. Dim the north towers, the ones he's not using. Oduya, reroute through our own dishes; we don't ask the Authority tonight. # speaker: liora
    The north towers gutter, and the Stacks' own dishes take the load, creaking. It's the first time all night anyone has asked her instead of telling her, and you can hear her take note of it: not of you, of how it felt to decide.
- {liora_trust >= 2: Before she signs off, Liora adds one more thing, off the clinic channel, just to you: I won't forget whose side you were on tonight. That's a compliment. Mostly.}
{liora_trust <= 0: Liora clicks off without another word. You've heard her warm and you've heard her cold; this is the other thing, the sound of a door being measured for a new lock.}
-> a3_mediation

=== a3_mediation ===
// Liora only comes to the east steps if Elara kept her Stacks dreaming. If the relay was cut she is
// on the first tram to Stack Nine, and the plaza gets Okoro's line of scarves instead.
{relay_cut: -> a3_seam_line}
# scene: kaleidoscope-plaza
# mood: tense
# sfx: crowd
Down on the plaza, the two halves of the crowd have stopped lying down. They're standing, and facing each other, and that never ends well.
* [Head for the east steps.]
    You start through the mats, stepping over knees and thermoses, and halfway there you see you're not the first.
* [Stay where you are and watch the crowd.]
    You stay where you are. From here you can see the line where the two halves meet, and it is getting narrower.
- Liora is on the east steps, headset still on, and she has taken the announcer's microphone out of his hands without asking.
Everybody. Quiet for one minute. I'm a doctor. # speaker: liora
Amazingly, they do.
You, up there. Mr. Kade. Come down here. And you, Architect. One true thing each, to these people, and then you can go back to fighting over the sky. # speaker: liora
{sided_with == "jaxon": You took his side in my courtyard. Let's see if you can stand next to him. # speaker: liora}
{sided_with == "liora": You took my side in my courtyard. Don't take it tonight. Tonight there's only theirs. # speaker: liora}
{sided_with == "both": You made us say it in my courtyard. Now you say something. # speaker: liora}
Jaxon comes down from the tram depot roof by the fire escape, slowly, like a man walking into cold water. He takes the microphone first.
I wanted you to see your own dreams once before somebody made them nicer. That's all. That's the whole plan. There isn't a second part. # speaker: jaxon
He hands you the microphone. Eighty thousand faces. {
- projection_answer == "override":
    All of them in your light now, and half of them wishing they weren't.
- projection_answer == "yield":
    All of them under his thousand small skies now, and half of them missing yours.
- projection_answer == "weave":
    All of them under one weave now, his threads in yours, and not sure yet what to make of it.
- else:
    Half of them in your light, half in his.
}
* [Tell them you built one dream for everyone because you were scared of being alone in your own.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 10)
    I built one dream for all of you because I was scared of being alone in mine. That's the true thing. I'm sorry it took a bottle to say it. # speaker: elara
    The plaza is very quiet. Beside you, Jaxon looks at his shoes, and then at you, and doesn't look away.
* [Tell them this city works because it dreams together, and one night shouldn't take that away.]
    ~ nudge("elara", -10)
    ~ nudge("jaxon", -5)
    ~ nudge("talon", -5)
    This city used to riot every summer. It doesn't anymore, because we dream together. I've seen the other way; so have most of you. Don't let one night take that from you. # speaker: elara
    Applause from your half. Silence from his, but not an empty one: a lot of them are old enough to remember. From the loom platform, Talon's voice, unamplified and carrying anyway: yes.
    Jaxon doesn't argue. {projection_answer == "override": He just looks up at your one sky, with nothing of his left in it, as if it might answer you for him.|He just studies the sky, as if it might answer you for him.}
* {told_dream} [Ask Jaxon to put your staircase back up. On the big half.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 15)
    I told him a dream once. He put it up tonight and then took it down, because it was mine. Jaxon. Put it back. Put it on the big half. # speaker: elara
    He stares at you. Then he lifts a hand to someone on the roof.
    # sfx: whoosh
    The staircase goes down into the sea, fifty metres high, every step wet, across the middle of the sky. Eighty thousand people watch the Dream Architect's own small dream, the one she lost, in total silence.
- Liora takes the microphone back.
Now. Everyone here dreamed something tonight. I want each of you to find one person who was cheering for the other sky, and tell them what you dreamed. Just tell them. That's all. # speaker: liora
* [Back her up: cross to where Jaxon's people are standing and tell a stranger your dream.]
    ~ crowd_swapped = true
    ~ liora_trust += 1
    ~ nudge("elara", 5)
    ~ nudge("jaxon", -5)
    You step off the stairs and cross to where his people are standing.
    A woman in a Fenwright drum jacket is there, arms folded.
    I dreamed about a staircase, you tell her. She tells you about her brother's bicycle.
    It takes two minutes. It's ridiculous. She uncrosses her arms.
    Around you, the plaza is doing the same thing, clumsy and loud, eighty thousand people swapping dreams like phone numbers.
    Liora watches from the steps with her arms folded, and you swear she's trying not to look pleased.
* [Swap with Jaxon, there on the steps, where everyone can see.]
    ~ crowd_swapped = true
    ~ jaxon_trust += 1
    ~ nudge("jaxon", -10)
    Go on, then. What did you dream? # speaker: elara
    Jaxon blinks. He wasn't ready to be asked.
    A boat shed. No door. Just the shed, and the smell of tar. First time in a year I got that close. # speaker: jaxon
    You tell him yours. Below you, eighty thousand people who have been watching the two of you start, slowly, clumsily, turning to each other.
* [Tell her quietly that the crowd needs a picture tonight, not a conversation.]
    ~ liora_trust -= 1
    ~ nudge("elara", -5)
    They need something to look at, Liora, not homework. Let the sky do it. # speaker: elara
    She covers the microphone with her hand.
    The sky's what got us here. # speaker: liora
    But she steps back. A few people do as she asked anyway. Most lie back on their mats and look up, and wait for the sky to tell them what they feel, and some of them, you can see, are grateful not to have to decide.
- -> a3_threads

=== a3_seam_line ===
# scene: kaleidoscope-plaza
# mood: tense
# sfx: crowd
Down on the plaza, the two halves of the crowd have stopped lying down. They're standing, and facing each other across the line where the two skies meet on the stone.
The Ambassador tent by the east steps is empty. Liora's headset lies on the table where she dropped it. She took the first tram out, to sit on the stairs of Stack Nine with four hundred people you routed into the dark.
So there is no doctor with a borrowed microphone tonight. No one asks eighty thousand people for one quiet minute.
Okoro does something else. She takes her scarf off, ties it round her wrist, and walks out onto the seam.
Her Ambassadors follow her from every twentieth mat, yellow at the throat, and stand along the seam with their arms linked: a line of bus drivers and retired teachers and night nurses, half of them facing each way.
Twenty summers I've stood on this line. It used to be shields. Scarves work better. People don't throw bottles at their aunt. # speaker: Ambassador Okoro
The bottles stop, mostly. The halves don't. They stand a metre from the scarves and shout over them, and on the tram depot roof Jaxon stands at the parapet with his hands in his pockets, not coming down.
* [Go down and take a place in the line, between two Ambassadors.]
    ~ nudge("elara", -10)
    ~ nudge("talon", -5)
    You take off the headset and go down. A man in a yellow scarf, sixty at least, shifts over without a word and links his arm through yours. His hand is dry and warm.
    First time, he says, not asking. Keep facing both ways. It gets easier. It never gets easy.
    You stand on the seam for an hour with the Architect's badge on your coat. Nobody throws anything at the line. On both sides, one at a time, people start sitting back down, because their legs are tired and the line isn't going anywhere.
* [Duck under the scarves and sit down among Jaxon's people.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 10)
    ~ nudge("jaxon", -5)
    You duck under the linked arms, which nobody in a yellow scarf approves of, and sit down cross-legged on the cold stone under the rough half of the sky.
    The people there look at the Dream Architect sitting on their stone, and some of them laugh, and a woman in a Fenwright drum jacket hands you the lid of her thermos.
    On the depot roof, Jaxon sees you. After a while he sits down too, at the edge, legs over the drop.
* [Call Jaxon on the headset and ask him to come and stand on the seam with you.]
    ~ nudge("jaxon", -5)
    {jaxon_trust >= 2:
        ~ jaxon_trust += 1
        He doesn't answer. He comes down the fire escape instead, slowly, like a man walking into cold water, and crosses the plaza, and stands on the seam beside you with Okoro's people on either side.
        Is this the part where we say something? # speaker: jaxon
        No. This is the part where we stand here. # speaker: elara
        So you stand there, the two of you, and the halves of the crowd look at the pair of you standing still, and lose the thread of their shouting.
    - else:
        The call rings out. On the roof, Jaxon looks at his glass, and turns it face down on the parapet, and stays where he is.
        He'll come down when it's his idea. They always do. # speaker: Ambassador Okoro
    }
- It holds. Not because anyone said a true thing into a microphone, but because several hundred people in yellow scarves stood still for long enough that standing still became the thing to do.
{promised_pell: On your glass, from Liora, one photograph and no words: a stairwell in Stack Nine, and a boy asleep on a coat on the fourth step.}
-> a3_threads

=== a3_threads ===
# scene: split-projection
# mood: wonder
Up on the loom platform Talon is working without anyone telling him to.
{projection_answer == "override": He's still holding your design over the dark half, arms shaking, but he has started, very quietly, to let a few of the rough threads leak back through.}
{projection_answer == "yield": Your design is folded down to nothing, and he's bored of nothing, and he has started lifting single threads of it back up, very faintly, and laying them in the gaps between Jaxon's dreams.}
{projection_answer == "weave": He has half of Jaxon's dreams in the weave already, and he's singing under his breath, something from the Stacks tape.}
Thread by thread, things are crossing over: Hesper's harbour water running into your colours, the bread staircase leaning against a Verrier tower, the green door standing open in the middle of your design.
He sees you looking.
I can make it one picture. Give me ten minutes and the seam will be gone. Or I can leave the seams in. Your call. You always make me say it's your call. # speaker: talon
{projection_answer == "weave": I said not one thread. I meant it. But I'm asking, because my hands want to, and I've never been able to tell my hands no. # speaker: talon}
* [Tell him to leave the seams showing. Don't blend a single thread.]
    ~ seams = "shown"
    ~ nudge("talon", 15)
    Leave the seams. I want people to see where one dream stops and the next one starts. # speaker: elara
    It'll look like a quilt. # speaker: talon
    Good. My grandmother made quilts. They still kept people warm. # speaker: elara
    He laughs, and leaves the seams, and the sky becomes a thing stitched together in plain sight, each piece still its own colour.
* [Tell him to blend it. Give them one picture to carry home.]
    ~ seams = "blended"
    ~ nudge("talon", -15)
    ~ nudge("elara", -5)
    Blend it. They've had enough of being split tonight. Give them one picture to carry home. # speaker: elara
    {projection_answer == "weave": You told me not one thread. # speaker: talon}
    {projection_answer == "weave": I know what I told you. Look at them, Talon. They're exhausted. Let them have one thing that holds. # speaker: elara}
    Ten minutes. Watch. # speaker: talon
    He's as good as his word. The seam softens, and softens, and disappears. The green door is still there, but it's the same colour as everything else now. It looks like it was always meant to be there, and the crowd, looking up, lets out a breath it has been holding since the third hour.
* [Pull on the second glove and weave beside him.]
    ~ seams = "woven"
    ~ nudge("talon", -5)
    ~ nudge("elara", 5)
    You climb the platform ladder. He tosses you the spare glove without a word.
    You've never woven live in front of a crowd. Your threads are clumsy, and his are beautiful, and where they cross the sky does something neither of you meant: a knot of colour, lopsided, alive.
    See, that's the bit I couldn't have done alone. # speaker: talon
- -> a3_dawn

=== a3_dawn ===
# scene: kaleidoscope-plaza
# mood: calm
# sfx: bell
The sixth hour. The dawn bell.
The sky-screen fades as the real sky comes up behind it, pale and ordinary, and eighty thousand people sit up on their mats and blink at each other.
* [Sit up with them.]
    You sit up on the cold stone with everyone else. Your back hurts. {a3_unveiling.on_mats: The woman with the orange is asleep on her own arm.|A woman on the next mat is asleep on her own arm.}
* [Keep your eyes on the sky until the last colour goes.]
    You watch until the last thread of colour thins out and there is only the morning, pale as a page.
- Then they decide what it was.
~ night = festival_outcome()
{night == "mosaic-coops": -> a3_dawn_mosaic}
{night == "grand-design": -> a3_dawn_grand}
{night == "split-screen": -> a3_dawn_split}
-> a3_dawn_dark

=== a3_dawn_mosaic ===
# mood: hope
The crowd stays put, at first.
People who were shouting at each other at the third hour are sharing thermoses. A Fenwright drummer is trying to teach the bread-staircase woman a rhythm and failing.
{crowd_swapped: Strangers are still telling strangers what they dreamed, and then, because it's dawn and everyone's tired, telling them other things too.|{a3_seam_line: No one asked anyone to swap dreams tonight. They're doing it anyway, across the scarves, sleepy and shy about it, as if it had been their idea.|Hardly anyone swapped dreams when Liora asked. They're doing it now, on their own, sleepy and shy about it, as if it had been their idea.}}
{projection_answer == "override": It surprises you. You held the sky. But the threads leaked back all night{jaxon_trust >= 2:, and Jaxon got his corner}, and the crowd seems to have noticed that it was given back what it lost.}
{projection_answer == "yield": It surprises you. You gave the sky away. But he handed half of it back, in front of everyone, and that, it turns out, is what they'll remember.}
What the crowd seems to believe, walking home, is not that it was one night. It's that it was a lot of nights, in the same place, and that this was fine.
Better than fine.
{a3_seam_line: Across the plaza Jaxon is sitting on the east steps next to Okoro, who has her scarf back round her neck. She's talking. He's listening. You've never seen him listen for that long.|Across the plaza Jaxon is sitting on the east steps next to Liora. She's talking. He's listening. You've never seen him listen for that long.}
Talon comes down the loom ladder with his gloves still lit and hugs you so hard your feet leave the ground.
* [Hug him back.]
    You hug him back. He smells of hot wire and almond pastry.
* [Laugh and make him put you down.]
    Put me down, you absolute foghorn. # speaker: elara
    He does, eventually, after one more spin for the crowd.
- -> a4_morning

=== a3_dawn_grand ===
# mood: wonder
The crowd rises as one and makes the same soft sound, and goes home in the same direction, humming the same song.
It was beautiful, they tell each other, in almost the same words. Okoro's people report the fewest falls of any night on record: not one sleeper lost on the seam, not one in the Stacks who was still patched.
{projection_answer == "weave" and seams == "blended": Talon promised not one thread, and kept it for an hour. Then you asked him to blend, and his hands did what they have done since he was fourteen. From the ground you can't see where Jaxon's dreams went in. That is the point of blending.}
{projection_answer == "weave" and seams != "blended": Talon kept his word: not one thread smoothed. It didn't matter. The cast of this night leaned so hard toward each other that the crowd did the smoothing itself. They looked at a sky full of seams and chose, all of them, to see one picture.}
{projection_answer == "yield": You gave the sky away, and the city gave it back to you: at the fifth hour people started lying down under the last of your colours, one mat at a time, until his half was watched by no one but his own.}
What the crowd seems to believe, walking home, is that the split was a glitch, a bad minute, a thing that happened and then was mended.
You look for Jaxon.
The tram depot roof is empty. Someone has left a green leaflet on the east steps. By the time you reach it, a cleaning drone has taken it.
Talon comes down the ladder shining with it.
* [Let him hug you, and say nothing about the leaflet.]
    You let him hug you, and you don't say anything about the leaflet.
* [Tell him Jaxon's gone.]
    Jaxon's gone. # speaker: elara
    Talon's face falls, honestly, for a second.
    He'll come back. Everyone comes back to a night like this. # speaker: talon
    You hope that's true. You're less sure it should be.
- -> a4_morning

=== a3_dawn_split ===
# mood: somber
The crowd doesn't leave together. It leaves in pieces.
People walk home in little knots, each knot arguing about a different half of the sky.
A woman dances on her own on the tram platform to no music at all. A man shouts at a projector tower until his voice goes.
Two friends who came together walk home on opposite pavements, and neither of them crosses.
{projection_answer == "weave": Talon wove them in, not one thread smoothed, just as he promised. But a weave is only one picture if people look at it together, and by the fifth hour they had stopped looking at the same part.}
{projection_answer == "override": You held one sky. It held until the dawn bell, and not a minute longer.}
What the crowd seems to believe, walking home, is that the night wasn't one thing, and that it never should have pretended to be.
{projection_answer == "override": Somebody has put the private dreams back up on the north towers, small and rough, now that the big sky has gone dark.|The private dreams are still up on the north towers. They were never taken down.} People stand under them in ones and twos, looking at their own.
Talon sits at the top of the loom ladder and doesn't come down. Jaxon, on the tram depot roof, raises a hand to you. You can't tell if it's a wave or a question.
* [Wave back.]
    You wave. He lowers his hand slowly, as if you'd answered something, and you don't know what.
* [Climb the ladder to Talon instead.]
    You climb up to Talon. He doesn't say anything. He moves over on the platform so you can sit, and you watch the plaza empty together.
- -> a4_morning

=== a3_dawn_dark ===
# scene: underserved-zone
# mood: somber
The plaza cheers the dawn. The Stacks don't hear it.
{relay_cut: In Stack Nine the relay never came back. Four hundred people fell out of the two-to-six shift and sat in the dark holding strangers' grief until the sun came up. |{a3_relay.her_call: In Stack Nine the relay held. Liora's own dishes carried the load all night, creaking, and not one more shift dropped.|In Stack Nine the relay came back, and the shifts went under again, on power the plaza handed down.} But by dawn the feeds were already calling it the plaza's night, as if the Stacks had been somewhere else.}
You take the first tram out. Liora is on the laundromat step with a cold cup of tea.
{
- relay_cut:
    You asked me once what the Stacks would dream if no one upstairs chose it. Tonight they got to find out. They dreamed nothing. # speaker: liora
- a3_relay.her_call:
    You asked me once what the Stacks would dream if no one upstairs chose it. Tonight I chose it, on our own dishes, and they dreamed. I'd like to keep choosing. # speaker: liora
- else:
    You asked me once what the Stacks would dream if no one upstairs chose it. Tonight they dreamed because someone upstairs remembered us in time. # speaker: liora
}
{not relay_cut: {a3_relay.her_call: You gave me the call. I know.|You kept the relay on. I know.} It isn't about tonight. It's about every Monday after every festival, and a city that only remembers us when you're in the room. # speaker: liora}
Oduya is on the roof, taking the rope off the relay dish.
Not fixing it. Taking it down.
* [Sit down on the step beside Liora.]
    You sit. She doesn't tell you to go. She doesn't offer you tea, either.
* [Climb up to the roof and ask Oduya to stop.]
    You climb the forty flights. Oduya hears you out, coils the rope, and hands it to you.
    Souvenir. # speaker: Oduya
- What the crowd on the plaza believes, walking home, is that it was a wonderful night.
What the Stacks believe is that it was somebody else's.
-> a4_morning
