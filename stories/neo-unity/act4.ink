// Act 4: the first day and Night Two. The first forum in the tram depot, Night Two's remade sky, the
// relay and Okoro's seam line, Talon's seams, and at dawn the city's first reading of the two nights.

=== a4_first_forum ===
# act: 4
# scene: tram-depot
# mood: tense
# sfx: crowd
Nine in the morning, in the old tram depot, among the dead trams, under the roof Jaxon's feed ran from. {forum_hearing:The Council's open hearing.|The first forum.}
{forum_hearing:
    A Council clerk in a grey coat sits at a folding table with a recorder and a brass bell, and reads the rules of order aloud: name and district before you speak, three minutes each, no applause. Two councillors take the front row and turn their glasses face down. The benches fill anyway, people in their good coats, holding the notes they wrote on the tram.
    You sit on the clerk's left. Jaxon sits on her right, in a tie, which nobody mentions.
    Whom does the hearing call first, Architect? # speaker: Council clerk
- else:
    You expected forty people. Ten times that come, most of them straight off the plaza with their mats under their arms. They bring chairs, then run out of chairs, then sit on each other's coats.
    Jaxon stands at one end with a microphone. You stand at the other. Between you, a hand-painted sign: SAY YOUR DREAM. THEN SAY YOUR PIECE.
    Who goes first? # speaker: jaxon
}
* (okoro_first) [Okoro, for the Ambassadors.]
    Sefa Okoro stands up in her washed-out scarf, and the room goes quiet out of something close to respect.
    I've sat on the stairs with every one of the people who fell out. Most of them are poor. All of them were frightened. # speaker: Ambassador Okoro
    I don't care if the dream is the Architect's or the Stack's or yours. I care that no one wakes up in the dark holding a stranger's dead dog. One relay, scheduled for everyone, and not a soul shed for being cheap. That's my piece. # speaker: Ambassador Okoro
    Her dream, she says, sitting down, was her brother's voice. The Sync gave it back to her after the riots. She doesn't elaborate, and the room doesn't ask her to.
* [Oduya, for the skeptics.]
    Oduya stands up and doesn't bother with the microphone.
    I don't want the Tower's relay. I want my own. With parts. When we want to dream with the city, we'll call. When we don't, we won't, and we keep our slots. # speaker: Oduya
    His dream, he says, is a dish that doesn't need rope. He says it so flatly that half the room laughs and the other half doesn't, because they know it's true.
