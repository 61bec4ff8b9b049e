// The four cities Kaleidoscope Nights can leave behind, one knot per outcome of the rule, each with an
// act-5 epilogue for Elara, Jaxon, Liora and Talon. No nudges here: the outcome is already decided.

=== ending_mosaic_coops ===
# scene: forum
# mood: hope
# sfx: applause
Oduya comes out first, with Pell on his shoulders, both of them shouting the number.
The Co-op Charter passes.
{forum_vote == "unified": It isn't what you stood up for. Your hand went up for Okoro's plan, and most of the depot's hands went up for the Stacks' own switch, and Okoro, watching them, changed her mind before you did.}{forum_vote == "alone": The Right to Dream Alone, the leaflet you stood up for, goes into it whole as clause nine: any sleeper, any night, at no cost to anyone's slot. Jaxon reads it twice.}
* [Find Liora in the crush.]
    You find Liora by the counting machine, holding her folder against her chest with both arms like a child with a cat. She doesn't say anything. She lets you stand there.
* [Find Okoro.]
    You find Okoro already on her glass, scheduling Ambassadors for forty-one relays that don't exist yet.
    Well. Somebody has to sit on their stairs. # speaker: Ambassador Okoro
- {coop_charter: Your name is on the first page, and your signature is under it.|{a4_liora.offered_name: Your studio's name is on the first page, in pen, from the laundromat draft, though it was the Stacks' own votes that carried it.|Your name isn't on it. The Stacks carried it on their own votes, and that turns out to be the better story.}} Okoro votes for it at the last moment and brings the Ambassadors with her: a yellow scarf in every co-op, on the stairs, for the nights someone falls out anyway.
{night != "mosaic-coops": On the night itself, it hadn't looked like this. It took three weeks of forums, a thrown shoe and a counting machine that had to be hit to turn the night into something people could live in.}
# scene: dream-coop
Within a year there are forty-one Dream Co-ops. Each owns its relay. Each votes on its nights. Most nights, most of them vote to join DreamSync's city night. Some nights, some of them don't, and they keep their slots.
Next Kaleidoscope Nights, the sky is a mosaic: every co-op builds one tile, and you build the frame.
* [Build the frame out of old festival wire.]
    You build it out of the wire from Talon's first gloves. It hums faintly when the bell goes.
* [Build the frame plain, so the tiles do the talking.]
    You build it plain. Nobody looks at the frame. That was the idea.
- Elara.
{remade == "mosaic": The tiles you cut the week after the night become the frame's first row.|{remade == "whole": You had rebuilt the night whole, the week after. You take it apart again, gladly, tile by tile.|Oduya's orange kites are in the frame's first row. He insists on the credit.}} Critics call it your mosaic period. You call it listening.
{jaxon_invited: Your first commission after the forum is signed by two architects, and one of them insists on the green door.|You ask Jaxon to build the next one with you. He says ask me in spring. You ask him in spring. He says yes.}
{told_dream: Some nights you sync. Some nights you take the staircase all the way down, alone, to a blue door you still haven't opened.}
* [Sign the frame.]
    You sign the frame, small, in the bottom corner, where a green door used to be.
* [Leave the frame unsigned.]
    You leave the frame unsigned. Everyone knows whose it is. That's enough; it turns out that's plenty.
- Jaxon.
The forums keep going, every Tuesday, long after the vote. The Sleepless Sanctuary becomes a co-op of its own, the only one whose members vote every week to stay awake on Tuesdays. Jaxon chairs the meetings badly and happily. {mocked_jaxon and apologised_tamsin: Tamsin keeps the minutes. She has forgiven you the insomnia joke, formally, in writing, in the minutes.}{mocked_jaxon and not apologised_tamsin: He never quite lets you forget the insomnia joke. He tells it himself now, better.}
He still hasn't dreamed the green door. He has started dreaming a boat shed, though. Getting closer, he says.
* [On the first night of the co-ops, sync with the city.]
    You sync with the city that night, and the dream is full of other people, and for the first time you can tell them apart.
* [On the first night of the co-ops, sleep alone and see what comes.]
    You sleep alone that night. You dream something crooked and small and yours, and in the morning, over tea, you tell Talon about it.
- Liora.
Her landmark policy goes through the Council the following spring: a slot for every bed, paid by the city, owned by the building. Stack Nine's relay has real brackets now. The rope hangs in the laundromat window, framed, with a label in Oduya's writing: NEVER AGAIN.
{promised_pell: Pell sees the kites the whole way through, every single time they run. He is, he says, a bit bored of kites now.|Pell sleeps a full night for the first time he can remember.} Liora sleeps a full night for the first time in twelve years. She says it's overrated. She does it again the next night.
Talon.
The DreamCraft workshops spread to every co-op in the city. {workshop_rule == "own": On every wall, in letters a metre high: EVERYONE WEAVES THEIR OWN THREAD FIRST.}{workshop_rule == "together": On every wall, in gold, with the flourish on the W: NO ONE WEAVES ALONE. Under it, in someone else's hand: BUT YOU CAN START.}{workshop_rule == "none": On every wall, in a careful hand: BRING SOMETHING WET. Its meaning is still disputed. Everyone does it.}
One night a week, Talon doesn't sync. The first time, he calls you at three in the morning.
* [“What's in the room?”]
    Well? What's in the room? # speaker: elara
* [Say nothing. Let him tell it.]
    You say nothing. You let him breathe on the line until he's ready.
- It's not an empty room. It's a small room with a lot of people in it, and none of them are counting. # speaker: talon
Neo-Unity goes on dreaming, together and apart, and you can't tell anymore which one is the festival.
-> END

=== ending_grand_design ===
# scene: forum
# mood: wonder
# sfx: applause
Unified Access passes by a landslide. The applause goes on so long that the counting machine, finally, stops needing to be hit.
{forum_vote == "alone": Your hand was up for the Right to Dream Alone. Four hundred others were up with it, out of nine thousand. Jaxon folds his leaflet into his pocket like a receipt and claps for Okoro anyway, because she has earned it and he knows it.}{forum_vote == "unified": You backed it. Your hand is still half up when the count comes in, as if you'd forgotten it there.}
* [Shake Okoro's hand.]
    You shake Okoro's hand. Hers is dry and strong and smells of patch adhesive. She holds on a second longer than she needs to.
    Thank you. I'm going to sleep for a year. # speaker: Ambassador Okoro
* [Look for Liora.]
    Liora is already at the door. She lifts a hand to you, not unkindly, and goes out into the amber.
- {coop_charter: Liora's charter passes too, by the skin of its teeth, because you signed it at the lectern and half the depot followed your pen. So the Stacks will hold their own switch. And every week, at their own meetings, they vote to keep it on.}
{night != "grand-design": On the night it had looked like something else. Three weeks of forums later, most of the city wanted one thing: to lie down together and not be dropped.}
# scene: skyline
By winter every bed in Neo-Unity is on the DreamSync relay. No one falls out. Okoro's night shifts go from four thousand calls to forty, then to four. She retires in the spring, as she said she would, sleeps in the Sync every night, and calls it her first holiday since the riots.
The summer riots don't come back. Neither does the sync-lag: no child in the Stacks wakes up holding a stranger's dead dog. Something else goes quiet too, the crooked private dreams, the ones no relay carries, and it takes the city a year to notice.
Elara.
Your studio designs the city's nights now, every night, for all of it. {remade == "whole": The whole design you rebuilt after the festival, with the green door and the drowned village inside it from the first frame, runs on the first night of winter.|You are very good at it.} Your nights are the best anyone has ever slept, and the kindest.
{told_dream: The staircase into the sea never comes back. You stop looking for it around spring.} {first_sketch == "door": The little green door is still there in the bottom corner of the master file. It has never been found. You haven't deleted it. It is the last private thing you own.}
* [Keep the old sketches on the studio walls.]
    You keep the old sketches up: the plaza, the split, the first tiles. Visitors think they're decoration.
* [Clear the walls for the winter work.]
    You clear the walls. The tape leaves pale squares where the festival was, and you find you like the squares.
- Jaxon.
{coop_charter: The forums go on, in the Stacks, where the co-ops meet to vote on their switch.|The forums thin out by the new year. There's less to argue about.} {jaxon_trust >= 3: Jaxon comes back to the Sync in the end, one winter night, quietly. He sends you a message the next morning: I missed it. God help me. There was a boat in it. Not mine. Close.|Jaxon leaves the city for the coast, where the relay doesn't reach, to look for the boat shed. He sends you one photograph: a white wall, and no door in it at all.}
* [That night, sync with the city, the way everyone does.]
    You sync that night, and the dream is beautiful, and everyone in it is kind, and in the morning you remember the warmth of it much better than any face.
* [That night, stay awake past the second bell, the way you once did.]
    You stay on the balcony past the second bell, the only lit window on the forty-first floor, and you watch the whole city breathe as one. It is the most beautiful thing you have ever made. It frightens you a little.
- Liora.
Every bed in Stack Nine has a slot. Pell sleeps through every night. Liora is grateful, and says so, and means it.
{coop_charter: She keeps the co-op's switch oiled, and never touches it. It matters to her that she could.|She keeps a notebook in the laundromat where patients write down the dreams they remember that were only theirs. Every month, it gets thinner.} Falling out of the Sync is history. So, mostly, is stepping out.
Talon.
* [Ask Talon to weave the first winter night with you.]
    He says yes before you've finished the sentence.
* [Let Talon weave the first winter night alone.]
    He weaves it alone, and calls you at dawn to ask if it was all right. It was better than all right.
- For a year he is the happiest man in Neo-Unity. He weaves the city's nights with you, and the crowds are enormous, and every child in them is the first.
{village_thread == "smoothed" and remade == "whole": One night he goes looking for Hesper's thread, to see how she's doing. He finds it grey-green and cold, church bell and all, the one thread in the winter design you put back the way she lived it. He sits with it a long time.}{village_thread == "smoothed" and remade != "whole": One night he goes looking for Hesper's thread, to see how she's doing. He finds it, pale blue, sleeping well. He sits with it a long time.}{village_thread != "smoothed": One night he goes looking for his own thread in the weave, just to see it. He can't tell which one it is, and decides, after a while, that he doesn't mind.} {projection_answer == "weave": He doesn't talk about the night he promised not one thread. You don't either.}
Neo-Unity dreams as one, gently, every night, and in the morning it is kinder to itself than it has ever been, and a little less surprised.
-> END

=== ending_split_screen ===
# scene: forum
# mood: tense
# sfx: shatter
The vote splits the depot down the middle.
Nothing carries a majority, so everything does: the Right to Dream Alone, a piece of Liora's charter, a piece of Okoro's plan, nailed together at midnight by people too tired to argue.
{forum_vote == "unified": Your hand went up for Okoro's plan, and half the depot's went up with it, and half is not enough for every bed in the city.}{forum_vote == "charter": Your signature is on Liora's charter, and the charter gets its piece: a switch for any Stack that asks. Within a season most of them have asked.}{forum_vote == "alone": The Right to Dream Alone, the one you backed, is the only clause no one tries to cut.}
* [Stay and help nail it together.]
    You stay until two, drafting clauses on the back of a leaflet with Jaxon on one side and Okoro on the other. It's the best committee you've ever sat on, and it makes something nobody in it wanted.
* [Walk out before the signing.]
    You walk out before the signing. Behind you the depot is still arguing. It will be arguing, in one way or another, for years.
- {night != "split-screen": On the night itself it had looked like the sky might hold. It didn't hold the weeks after.}
# scene: split-projection
Within a season, half the city has unpatched.
DreamSync splinters into ten thousand private channels: a street, a family, one person alone in a tower with a dream they will never have to share.
Next Kaleidoscope Nights there is no sky over the plaza. There are thousands of small projections, each over its own knot of people, none of them touching.
The riots come back that summer, small ones. So does everything else: music that fits no category, paintings of dreams only one person had, arguments in every café.
Elara.
You design for one sleeper at a time now, private commissions, one person's night built like a room for them alone. {remade == "mosaic": The tiles you cut after the festival turn out to be the first of them.} The work is the best you have done. It is very quiet in the studio. {told_dream: You take the staircase all the way down most nights. The blue door at the bottom is open now. Behind it is the sea.}
* [Take every commission that comes.]
    You take them all. A widower's kitchen. A girl's imaginary horse. A man who wants to dream of being bored, just once, safely.
* [Take only the ones that frighten you.]
    You take the frightening ones. They are the only ones that feel like the festival did.
- Jaxon.
He got what he asked for, and has no idea where to put it. {jaxon_invited: The file you started together sits half finished. Neither of you can agree which half.} The forums stop meeting by midsummer: everyone has their own channel to argue in.
Then, one night in autumn, the green door comes back. He opens it. Inside is his father's boat shed, and the smell of tar, and him, alone.
He wakes up with the whole thing in his chest and nobody next door to tell. So he tells you, at four in the morning, and you listen, and for an hour it's like the testing chair again.
* [After he hangs up, sync with whoever's still out there.]
    You find a channel still running at that hour, twelve strangers dreaming of a night market, and you slip in. They don't know who you are. It's nice. It's not the city.
* [After he hangs up, go back to your own dream.]
    You go back to your own dream, the one that is only yours, and it's waiting where you left it, like a room with the light on.
- Liora.
The Stacks got their slots, in the end, cheaper than anyone expected: private channels are cheap. Pell dreams alone now, every night, the whole way through.
Liora opens a new kind of clinic: for people who haven't shared a dream in months and have forgotten how to talk to the people next door. Okoro's Ambassadors send her their referrals; there are more of them every week. {coop_charter: The piece of her charter that survived lets Stack Nine sync with itself one night a month. The queue for that night goes round the block.|It is the busiest clinic she has ever run.}
Talon.
* [Go and hear Talon play for one of his small rooms.]
    You go. There are nine people in the room and one of them is asleep in a chair, and Talon plays as if it's the plaza.
* [Leave Talon to his small rooms.]
    You don't go. He doesn't ask you to. That's new.
- He keeps the loom, but there are no crowds to weave anymore. He plays in small rooms, for ten or twenty, and weaves them each a separate thread, and leaves the seams showing because these rooms would stand for nothing else.
{forum_speech == "apart": He says you were right at the forum, in the voice people keep for weather they don't enjoy.|He says the city got lonely. He says it like it's his fault.} One night a week he goes to the plaza and stands where the sky-screen used to be.
Neo-Unity dreams in ten thousand pieces, all of them true, and hardly any of them together.
-> END

=== ending_lights_out ===
# scene: forum
# mood: somber
# sfx: static
The vote doesn't matter much, in the end.
By the time the counting machine finishes, the Stacks have gone.
{forum_vote == "charter": Your signature is on Liora's charter, and it passes, for Stacks that are already unbolting their dishes. She had made up her mind on the night. She had seen signatures before.}{forum_vote == "unified": Okoro's plan passes, every bed on the relay by winter, and the beds it was for have already been carried off it.}{forum_vote == "alone": The Right to Dream Alone passes. In the Stacks, nobody needs it any more.}
* [Take the next tram out.]
    You take the next tram out. It is almost empty. The driver doesn't bother with the Stack stops anymore; you have to ask.
* [Call Liora.]
    You call Liora. It rings out. You call Oduya. He answers, and listens.
    She's busy, Architect. We're all busy. # speaker: Oduya
- {relay_cut: After the night the relay failed, the DreamSync Authority declared the Stack dishes unsafe, pending upgrade. The upgrade never came.}
{not relay_cut: Liora took Stack Nine off the city grid herself, and a dozen other Stacks followed her within the month. If the city only holds us when someone upstairs remembers to, we'll hold ourselves, she said, and at first it even worked.}
{liora_trust <= 0: She didn't call you before she did it. You heard from Oduya, who heard from the feeds.}
# scene: underserved-zone
Upstairs, the city syncs every night in amber, and its dreams are lovely. In the underserved zones, the relay dishes sit dark on the roofs, rope and all. The Stacks don't dream with the city anymore. Most nights, most of them don't dream at all.
{night != "lights-out": On the night itself it hadn't looked like this. The lights went out slowly, one Stack at a time, in the weeks everyone upstairs spent arguing about the sky.}
* [Read what the feeds say about the Stacks.]
    The feeds say the Stacks chose this. The feeds are half right, which is the worst way to be right.
* [Don't read the feeds.]
    You don't read them. You know what they'll say, and you know who they'll quote.
- Elara.
You take the tram out every week. You aren't especially welcome. You go anyway. {apologised_relay: Liora let you apologise once. She doesn't let you do it twice.} Upstairs your nights still run, and people still nod to each other on the tram because they stood on the same hill of kites. You can't sleep through them anymore. You lie awake and count the Stacks.
Jaxon.
He moves into Stack Nine and runs the forums in the courtyard now, awake, in the dark, like the Sanctuary but poorer. A sanctuary, he says, where no one chose to be sleepless.
{told_dream: He asks you, once, to tell the courtyard about the staircase. You do. Forty people sit in the dark and listen to the Dream Architect describe a dream she had alone, and there's no applause, and it's the best reception anything of yours has ever had.}
* [Stay in the Stacks tonight, and sleep without the Sync.]
    You sleep on Liora's clinic couch under a stack of files, unsynced, with the dryers going. You dream of nothing. In the morning Pell brings you tea and asks what you dreamed, and you tell him the truth.
* [Go home tonight and sync, and feel what they're missing.]
    You go home and sync with the city, and it's warm and enormous and kind, and the whole time, under it, you can feel the shape of the Stacks that aren't there, like a missing tooth.
- Liora.
She runs a clinic for sync withdrawal now, and, with Oduya, a mesh built from salvaged dishes that carries forty sleepers on a good night. Okoro comes down on her days off, in her scarf, and sits on the stairs with the ones who fall out of the mesh. {coop_charter: The charter passed upstairs, with your name on it, for a city that no longer had the Stacks in it. She keeps her copy anyway.}
The first night the mesh works, forty people in Stack Nine dream the same small dream: the courtyard, at night, with the washing up.
It's not the city. It's ours. # speaker: liora
{promised_pell: Pell never did see the kites the whole way through.|Pell is one of the forty.}
Talon.
* [Ask Talon to come with you on the tram.]
    You ask Talon to come with you. He comes. He has never been this far out on the line.
* [Let Talon find his own way out to the Stacks.]
    He finds his own way, in the end.
- He comes to the Stacks with a box of wire gloves and teaches the children to weave awake, in daylight, on the courtyard wall, with chalk. {village_thread == "asked" or village_thread == "kept": Hesper comes too, on the tram, every Thursday, to teach them how to draw water.}
He says, once, that he always thought the worst thing was to be alone in a dream. He's found out it's worse to be left out of one.
Neo-Unity dreams on in amber, the whole city as one, except for the parts of it that went dark, which can't be seen from the forty-first floor.
-> END
