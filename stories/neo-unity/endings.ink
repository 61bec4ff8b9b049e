// The four cities Kaleidoscope Nights can leave behind, one knot per outcome of the rule, each with an
// act-5 epilogue for Elara, Jaxon, Liora and Talon. No nudges here: the outcome is already decided.

=== ending_mosaic_coops ===
# scene: forum
# mood: hope
# sfx: applause
Oduya comes out first, with Pell on his shoulders, both of them shouting the number.
The Co-op Charter passes.
{coop_charter: Your name is on the first page.|Your name isn't on it. The Stacks carried it on their own votes, and that turns out to be the better story.} Ruhl votes for it at the last moment, loudly, for the index.
{night != "mosaic-coops": On the night itself, it hadn't looked like this. It took three weeks of arguing in laundromats to turn the night into something people could live in.}
# scene: dream-coop
Within a year there are forty-one Dream Co-ops. Each owns its relay. Each votes on its nights. Most nights, most of them choose to sync with the city. Some nights, some of them don't, and nobody drops them for it.
Next Kaleidoscope Nights, the sky is a mosaic: every co-op builds one tile, and you build the frame.
Elara.
Your dreamscapes come apart into tiles and stay that way. Critics call it your mosaic period. You call it listening. {jaxon_invited: Your first commission after the forum is signed by two architects, and one of them insists on the green door.|You ask Jaxon to build the next one with you. He says ask me in spring. You ask him in spring. He says yes.} {told_dream: Some nights you sync. Some nights you take the staircase all the way down, alone, to a blue door you still haven't opened.}
Jaxon.
The Sleepless Sanctuary becomes a co-op of its own, the only one whose members vote every week to stay awake on Tuesdays. Jaxon chairs the meetings badly and happily. {mocked_jaxon: He never quite lets you forget the insomnia joke. He tells it himself now, better.}
He still hasn't dreamed the green door. He has started dreaming a boat shed, though. Getting closer, he says.
* [On the first night of the co-ops, sync with the city.]
    You sync with the city that night, and the dream is full of other people, and for the first time you can tell them apart.
* [On the first night of the co-ops, sleep alone and see what comes.]
    You sleep alone that night. You dream something crooked and small and yours, and in the morning, over tea, you tell Talon about it.
- Liora.
Her landmark policy goes through the Council the following spring: a slot for every bed, paid by the city, owned by the building. Stack Nine's relay has real brackets now. The rope hangs in the laundromat window, framed, with a label in Oduya's writing: NEVER AGAIN.
{promised_pell: Pell sees the kites the whole way through, every single time they run. He is, he says, a bit bored of kites now.|Pell sleeps a full night for the first time he can remember.} Liora sleeps a full night for the first time in eleven years. She says it's overrated. She does it again the next night.
Talon.
The DreamCraft workshops spread to every co-op in the city. {workshop_rule == "own": On every wall, in letters a metre high: EVERYONE WEAVES THEIR OWN THREAD FIRST.}{workshop_rule == "together": On every wall, in gold, with the flourish on the W: NOBODY WEAVES ALONE. Under it, in someone else's hand: BUT YOU CAN START.}{workshop_rule == "none": On every wall, in an old careful hand: BRING SOMETHING WET. Nobody knows what it means. Everybody does it.}
One night a week, Talon doesn't sync. The first time, he calls you at three in the morning.
It's not an empty room. It's a small room with a lot of people in it, and none of them are counting. # speaker: talon
Neo-Unity goes on dreaming, together and apart, and nobody can tell you anymore which one is the festival.
-> END

=== ending_grand_design ===
# scene: forum
# mood: wonder
# sfx: applause
Unified Access passes by a landslide. The applause goes on so long that the counting machine, finally, stops needing to be hit.
{night != "grand-design": On the night itself it had looked like something else. But people remember the nights they want to, and by the time of the vote the city remembered one sky, bright, with no seam in it.}
# scene: skyline
By winter every bed in Neo-Unity is on the Authority relay. Nobody falls out. Nobody ever falls out again. The harmony index reaches ninety-eight, and the Council stops publishing it, because there's nothing left to report.
The summer riots don't come back. Something else doesn't either, and it takes the city a year to notice, and nobody can say what it was.
Elara.
Your studio designs the city's nights now, every night, for eleven million. You are very good at it. Your nights are the best anyone has ever slept.
{told_dream: The staircase into the sea never comes back. You stop looking for it around spring.} {first_sketch == "door": The little green door is still there in the bottom corner of the master file. Nobody has ever found it. You haven't deleted it. It is the last private thing you own.}
Jaxon.
The Sleepless Sanctuary stays padlocked. {stance("jaxon") < 0: Jaxon comes back to the Sync in the end, one winter night, quietly. He sends you a message the next morning: I missed it. God help me. Nothing else.|Jaxon leaves the city for the coast, where the relay doesn't reach, to look for the boat shed. He sends you one photograph: a white wall, and no door in it at all.}
* [That night, sync with the city, the way everyone does.]
    You sync that night, and the dream is beautiful, and everyone in it is kind, and you wake up unable to remember a single face.
* [That night, stay awake past the second bell, the way you once did.]
    You stay on the balcony past the second bell, the only lit window on the forty-first floor, and you watch eleven million people breathe as one. It is the most beautiful thing you have ever made. It frightens you a little.
- Liora.
Every bed in Stack Nine has a slot. Pell sleeps through every night. Liora is grateful, and says so, and means it.
{coop_charter: Her charter passed too, on paper, in the small print. Nobody has ever used it.} She keeps a notebook in the laundromat where patients write down the dreams they remember that were only theirs. Every month, it gets thinner. Nobody drops out of the Sync anymore. Nobody drops in, either.
Talon.
For a year he is the happiest man in Neo-Unity. He weaves the city's nights with you, and the crowds are enormous, and nobody is ever the seventh child.
{village_thread == "smoothed": One night he goes looking for Hesper's thread, to see how she's doing. He can't find it. He can't find the grey-green anywhere.|One night he goes looking for his own thread in the weave, just to see it. He can't tell which one it is.} He doesn't tell you. You can tell anyway.
Neo-Unity dreams as one, perfectly, every night, and in the morning it cannot remember what it used to argue about.
-> END

=== ending_split_screen ===
# scene: forum
# mood: tense
# sfx: shatter
The vote splits the depot down the middle.
Nothing carries a majority, so everything does: the Right to Dream Alone, a piece of Liora's charter, a piece of Ruhl's, nailed together at midnight by people too tired to argue.
{night != "split-screen": On the night itself it had looked like the sky might hold. It didn't hold the weeks after.}
# scene: split-projection
Within a season, half the city has unpatched.
The Sync splinters into ten thousand private channels: a street, a family, one person alone in a tower with a dream they will never have to share.
Next Kaleidoscope Nights there is no sky over the plaza. There are eleven thousand small projections, each over its own knot of people, none of them touching.
The riots come back that summer, small ones. So does everything else: music nobody can classify, paintings of dreams nobody else had, arguments in every café.
Elara.
You design for one sleeper at a time now, private commissions, one person's night built like a room for them alone. The work is the best you have done. It is very quiet in the studio. {told_dream: You take the staircase all the way down most nights. The blue door at the bottom is open now. Behind it is the sea.}
Jaxon.
He got what he asked for, and he doesn't know what to do with it. {jaxon_invited: The file you started together sits half finished. Neither of you can agree which half.}
Then, one night in autumn, the green door comes back. He opens it. Inside is his father's boat shed, and the smell of tar, and nobody else at all.
He wakes up and has no one to tell. So he tells you, at four in the morning, and you listen, and for an hour it's like the testing chair again.
* [After he hangs up, sync with whoever's still out there.]
    You find a channel still running at that hour, twelve strangers dreaming of a night market, and you slip in. They don't know who you are. It's nice. It's not the city.
* [After he hangs up, go back to your own dream.]
    You go back to your own dream, the one that is only yours, and it's waiting where you left it, like a room with the light on.
- Liora.
The Stacks got their slots, in the end, cheaper than anyone expected: private channels are cheap. Pell dreams alone now, every night, the whole way through.
Liora opens a new kind of clinic: for people who haven't shared a dream in months and have forgotten how to talk to the people next door. {coop_charter: The piece of her charter that survived lets Stack Nine sync with itself one night a month. The queue for that night goes round the block.|It is the busiest clinic she has ever run.}
Talon.
He keeps the loom, but there are no crowds to weave anymore. He plays in small rooms, for ten or twenty, and weaves them each a separate thread, and leaves the seams showing because nobody would stand for anything else.
{forum_speech == "apart": He says you were right at the forum. He says it like a man describing weather he doesn't enjoy.|He says the city got lonely. He says it like it's his fault.} One night a week he goes to the plaza and stands where the sky-screen used to be.
Neo-Unity dreams in ten thousand pieces, all of them true, and hardly any of them together.
-> END

=== ending_lights_out ===
# scene: forum
# mood: somber
# sfx: static
The vote doesn't matter much, in the end.
By the time the counting machine finishes, the Stacks have gone.
{relay_cut: After the night the relay failed, the Authority declared the Stack dishes unsafe, pending upgrade.}
{relay_cut: The upgrade never came.}
{not relay_cut or stance("liora") >= 20: Liora took Stack Nine off the city grid herself, and eleven other Stacks followed her within the month. If the city won't hold us, we'll hold ourselves, she said, and at first it even worked.}
# scene: underserved-zone
Upstairs, the city syncs every night in amber, and its dreams are lovely. In the underserved zones, the relay dishes sit dark on the roofs, rope and all. Nobody down there dreams with the city anymore. Most nights, most of them don't dream at all.
{night != "lights-out": On the night itself it hadn't looked like this. The lights went out slowly, one Stack at a time, in the weeks everyone upstairs spent arguing about the sky.}
Elara.
You take the tram out every week. You aren't especially welcome. You go anyway. {apologised_relay: Liora let you apologise once. She doesn't let you do it twice.} Upstairs your nights still run, and people still nod to each other on the tram because they dreamed the same orchard. You can't sleep through them anymore. You lie awake and count the Stacks.
Jaxon.
He moves into Stack Nine and runs awake nights in the courtyard, storytelling in the dark, like the Sanctuary but poorer. A sanctuary, he says, where nobody chose to be sleepless.
{told_dream: He asks you, once, to tell the courtyard about the staircase. You do. Forty people sit in the dark and listen to the Dream Architect describe a dream she had alone, and nobody claps, and it's the best reception anything of yours has ever had.}
* [Stay in the Stacks tonight, and sleep without the Sync.]
    You sleep on Liora's clinic couch under a stack of files, unsynced, with the dryers going. You dream of nothing. In the morning Pell brings you tea and asks what you dreamed, and you tell him the truth.
* [Go home tonight and sync, and feel what they're missing.]
    You go home and sync with the city, and it's warm and enormous and kind, and the whole time, under it, you can feel the shape of eleven Stacks that aren't there, like a missing tooth.
- Liora.
She runs a clinic for sync withdrawal now, and, with Oduya, a mesh built from salvaged dishes that carries forty sleepers on a good night. {coop_charter: The charter passed upstairs, with your name on it, for a city that no longer had the Stacks in it. She keeps her copy anyway.}
The first night the mesh works, forty people in Stack Nine dream the same small dream: the courtyard, at night, with the washing up.
It's not the city. It's ours. # speaker: liora
{promised_pell: Pell never did see the kites the whole way through.|Pell is one of the forty.}
Talon.
He comes to the Stacks with a box of wire gloves and teaches the children to weave awake, in daylight, on the courtyard wall, with chalk. {village_thread == "asked" or village_thread == "kept": Hesper comes too, on the tram, every Thursday, to teach them how to draw water.}
He says, once, that he always thought the worst thing was to be alone in a dream. He's found out it's worse to be left out of one.
Neo-Unity dreams on in amber, the whole city as one, except for the parts of it that went dark, which nobody upstairs can see from the forty-first floor.
-> END