- Then a woman near the front stands up, without waiting her turn, holding a photograph.{forum_hearing: The clerk rings her bell. The woman doesn't sit.} It takes you a moment to recognise her: the festival's announcer, off duty until the bell, in a cardigan, smaller without the sky behind her.
My mother dreamed of a kitchen in Fenwright every night for sixty years. After DreamSync came to our block she stopped. Did you smooth it? Was it you? # speaker: Festival announcer
* [“Probably. I'm sorry.”]
    ~ jaxon_trust += 1
    Probably. I built a lot of nights that ran over a lot of kitchens. I didn't know hers was there. I should have asked. I'm sorry. # speaker: elara
    She sits down. She doesn't forgive you. She does stop standing.
* [“The Sync smooths what hurts. Some nights that's a mercy.”]
    ~ nudge("elara", -5)
    The Sync smooths what hurts. That's what it's for, some nights. Maybe your mother slept better. I don't know. I'd like to ask her. # speaker: elara
    She's dead. She slept very well. # speaker: Festival announcer
    It hangs there. Okoro, near the front, nods once at you, the smallest nod: the true answer, and a hard one.
- Before it breaks up, the room decides one thing by {forum_hearing:a motion, seconded, which the clerk counts hand by hand and reads back for the Council|a show of coats held up in the air}: Jaxon's people get the four north towers for Night Two, their own dreams on their own projectors, and no sky goes over anybody else's.
{forum_hearing:The hearing runs three hours over. The clerk leaves with the minutes under her arm, and Jaxon and you lock up together.|The forum runs three hours over. Jaxon and you lock up together; you're the only two with keys.}
{jaxon_trust >= 3: On the step he hands you his thermos without asking if you want it. It's the first thing he's handed you since the testing chair.}
Same time tomorrow? # speaker: jaxon
* [“Same time.”]
    Same time. # speaker: elara
* [“Earlier. Your tea needs longer to get worse.”]
    Earlier. Your tea needs longer to get that bad. # speaker: elara
    It's a craft, Elara. Like yours. # speaker: jaxon
- Same place? # speaker: jaxon
* [Move it to the Sleepless Sanctuary: his ground.]
    ~ forum_place = "sanctuary"
    The Sanctuary. Your dome. Your tea. # speaker: elara
    The tea will frighten them off. # speaker: jaxon
    Then only the brave will come. # speaker: elara
* [Keep it in the depot: neutral ground.]
    ~ forum_place = "depot"
    Here. Everyone knows the way now. # speaker: elara
    And a counting machine from before the Sync that you have to hit. Perfect. # speaker: jaxon
* [Move it to Stack Nine's courtyard: the people it costs most.]
    ~ forum_place = "courtyard"
    Stack Nine's courtyard. They pay the most for these nights. They shouldn't have to take a tram to talk about them. # speaker: elara
    Liora will say we're recruiting in her waiting room. # speaker: jaxon
    She'll say it with a thermos in her hand. # speaker: elara
- -> a4_studio

=== a4_studio ===
# scene: architect-studio
# mood: calm
Mid-afternoon, in the studio, and Night Two's bell is eight hours off.
The room smells of cold coffee and the floor tape has started to peel.
{projection_answer == "override": The Council has sent flowers, an actual bouquet, with a card about the harmony index. Under it, from Okoro, a plain note: Not one lost on the seam. Thank you. I mean that.}
{projection_answer == "yield": The feeds call it the Night of Two Skies. Half of them call it a disaster. The other half call it the best night the city has had in years. The two halves can't agree which is which.}
{projection_answer == "weave": Your glass won't stop. People are sending you their dreams: not to use, just to show you. A drummer. A retired teacher. Hesper Lund, who sends a photograph of a boat.}
* [Answer the glass.]
    You answer three messages and then stop, because each one wants something different from you and all of them are right.
* [Turn the glass face down.]
    You turn the glass face down. It buzzes against the desk for the rest of the afternoon.
- The master file is open on the big screen. Night One, frozen at the dawn bell: {projection_answer == "override": your kaleidoscope, whole and bright, with a faint dark bruise on the right where the other half used to be.|your kaleidoscope on one side of the seam, his dreams on the other, and all the threads that crossed it.}
You scrub back to the first minute. {opening == "all": Eighty thousand people going under in one breath. You still think it's the best thing you've ever made. You're less sure what it was for. # needs: opening == "all"}{opening == "districts": The districts going in one by one, each in its own colour, slightly out of time. It looks better now than it did on the night. # needs: opening == "districts"}{opening == "kites": The kites going up first, for a boy at a window in Stack Nine. Whatever else the night was, that part was kept. # needs: opening == "kites"}
It's still good. It's not finished. Tonight it runs again, and it can't run the way it was.
* [Break it apart into tiles: a mosaic, each piece somebody's own dream, held in one frame.]
    ~ remade = "mosaic"
    ~ nudge("elara", 15)
    You start cutting. Not erasing: cutting, the way you'd cut a window. Each tile one person's dream, with its own edge, its own colour, its own small ugly corner.
    From far enough away, it's still a picture. Up close, it's a crowd.
    It's years since you designed something you couldn't predict.
* [Rebuild it whole: one design the whole city can share, with room inside it for everyone who felt split.]
    ~ remade = "whole"
    ~ nudge("elara", -15)
    You rebuild it from the floor up, bigger, with the green door and {village_thread == "smoothed": Hesper's verse, sharp this time and every word back in, the way she sang it,|Hesper's verse} and the bread staircase all inside it from the first frame, so that tonight there is no outside to be shut out in. # needs: remade == "whole"
    You have never made anything so generous. You hope that's the same as beautiful.
* [Send the files to Talon and Liora: let the people who were in it change it.]
    ~ remade = "shared"
    ~ liora_trust += 1
    ~ nudge("elara", 5)
    You pack the master file, every thread and every setting, and send it to Talon and to Liora with one line: do what you want with it.
    Within an hour Liora replies: I don't know what any of this is. I'm giving it to Oduya.
    Within two, Oduya has made the kites orange.
- {told_dream: At five you put your head down on the desk, unpatched, meaning to rest your eyes. The courtyard comes back, and the lit window, and you whistle the three notes up at it, and this time, from somewhere you can't see, two notes come back. Not the third. You wake up with your mouth still shaped for it. # needs: told_dream}
-> a4_night_two

=== a4_night_two ===
# scene: kaleidoscope-plaza
# mood: wonder
# sfx: bell
Night Two.
The plaza fills faster than it did last night, and louder. People bring their own mats now, and thermoses, and opinions. {forum_hearing:The hearing's|The forum's} one decision is painted on a bedsheet and hung from the north towers: THESE FOUR ARE THEIRS. Jaxon's people have the north towers tonight, by {forum_hearing:a motion in the minutes|a show of coats}, and {gave_schedule:this time nobody has to wait for the dark|this time not one cable had to be cut}.
{first_night == "draw": The Salt Quarter has the first hour, by the hat. They sing the net songs{village_thread == "smoothed": in Talon's key, the way he tuned them, and sing them well|, Hesper's verse and all, and the whole Salt Quarter section comes in sharp on the Friday line, on purpose}.}
{first_night == "stacks": The work songs open again, because people asked for them at the {forum_hearing:hearing|forum}. This time the towers know the chorus.}
{remade == "mosaic": Your sky comes up in tiles tonight, each with its own edge, and from the mats people point at their own.}{remade == "whole": Your sky comes up whole and wider than last night, the one you rebuilt this afternoon, and from the mats people find their own doors in it.}{remade == "shared": Your sky comes up with Oduya's orange kites in it, and Talon's edits, and three things whose makers won't own up.}
* (tent) [Watch Night Two from the Ambassador tent, beside Liora and her headset.]
    You take the folding chair beside Liora. She passes you a spare headset without looking away from the load board: every Stack, every shift, a column of numbers going up.
    Don't talk to me about the sky tonight. Talk to me about this. # speaker: liora
* (roof) [Watch from the depot roof, beside Jaxon and the north towers.]
    You climb the fire escape again. Jaxon's people are running their projectors off a board with a label that says, in Tamsin's writing, ALLOWED.
    It feels strange. Being allowed. # speaker: jaxon
* [Watch from the loom platform, beside Talon.]
    You climb the platform. Talon has his gloves on and a thermos of Tamsin's tea at his feet, and he's humming the work songs.
    Second nights are harder. The first night people forgive you anything. # speaker: talon
- -> a4_relay

=== a4_relay ===
# mood: tense
# sfx: static
Just after two, the start of the fourth hour of Night Two, the two-to-six in Stack Nine lies down. And then the thing happens that the {forum_hearing:hearing|forum} didn't think of, and neither did you.
{
- projection_answer == "override":
    Your one sky at full, and four north towers of private dreams beside it, take every tower on the plaza at full power.
- projection_answer == "yield":
    A thousand private dreams, each on its own patched projector, and your half of the sky back up beside them, cost more power than one design ever did.
- else:
    Weaving two feeds into one, live, for a second night, without smoothing a thread, takes every tower at full power.
} Two skies, yours and Jaxon's, and the plaza starts pulling capacity from wherever the DreamSync grid will give it. The grid gives it from the cheapest place first.
Your plaza is eating my relay. The two-to-six just dropped, the whole shift, every slot we've got, five minutes after they lay down. # speaker: Oduya
That's Pell's shift. # speaker: Oduya
{a4_night_two.tent: Beside you, Liora has the Stacks' column on her board going red from the bottom up. She doesn't ask you for anything. She reads the numbers out, one Stack at a time, in the voice she uses for bad scans.|On the headset, Liora is reading the Stacks' column off her load board, one Stack at a time, in the voice she uses for bad scans. She doesn't ask you for anything.}
You put the second glove on at the first bell tonight, out of habit. On the loom, in your fingers, you can feel the load: your sky on one side, Jaxon's four towers on the other, and under both of them, thin as thread, the Stacks.
* [Keep both skies at full. Let the grid take it from the Stacks until the shift is over.]
    ~ relay_cut = true
    ~ liora_trust -= 2
    ~ nudge("liora", 20)
    ~ nudge("elara", -10)
    You keep your hand closed. Eighty thousand people are under this sky and they paid a tram fare to see it. I'll make it right in the morning, you tell the headset.
    {a4_night_two.tent: Liora stops reading out numbers. # needs: a4_night_two.tent|Nothing on the line for a moment.}
    You'll make it right in the morning. Sure. # speaker: liora
    # sfx: static
    Across the city, in Stack Nine, the beds of the two-to-six go dark one after another, a row of lamps put out.
    {promised_pell: Somewhere in there a boy you made a promise to is sitting up in the dark, holding grief that isn't his. # needs: promised_pell}
* (towers_off) [Take Jaxon's four towers off the grid. The {forum_hearing:hearing|forum} gave him a night, not the Stacks' night.]
    ~ nudge("jaxon", 15)
    ~ nudge("elara", -10)
    ~ nudge("liora", -5)
    You find his four towers on the loom, where they're tied into the plaza's grid, and pull.
    # sfx: shatter
    The north towers go black. The bedsheet that says THESE FOUR ARE THEIRS hangs over nothing. {a4_night_two.roof:Along the parapet beside you|On the depot roof} a voice shouts your name, and it isn't a cheer.
    Shift's back. They're back under. # speaker: Oduya
    {jaxon_trust >= 2: {a4_night_two.roof:Jaxon doesn't look at you. Then, low, only to you|Your glass lights with one line from Jaxon}: you could have asked. Then, a minute later: I'd have said yes. That's what I'm angry about.|{a4_night_two.roof:Beside you Jaxon says nothing at all|From the depot roof, nothing}. The four towers stay dark, and so does he.}
* (dimmed_own) [Dim your own sky to half, and leave his towers and the Stacks alone.]
    ~ liora_trust += 1
    ~ nudge("liora", -15)
    ~ nudge("elara", 10)
    ~ nudge("jaxon", -10)
    ~ nudge("talon", 5)
    You open your hand halfway.
    Half? Elara, it's the centerpiece. # speaker: talon
    Half, Talon. # speaker: elara
    The sky over the plaza drops to a deep, dim ember. Eighty thousand people groan, and then their eyes adjust, and the colours are still there, just quieter. The four north towers burn on beside it, brighter now than your half.
    Shift's back. They're back under. # speaker: Oduya
    {a4_night_two.roof:Beside you Jaxon stands up from the parapet|On the depot roof Jaxon stands up} and looks at your dimmed sky a long time, holding something heavy he hasn't decided where to put down. Then his own four towers dip a notch, without anyone asking them to.
* (both_dimmed) [{a4_night_two.roof:Turn to Jaxon|Call Jaxon on the open channel}: both skies go down a third, his and yours, together.]
    ~ liora_trust += 1
    ~ jaxon_trust += 1
    ~ nudge("jaxon", -15)
    ~ nudge("liora", -10)
    ~ nudge("elara", 5)
    Jaxon. The Stacks are paying for both of us. A third off yours, a third off mine, on three. # speaker: elara
    {jaxon_trust >= 3: He is counting before you finish.|{a4_night_two.roof:He takes a breath|There's a breath on the line}, long enough to hear the whole roof listening to him.}
    One. Two. # speaker: jaxon
    On three his towers and your sky go down together, and the plaza, seeing both halves dim at once, goes quiet instead of angry.
    Shift's back. They're back under. # speaker: Oduya
    {jaxon_trust >= 3: I'd have done it without the count, you know. # speaker: jaxon|Don't make a habit of it. # speaker: jaxon}
* {pledged_relay} [You pledged the Stacks the surplus. Give them all of it, and the plaza's share too.]
    ~ liora_trust += 2
    ~ nudge("liora", -20)
    ~ nudge("elara", -5)
    I pledged the Stacks the surplus, on the record. Give it to them. The plaza's share too. Whatever Stack Nine needs comes first. # speaker: elara # needs: pledged_relay
    The plaza dims, and the crowd murmurs, and in your ear Oduya laughs out loud.
    She wrote it where I could read it. Doctor, she actually wrote it down. # speaker: Oduya # needs: pledged_relay
    I heard. # speaker: liora
    She sounds like someone who's been carrying something heavy up forty flights and has just been told there's a lift.
- {liora_trust >= 2: {a4_night_two.tent: Liora leans over, away from the clinic channel, and adds one more thing just to you:|Before she signs off, Liora adds one more thing, off the clinic channel, just to you:} I won't forget which way your hand went tonight. That's a compliment. Mostly.}
{liora_trust <= 0: {a4_night_two.tent: Liora takes her headset off and sets it on the table without another word.|Liora clicks off without another word.} You've heard her warm and you've heard her cold; this is neither. She has started doing sums that don't have you in them.}
-> a4_seam_line

=== a4_seam_line ===
# scene: kaleidoscope-plaza
# mood: tense
# sfx: crowd
Later in the fourth hour the halves stand up again. Not over the sky this time: over the Stacks.
{relay_cut: Word has gone round the mats that Stack Nine went dark so the plaza could stay bright. Half the crowd wants to walk out over it; the other half wants the walkers to lie down and stop spoiling the night.|{a4_relay.towers_off: Word has gone round the mats that the Architect pulled Jaxon's towers for the Stacks. Half the crowd says that's only fair; the other half says the {forum_hearing:hearing's|forum's} word lasted less than a day.|Word has gone round the mats that the plaza was dimmed for the Stacks. Half the crowd says that's only fair; the other half paid a tram fare to see a sky.}}
They face each other across the line where the two skies meet on the stone.
{
- relay_cut:
    {a4_night_two.tent: The chair beside you is empty. Liora's headset lies on the table where she left it.|The Ambassador tent by the east steps is empty. Liora's headset lies on the table where she dropped it.} She has gone out to the Stacks on the back of an Ambassador's bicycle, since no tram runs there on a festival night, to sit on the stairs of Stack Nine with a whole shift you routed into the dark.
- else:
    {a4_night_two.tent: Liora can't leave the board. She has Oduya in her ear and the Stacks' load in front of her, shift by shift, and she doesn't take her eyes off it.|Liora can't come down. She's at the Ambassador tent with the headset on and Oduya in her ear, holding the Stacks' load shift by shift, and she doesn't take her eyes off the board.}
}
So there is no doctor with a borrowed microphone tonight.
* [Call Okoro: “Sefa. Are you seeing this?”]
    Sefa. Are you seeing this? # speaker: elara
    I've been seeing it for twenty summers, Elara. Watch. # speaker: Ambassador Okoro
* [Say nothing, and watch the line get narrower.]
    You say nothing. {a4_night_two.roof: From the parapet|{a4_night_two.tent: From the tent|From the platform}} you can see the gap between the halves, a metre of stone, and then less.
- Okoro doesn't send for one. She takes her scarf off, ties it round her wrist, and walks out onto the seam.
Her Ambassadors follow her from every tenth mat, yellow at the throat, and stand along the seam with their arms linked: a line of bus drivers and retired teachers and night nurses, half of them facing each way.
Twenty summers I've stood on this line. It used to be shields. Scarves work better. People don't throw bottles at their aunt. # speaker: Ambassador Okoro
Nothing gets thrown. The halves don't move back, though. They stand a metre from the scarves and shout over them, and {a4_night_two.roof: beside you on the tram depot roof Jaxon stands at the parapet with his hands in his pockets, not going down|on the tram depot roof Jaxon stands at the parapet with his hands in his pockets, not coming down}.
* [Go down and take a place in the line, between two Ambassadors.]
    ~ nudge("elara", -10)
    You take off the headset and go down. A man in a yellow scarf, sixty at least, shifts over without a word and links his arm through yours. His hand is dry and warm.
    First time, he says, not asking. Keep facing both ways. It gets easier. It never gets easy.
    You stand on the seam for an hour with the Architect's badge on your coat. Not one thing is thrown at the line. On both sides, one at a time, people start sitting back down, because their legs are tired and the line isn't going anywhere.
* [Duck under the scarves and sit down among Jaxon's people.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 10)
    ~ nudge("jaxon", -5)
    You duck under the linked arms, which the yellow scarves do not approve of, and sit down cross-legged on the cold stone under the rough half of the sky.
    The people there look at the Dream Architect sitting on their stone, and some of them laugh, and a woman in a Fenwright drum jacket hands you the lid of her thermos.
    On the depot roof, Jaxon sees you. After a while he sits down too, at the edge, legs over the drop.
* {a4_night_two.roof} [Ask Jaxon to come down with you and stand on the seam.]
    ~ nudge("jaxon", -5)
    {jaxon_trust >= 2:
        ~ jaxon_trust += 1
        He looks at the line for a long moment. Then he goes down the fire escape ahead of you, two rungs at a time, as if he might change his mind if he went slower, and you cross the plaza together and stand on the seam with Okoro's people on either side.
        Is this the part where we say something? # speaker: jaxon
        No. This is the part where we stand here. # speaker: elara
        So you stand there, the two of you, and the halves of the crowd look at the pair of you standing still, and lose the thread of their shouting.
    - else:
        Not tonight. They're not shouting about the sky. They're shouting about the Stacks, and that one isn't mine to stand on. # speaker: jaxon
        He stays at the parapet. After a while, so do you.
    }
* {not a4_night_two.roof} [Call Jaxon on the headset and ask him to come and stand on the seam with you.]
    ~ nudge("jaxon", -5)
    {jaxon_trust >= 2:
        ~ jaxon_trust += 1
        He doesn't answer. He comes down the fire escape instead, and crosses the plaza, and stands on the seam beside you with Okoro's people on either side.
        Is this the part where we say something? # speaker: jaxon
        No. This is the part where we stand here. # speaker: elara
        So you stand there, the two of you, and the halves of the crowd look at the pair of you standing still, and lose the thread of their shouting.
    - else:
        The call rings out. On the roof, Jaxon looks at his glass, and turns it face down on the parapet, and stays where he is.
        He'll come down when it's his idea. They always do. # speaker: Ambassador Okoro
    }
- It holds. Not because anyone said a true thing into a microphone, but because several hundred people in yellow scarves stood still for long enough that standing still became the thing to do.
{promised_pell: {relay_cut: On your glass, from Liora, one photograph and no words: a stairwell in Stack Nine, and a boy asleep on a coat on the fourth step.|On your glass, from Liora, one photograph and no words: a window in Stack Nine, and a boy asleep against it, {first_sketch == "kites" or remade == "shared":kites still going in the sky behind him. # needs: first_sketch == "kites" or remade == "shared"|the sky still going behind him.}}}
-> a4_threads

=== a4_threads ===
# scene: split-projection
# mood: wonder
Up on the loom platform Talon is working without anyone telling him to.
{projection_answer == "override": {remade == "whole": He's holding your rebuilt design over the plaza, the door and the verse already inside it, arms shaking, and he has started, very quietly, letting in the threads you didn't build room for.|He's holding your design over the plaza again, arms shaking, but he has started, very quietly, to let a few of the rough threads leak back through.}}
{projection_answer == "yield": Your half of the sky is only half tonight, by the forum's say-so, and he has started lifting single threads of it across, very faintly, and laying them in the gaps between Jaxon's dreams.}
{projection_answer == "weave": He has half of Jaxon's dreams in the weave already, and he's singing under his breath, something from the Stacks tape.}
{remade == "whole": Thread by thread, the rest crosses over: the cliff made of teeth, a mother's kitchen at four in the morning, a bicycle with too many wheels, everything your generous design had no room for.|Thread by thread, things are crossing over: Hesper's sharp verse running under your colours, the bread staircase leaning against a Verrier tower, the green door standing open in the middle of your design.}
He sees you looking.
I can make it one picture. Give me ten minutes and the seam will be gone, tonight and on the Last Night too. Or I can leave the seams in. Don't tell me it's up to me. It's your design; I just have the hands. # speaker: talon
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
    Blend it. They've had two nights of being split. Give them one picture to carry home. # speaker: elara
    {projection_answer == "weave": You told me not one thread. # speaker: talon}
    {projection_answer == "weave": I know what I told you. Look at them, Talon. They're exhausted. Let them have one thing that holds. # speaker: elara}
    Ten minutes. Watch. # speaker: talon
    He's as good as his word. The seam softens, and softens, and disappears. The green door is still there, but it's the same colour as everything else now. It looks like it was always meant to be there, and the crowd, looking up, lets out a breath it has been holding since the third hour of Night One.
* [Climb up, gloved, and weave beside him.]
    ~ seams = "woven"
    ~ nudge("talon", -5)
    ~ nudge("elara", 5)
    You climb the platform ladder, the second glove already on your hand. He makes room without a word.
    You've never woven live in front of a crowd. Your threads are clumsy, and his are beautiful, and where they cross the sky does something neither of you meant: a knot of colour, lopsided, alive.
    See, that's the bit I couldn't have done alone. # speaker: talon
- -> a4_dawn

=== a4_dawn ===
# scene: kaleidoscope-plaza
# mood: calm
# sfx: bell
The dawn bell of Night Two, and you don't watch the sky go. You're too tired to look up.
The announcer is walking the rows with her microphone switched off, asking people one question as they roll their mats, and writing the answers on the back of her running order: what was it?
* [Walk the rows with her and listen.]
    You fall in beside her. She doesn't tell you to go away. She holds the running order so you can read it as she writes: three words from a bus driver, a drawing from a child, a woman who says, not yet.
* [Go and take the glove back to the loom.]
    You climb the platform with the second glove in your hand. Talon takes it without a word and lays it beside his own, palms up, the way you'd set down two cups.
- Then the city starts to decide what the two nights were. Not for good: there's still the Last Night. But it starts.
~ night = festival_outcome()
{night == "mosaic-coops": -> a4_dawn_mosaic}
{night == "grand-design": -> a4_dawn_grand}
{night == "split-screen": -> a4_dawn_split}
-> a4_dawn_dark

=== a4_dawn_mosaic ===
# mood: hope
The crowd stays put, at first.
People who were shouting at each other at the third hour are sharing thermoses. A Fenwright drummer is trying to teach the bread-staircase woman a rhythm and failing.
{crowd_swapped: Strangers are still telling strangers what they dreamed, as they started to on Liora's say-so on the first night, and then, because it's dawn and everyone's tired, telling them other things too. # needs: crowd_swapped|Hardly anyone swapped dreams when Liora asked them to, on the first night. They're doing it now, across the scarves, on their own, sleepy and shy about it.}
{projection_answer == "override": It surprises you. You held the sky. But the threads leaked back all night{jaxon_trust >= 2:, and Jaxon got his corner}, and the crowd seems to have noticed that it was given back what it lost.}
{projection_answer == "yield": It surprises you. You gave the sky away. {jaxon_gave_half: But he handed half of it back, in front of everyone, and that, it turns out, is what they'll remember. # needs: jaxon_gave_half|But the forum handed half of it back the next morning, by {forum_hearing:a motion|a show of coats}, and that, it turns out, is what they'll remember.}}
A man rolling up his mat asks the announcer whether it's allowed to have liked both halves. She writes it down. Put that first, he says. Put me down as both.
{relay_cut: Across the plaza Jaxon is sitting on the east steps next to Okoro, who has her scarf back round her neck.|Across the plaza Jaxon is sitting on the east steps next to Liora, who has her headset round her neck at last.} She's talking. He's listening. You've never seen him listen for that long.
Talon comes down the loom ladder with his gloves still lit and hugs you so hard your feet leave the ground.
* [Hug him back.]
    You hug him back. He smells of hot wire and almond pastry.
* [Laugh and make him put you down.]
    Put me down, you absolute foghorn. # speaker: elara
    He does, eventually, after one more spin for the crowd.
- -> a5_second_forum

=== a4_dawn_grand ===
# mood: wonder
The crowd rises as one and makes the same soft sound, and goes home in the same direction, humming the same song.
It was beautiful, they tell each other, in almost the same words. Okoro's people report not one sleeper lost on the seam. {relay_cut: Nobody on the plaza says Stack Nine. You hear it once, from a scarf talking into her glass, and she lowers her voice to say it.|On the east steps someone from the Stacks has chalked PELL'S SHIFT with a tick beside it, and people step round it on their way to the trams.}
{projection_answer == "weave" and seams == "blended": Talon promised not one thread, and kept it until you asked him to blend. From the ground you can't see where Jaxon's dreams went in. That is the point of blending.}
{projection_answer == "weave" and seams != "blended": Talon kept his word: not one thread smoothed. It didn't matter. People looked up at a sky full of seams and saw one picture, because one picture was what they had come for.}
{projection_answer == "yield": You gave the sky away, and the city gave it back to you: at the fifth hour people started lying down under the last of your colours, one mat at a time, until only his own people were watching his half.}
Near the tram stop a father is telling his son that the bit in the middle of Night One was a glitch, and they fixed it. It was a door, the boy says. It was a glitch, says the father, and they fixed it, and lifts him onto the tram.
You look for Jaxon.
The tram depot roof is empty, the north towers already unplugged. Someone has left a green leaflet on the east steps. By the time you reach it, a cleaning drone has taken it.
Talon comes down the ladder shining with it.
* [Let him hug you, and say nothing about the leaflet.]
    You let him hug you, and you don't say anything about the leaflet.
* [Tell him Jaxon's gone.]
    Jaxon's gone. # speaker: elara
    Talon's face falls, honestly, for a second.
    He'll be at the forum. He's always at the forum. And there's the Last Night; everyone comes back for a Last Night. # speaker: talon
    You hope that's true. You're less sure it should be.
- -> a5_second_forum

=== a4_dawn_split ===
# mood: somber
The crowd doesn't leave together. It leaves in pieces.
People walk home in little knots, each knot arguing about a different half of the sky.
A woman dances on her own on the tram platform to no music at all. A man shouts at a projector tower until his voice goes.
Two friends who came together walk home on opposite pavements, and neither of them crosses.
{projection_answer == "weave": Talon wove them in, not one thread smoothed, just as he promised. But a weave is only one picture if people look at it together, and by the fifth hour they had stopped looking at the same part.}
{projection_answer == "override": You held one sky on Night One. Tonight it held until the dawn bell, and not a minute longer.}
Same time tomorrow? one of them shouts across the road. Which half? the other shouts back, and it isn't a joke, and neither of them laughs.
{a4_relay.towers_off: The north towers are dark where you pulled them. At their feet people have set hand projectors on the stone, small and rough, and put the private dreams back up by hand. # needs: a4_relay.towers_off|The north towers are still running, the last projectors on the plaza that haven't gone pale, as the forum gave them for the whole of the night.} People stand under them in ones and twos, looking at their own.
Talon sits at the top of the loom ladder and doesn't come down. Jaxon, on the tram depot roof, raises a hand to you. You can't tell if it's a wave or a question.
* [Wave back.]
    You wave. He lowers his hand, and you don't know what you've answered.
* [Climb the ladder to Talon instead.]
    You climb up to Talon. He doesn't say anything. He moves over on the platform so you can sit, and you watch the plaza empty together.
- -> a5_second_forum

=== a4_dawn_dark ===
# scene: underserved-zone
# mood: somber
The plaza cheers the dawn. The Stacks don't hear it.
{relay_cut: In Stack Nine the relay never came back. The whole two-to-six shift fell out and sat in the dark holding strangers' grief until the sun came up. |In Stack Nine the relay came back, and the shift went under again, on power the plaza handed down. But by dawn the feeds were already calling it the plaza's night, as if the Stacks had been somewhere else.}
You take the first morning tram out, the first that runs to the Stacks since the bell. Liora is on the laundromat step with a cold cup of tea.
{a1_clinic.asked_stacks: You asked me once what the Stacks would dream if no one upstairs chose it. # speaker: liora # needs: asked_stacks_dream|Nobody upstairs ever asks what the Stacks would dream if they chose it. # speaker: liora}
{
- relay_cut:
    Tonight they got to find out. They dreamed nothing. # speaker: liora # needs: relay_cut
- else:
    Tonight they dreamed because someone upstairs remembered us in time. # speaker: liora
}
{not relay_cut: You kept the relay on. I know. It isn't about tonight. It's about every Monday after every festival, and a city that only remembers us when you're in the room. # speaker: liora}
Oduya is on the roof, taking the rope off the relay dish.
Not fixing it. Taking it down.
* [Sit down on the step beside Liora.]
    You sit. She doesn't tell you to go. She doesn't offer you tea, either.
* [Climb up to the roof and ask Oduya to stop.]
    You climb the forty flights. Oduya hears you out, coils the rope, and hands it to you.
    Souvenir. # speaker: Oduya
- Up on the plaza, on your glass, the announcer's running order is going round the feeds with the answers on it. Lovely, most of them say. Best yet. Down here the laundromat radio reads them out, and a woman folding sheets by the dryers says: whose?
-> a5_second_forum
