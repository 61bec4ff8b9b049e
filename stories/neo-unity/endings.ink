// The Last Night: the fourth outcome of the rule is played as the festival's final night, in the present,
// shaped by the third forum's vote and the cast's stances, with a short coda. No nudges here: the
// outcome is already decided.

=== ending_mosaic_coops ===
# scene: forum
# mood: hope
# sfx: applause
Oduya comes out first, with Pell on his shoulders, both of them shouting the number.
The Co-op Charter passes.
{forum_vote == "unified": It isn't what you stood up for. Your hand went up for Okoro's plan, and most of the depot's hands went up for the Stacks' own switch, and Okoro, watching them, changed her mind before you did.{projection_answer == "yield": Half of them stood under Jaxon's sky on Night One because you gave it to him, and they weren't ready to hand every switch in the city to one board. # needs: projection_answer == "yield"}}{forum_vote == "alone": The Right to Dream Alone, the leaflet you stood up for, goes into it whole as clause nine: any sleeper, any night, at no cost to anyone's slot. Jaxon reads it twice.{projection_answer == "override": Oduya reads it over his shoulder and taps the line that puts it under each Stack's switch. Half this depot lay under the Architect's one sky on Night One, he tells Jaxon. They'll let a man sleep on his own. They won't vote the whole city out from under it. # needs: projection_answer == "override"}}
* [Find Liora in the crush.]
    You find Liora by the counting machine, holding her folder against her chest with both arms. She doesn't say anything. She lets you stand there.
* [Find Okoro.]
    You find Okoro already on her glass, scheduling Ambassadors for co-op stairwells that don't exist yet.
    Well. Somebody has to sit on their stairs tonight. # speaker: Ambassador Okoro
- {coop_charter: {name_on_charter: Your studio's name is on the first page, and your signature is under it, from the lectern. # needs: coop_charter and name_on_charter|Your signature is on it, from the lectern, under Liora's. # needs: coop_charter}|{a5_liora.offered_name: Your studio's name is on the first page, in pen, from the laundromat draft, though it was the Stacks' own votes that carried it. # needs: name_on_charter and not coop_charter|Your name isn't on it. The Stacks carried it on their own votes, and that turns out to be the better story.}} Okoro voted for it at the last moment and brought the Ambassadors with her: a yellow scarf in every co-op, on the stairs, for the nights someone falls out anyway.
{night != "mosaic-coops": At dawn it hadn't looked like this. It took two forums, a relay dish rung like a gong and a counting machine that had to be hit to turn two nights into something people could live in.}
Forty minutes to the bell. In Stack Nine's courtyard, under the washing lines, the city's first Dream Co-op holds its first vote, on its own switch: whether to join the Last Night.
* [Take the tram out and watch the courtyard vote.]
    You stand at the back, under a neighbour's drying sheets. It takes four minutes. Oduya counts the hands out loud, twice, because he has waited his whole working life to count something of theirs.
* [Go to the plaza and wait to hear.]
    You wait on the loom platform with your glass in your hand. When it comes, it's one word from Liora, in capitals, the way Talon writes: IN.
- Nine hundred and eighty hands to seven. Oduya writes the number on the laundromat window in marker, where it will stay for a year.
# scene: kaleidoscope-plaza
# sfx: bell
The Last Night.
The Stacks vote to join. Not because anyone asked them to: because they could have said no. {first_night == "stacks": The work songs opened Night One because you put them first. Tonight they open the Last Night because the Stacks put them there, by a show of hands under the washing.|{first_night == "draw": The first hour is the Stacks' by the hat, and the retired teacher reads her slip out on the east steps, to applause, before she presses play.|They come in on the first bell with everyone else, by their own vote, and the plaza can hear the difference.}}
The sky is a mosaic tonight: every district sent one tile, and you built the frame on the tram back from the workshop, on your knees, and finished it on the depot steps this afternoon, before the count, with a space in it for each.
* [Build the frame out of old festival wire.]
    You build it out of the wire from Talon's first gloves. It hums faintly when the bell goes.
* [Build the frame plain, so the tiles do the talking.]
    You build it plain. Not one face on the plaza looks at the frame. That was the idea.
- {remade == "mosaic": The tiles you cut for Night Two are the frame's first row. # needs: remade == "mosaic"|{remade == "whole": You rebuilt Night One whole for Night Two. Tonight you take it apart again, gladly, tile by tile. # needs: remade == "whole"|Oduya's orange kites are in the frame's first row. He insists on the credit. # needs: remade == "shared"}} Up close, a crowd. From high enough, a city.
{jaxon_invited: Jaxon's half of the file is in it from the first frame, and in the middle of the sky the green door stands whole, fish handle and blistered paint. # needs: jaxon_invited|At the second hour Jaxon comes down off the depot roof and asks whether there's room in the file for the next one. You tell him there's room.}
{told_dream: Low in one corner is a tile of your own: a courtyard at night, one window lit, and three notes written under it in a child's music, which is the only kind you can write. # needs: told_dream}
* [Sign the frame.]
    You sign the frame, small, in the bottom corner{first_sketch == "door":, where a green door used to be}.
* [Leave the frame unsigned.]
    You leave the frame unsigned. Everyone knows whose it is. That's enough; it turns out that's plenty.
- The Sanctuary voted itself a co-op on the depot steps straight after the count, the only one whose members vote to stay awake. Tonight they sit along the east steps with their thermoses, watching eighty thousand people sleep, like lifeguards. Jaxon sits among them with his own thermos. {mocked_jaxon and apologised_tamsin: Tamsin brings you a cup. She has forgiven you the insomnia joke, formally, in writing, in the forum's minutes. # needs: mocked_jaxon and apologised_tamsin}{mocked_jaxon and not apologised_tamsin: Jaxon tells the insomnia joke himself now, to the steps, better than you did. # needs: mocked_jaxon}
He still hasn't dreamed the green door. At the third hour he tells you he dozed off on the steps and dreamed {a3_mediation.swapped_with_jaxon:the boat shed again, and this time a wall with a pale square on it where a door used to be. # needs: a3_mediation.swapped_with_jaxon|a boat shed, for the first time in a year.} Getting closer, he says.
* [Lie down and sync with the city for the Last Night.]
    You lie down on a mat and sync, and the dream is full of other people, and for the first time you can tell them apart.
* [Unpatch and sleep alone, in the middle of eighty thousand.]
    You unpatch and sleep alone in the middle of the plaza. You dream something crooked and small and yours, and at dawn, over tea, you tell Talon about it.
- At the Ambassador tent Liora has her headset off for the first time in three nights. Stack Nine's relay is on its own switch, the switch is on, and it's hers. {promised_pell and remade == "shared": In Stack Nine, Pell sees Oduya's orange kites in the frame the whole way through. He tells her over Oduya's headset that he's a bit bored of kites now. # needs: promised_pell and remade == "shared"|{promised_pell: In Stack Nine, Pell dreams the Stacks' tile the whole way through, without falling out once, and tells her over Oduya's headset at dawn that it's better than kites. # needs: promised_pell|In Stack Nine, Pell sleeps the whole night through, the first time he can remember.}} Liora falls asleep in the tent's folding chair and says at dawn that it's overrated.
Up on the platform, Talon weaves. {workshop_rule == "own": On the rail, in letters a metre high, he has painted the workshop's rule: EVERYONE WEAVES THEIR OWN THREAD FIRST. # needs: workshop_rule == "own"}{workshop_rule == "together": On the rail, in gold, with the flourish on the W: NO ONE WEAVES ALONE. Under it, in someone else's hand: BUT YOU CAN START. # needs: workshop_rule == "together"}{workshop_rule == "none": On the rail, in a careful hand: BRING SOMETHING WET. Its meaning is still disputed. Everyone brought something. # needs: workshop_rule == "none"}
At the fifth hour he hands the gloves to a drummer from the workshop, lies down on an empty mat, unpatched, and sleeps alone for the first time since he was fourteen. At dawn he calls you from the mat, ten metres away. All his life, he says, he was sure that sleeping alone would be an empty room.
* [“What's in the room?”]
    Well? What's in the room? # speaker: elara
* [Say nothing. Let him tell it.]
    You say nothing. You let him breathe on the line until he's ready.
- It's not an empty room. It's a small room with a lot of people in it, and none of them are counting. # speaker: talon
# sfx: bell
The dawn bell. Kaleidoscope Nights is over.
By spring there are thirty Dream Co-ops, each with its own switch, and most nights most of them switch on. The rope from Stack Nine's dish hangs in the laundromat window, framed, with a label in Oduya's writing: NEVER AGAIN.
Neo-Unity goes on dreaming, together and apart, and you can't tell anymore which one is the festival.
-> END

=== ending_grand_design ===
# scene: forum
# mood: wonder
# sfx: applause
Unified Access passes by a landslide. The applause goes on so long that the counting machine, finally, stops needing to be hit.
{forum_vote == "unified": You backed it. {a5_vote.helped_count:Your hand is still half up when the count comes in; you'd forgotten it there. # needs: a5_vote.helped_count|You hear the count from the open doors, and find your hand has gone up again, out in the cold, where no one is counting it.}}
* [Shake Okoro's hand.]
    You shake Okoro's hand. Hers is dry and strong and smells of patch adhesive. She holds on a second longer than she needs to.
    Thank you. I'm going to sleep for a year. Starting tonight. # speaker: Ambassador Okoro
* [Look for Liora.]
    Liora is already at the door. She lifts a hand to you, not unkindly, and goes out into the amber.
- {coop_charter: Liora's charter passes too, by the skin of its teeth, because you signed it at the lectern and half the depot followed your pen. So the Stacks hold their own switch. At their first meeting, forty minutes before the bell, they vote to keep it on, and to put every bed on the city's night.}
{projection_answer == "yield": You gave Jaxon the sky on Night One. The city took the gift, looked at it for two days, and handed it back: the four of you, and most of the depot with you, leaned toward one night for everyone. # needs: projection_answer == "yield"}
{night != "grand-design": At dawn it had looked like something else. Two forums later, most of the city wanted one thing: to lie down together and not be dropped.}
# scene: kaleidoscope-plaza
# sfx: bell
The Last Night.
Every bed in Neo-Unity is on the relay tonight, the first night of Okoro's plan: the towers, the plaza, every slot in every Stack, scheduled from one board. {first_night == "stacks": The work songs open it again, in key this time, with the whole city under them.|{first_night == "draw": The Stacks' hour, by the hat, comes in on the city's note; the teacher says afterwards that it was pretty, and that she knew.|Everything comes down at once, as it has every night, and tonight there is not one bed outside it.}}
At the Ambassador tent Okoro's board shows no falls at the second hour. None at the fourth. She sits down on the east steps with her scarf in her lap, unclips her torch from her belt, the twin of the one she handed you on the stairs of Stack Nine, and switches it off. Twenty summers on, she doesn't switch it on again.
* [Sit down on the steps beside her.]
    You sit. She doesn't say anything for a long while{a4_first_forum.okoro_first:, and then she says her brother's name, once, to hear how it sounds tonight, the voice the Sync gave back to her after the riots. # needs: a4_first_forum.okoro_first|, and then she says: twenty summers, to no one, to hear how it sounds.}
* [Leave her to it.]
    You leave her to it. Some people have earned a step to themselves.
- Your sky runs the whole night, for the whole city. {remade == "whole": It's the design you rebuilt for Night Two, with the green door and Hesper's verse inside it from the first frame, and tonight it has no outside at all. # needs: remade == "whole"|It is the best night anyone has ever slept, and the kindest.}
{told_dream: You listen for three notes in it. They aren't there. You stop listening around the fourth hour. # needs: told_dream} {first_sketch == "door" and not jaxon_invited and remade != "whole": The little green door you tied in at the loom is still in the bottom corner of the master file, and no one has found it. It is the last private thing you own. # needs: first_sketch == "door" and not jaxon_invited and remade != "whole"}
* [Lie down on a mat and sync, the way everyone does, and let Talon weave it alone.]
    You sync, and the dream is beautiful, and everyone in it is kind. Somewhere above you Talon is weaving it alone, and it is better than all right.
* [Stay awake on the loom platform and watch it.]
    You stay up on the platform, the only one awake for a hundred metres but the man in the gloves, and you watch eighty thousand people breathe as one. It is the most beautiful thing you have ever made. It frightens you a little.
* [Take the spare glove and weave the Last Night beside Talon.]
    Talon hands you the spare glove before you've finished asking, and for six hours the two of you play the whole city like one instrument, and neither of you says a word.
- {coop_charter: The forums will go on, in the Stacks, where the co-ops meet to vote on their switch.|The forums, Okoro says at dawn, will thin out by the new year. There'll be less to argue about.}
{village_thread == "smoothed" and remade == "whole": At the fourth hour Talon goes looking for Hesper's verse. He finds it sharp, every word back in, the one voice in the design you put back the way she sang it. He listens to it a long time. # needs: village_thread == "smoothed" and remade == "whole"}{village_thread == "smoothed" and remade != "whole": At the fourth hour Talon goes looking for Hesper's verse. He finds the tune, in key, sleeping well, and not a word of it left. He listens to it a long time.}{village_thread != "smoothed": At the fourth hour Talon goes looking for his own thread in the weave, just to see it. He can't tell which one it is, and decides, after a while, that he doesn't mind.} {projection_answer == "weave": He doesn't talk about the night he promised not one thread. You don't either.}
On two mats that have never met, a Fenwright drummer and a net-mender from the Salt Quarter dream the same harbour, and at the dawn bell they sit up and argue happily about the colour of the boats. On the east steps Okoro hears them, and doesn't get up to settle it. Twenty summers on the stairs, and this is the argument she gets.
# sfx: bell
The dawn bell. Kaleidoscope Nights is over.
* [Look at your glass.]
    Your glass has one message on it, from Jaxon.
* [Look for Jaxon on the Sanctuary rows.]
    {jaxon_trust >= 3: He's ten mats away with his eyes shut, asleep or pretending. Then your glass lights with one message, from Jaxon.|He isn't where you look. Your glass, when you give up, has one message on it, from Jaxon.}
- {jaxon_trust >= 3: At the second bell he lay down on a mat in the Sanctuary rows, quietly, and synced, for the first time in a year. The message says: I missed it. God help me. There was a boat in it. Not mine. Close.|He isn't on the plaza. At the first bell he took the coast tram, out past where the relay reaches, to look for the boat shed. The message is one photograph: a white wall, and no door in it at all.}
In Stack Nine every bed has a slot tonight, and Pell sleeps through. Liora says so over the headset, and is grateful, and means it. {coop_charter: She keeps the co-op's switch oiled, and doesn't touch it. It matters to her that she could.|She has a notebook on the tent table where patients write down the dreams they remember that were only theirs. Tonight the page stays blank.}
The summer riots don't come back. Neither does the sync-lag: by winter no child in the Stacks wakes up holding a stranger's dead dog. Something else goes quiet too, the crooked private dreams that no relay carries, and it takes the city a year to notice.
Neo-Unity dreams as one, gently, every night, and in the morning it is kinder to itself than it has ever been, and a little less surprised.
-> END

=== ending_split_screen ===
# scene: forum
# mood: tense
# sfx: shatter
The vote splits the depot down the middle.
Nothing carries a majority, so everything does: the Right to Dream Alone, a piece of Liora's charter, a piece of Okoro's plan, nailed together in forty minutes by people too tired to argue.
{forum_vote == "charter": Your signature is on Liora's charter, and the charter gets its piece: a switch in every Stack. You gave Jaxon the sky on Night One, and the four of you have leaned apart ever since, and the city leans with you. Three Stacks switch to nights of their own before the bell, and the towers follow them channel by channel. The switch you signed for works. It works the way the city leans. # needs: projection_answer == "yield"}
{forum_vote == "alone": The Right to Dream Alone, the one you backed, is the only clause no one tries to cut.{projection_answer == "override": You held one sky on Night One. Two days later the depot voted to let anyone step out from under it, and yours was one of the hands. # needs: projection_answer == "override"}}
* [Stay and help nail it together.]
    You stay until the first bell, drafting clauses on the back of a leaflet with Jaxon on one side and Okoro on the other. It's the best committee you've ever sat on, and it makes something none of you wanted.
* [Walk out to the plaza before the signing.]
    You walk out before the signing. Behind you the depot is still arguing. It will be arguing, in one way or another, for years.
- {night != "split-screen": At dawn it had looked as if the sky might hold. It didn't hold the day.}
# scene: split-projection
# sfx: bell
The Last Night.
The plaza has no single sky tonight. Half the mats are unpatched before the first bell, by right, tonight included. The towers throw thousands of small projections instead, each over its own knot of people, none of them touching. {first_night == "draw": The Stacks' hour, by the hat, never reaches the plaza: they spend it on their own channel, in the courtyard.|{first_night == "stacks": The work songs play on one tower, over one knot of mats, and people walk past them to their own.|}}
Music that fits no category, a painting of a dream only one person had, an argument on every mat. Near the fountain two men come to blows over whose projection is blocking whose, and Okoro's scarves walk them apart.
You go from knot to knot with your glass, building small rooms on request: one person's night, built for them alone, on the spot. {remade == "mosaic": The tiles you cut for Night Two turn out to be the first of them. # needs: remade == "mosaic"} Nothing you built for eleven million ever fit anyone this well. No crowd could clap for all of it. {told_dream: At the fourth hour, on a mat by the fountain, you dream the courtyard and whistle up at the lit window, and all three notes come back. The whistler leans out. It's you, older, with a loom glove on. # needs: told_dream}
* [Take every request that comes.]
    You take them all. A widower's kitchen. A girl's imaginary horse. A man who wants to dream of being bored, just once, safely.
* [Take only the ones that frighten you.]
    You take the frightening ones. They are the only ones that feel like Night One did.
- Jaxon got what he asked for, and has no idea where to put it. {jaxon_invited: The file you started together on the depot roof runs half finished over the north towers. Neither of you can agree which half. # needs: jaxon_invited} The forums, he says, will stop meeting by midsummer: everyone will have their own channel to argue in.
Then, at the fourth hour, on a mat under his own small projection, the green door comes back. He opens it. Inside is his father's boat shed, and the smell of tar, and him, alone.
He wakes up with the whole thing in his chest and the next mat asleep. So he walks across the plaza and tells you, and you listen, and for an hour it's like the testing chair again.
* [Then find a knot of strangers still sharing one dream, and slip in.]
    You find twelve strangers dreaming of a night market, and slip in. They don't know who you are. It's nice. It's not the city.
* [Then go back to your own dream.]
    You go back to your own dream, the one that is only yours, and it's waiting where you left it, like a room with the light on.
- The Stacks got their slots tonight, cheaper than anyone expected: private channels are cheap. Pell dreams alone, right up to the dawn bell. At the Ambassador tent Liora is taking names for the clinic she'll open on Monday: for people who haven't shared a dream in two nights and already can't talk to the mat next door. {coop_charter: The piece of her charter that survived lets Stack Nine sync with itself one night a month. There's a queue for it already.|Okoro's Ambassadors keep bringing her names, more every hour.}
* [Go and hear Talon play for one small knot of mats.]
    You go. There are nine people on the mats and one of them is asleep sitting up, and Talon plays as if it's the whole plaza.
* [Leave Talon to his small knot.]
    You don't go. Talon doesn't ask you to. That's new.
- He weaves each of them a separate thread and leaves the seams showing, because these rooms would stand for nothing else. {forum_speech == "apart": He says you were right at the forum, in the voice people keep for weather they don't enjoy. # needs: forum_speech == "apart"|He says the city got lonely in one night. He says it like it's his fault.}
# sfx: bell
The dawn bell. Kaleidoscope Nights is over.
Within a season half the city has unpatched, and DreamSync has splintered into ten thousand private channels. The summer riots come back, small ones, and Okoro's scarves go back to the seam line. So does everything the Sync had sanded off. The announcer writes to you that she dreamed a kitchen in Fenwright, her mother's, and woke up crying and glad. Tamsin sleeps. Hesper dreams her village with the bell still up. Jaxon's leaflet was right about that much: they were theirs, and they came back.
The next year there is no sky over the plaza at all. One night a week Talon goes and stands where it used to be, and then goes home and dreams his own small room, and tells you about it on Thursdays.
Neo-Unity dreams in ten thousand pieces, all of them true, and every morning it has to learn again how to talk across them. Most mornings it does.
-> END

=== ending_lights_out ===
# scene: forum
# mood: somber
# sfx: static
The vote doesn't matter much, in the end.
By the time the counting machine finishes, the Stacks have gone.
{forum_vote == "charter": Your signature is on Liora's charter, and it passes, for Stacks that are already unbolting their dishes. She had made up her mind on Night Two. She had seen signatures before.}{forum_vote == "unified": Okoro's plan passes, every bed on the relay from tonight, and the beds it was for have already been carried off it.}{forum_vote == "alone": The Right to Dream Alone passes. In the Stacks, tonight, it doesn't mean anything.}
* [Look for a tram out to the Stacks.]
    The board at the depot stop says the Stack stops are closed for the festival, and will say so until morning. You stand under it for a while. Then you walk to the plaza, because you built its sky and the bell is in forty minutes.
* [Call Liora.]
    You call Liora. It rings out. You call Oduya. He answers, and listens.
    She's busy, Architect. We're all busy. # speaker: Oduya
- {relay_cut: After the relay failed on Night Two, the DreamSync Authority declared the Stack dishes unsafe, pending upgrade, for the Last Night and until further notice. Liora didn't wait for the upgrade. She unbolted Stack Nine from the city grid herself this afternoon, and six more Stacks followed her before the bell.}
{not relay_cut: Liora took Stack Nine off the city grid herself, at the co-op's first meeting, forty minutes before the bell, and six more Stacks followed her before it rang. If the city only holds us when someone upstairs remembers to, we'll hold ourselves, she said.}
{liora_trust <= 0: She didn't call you before she did it. You heard from Oduya, who heard from the feeds.}
# scene: kaleidoscope-plaza
# sfx: bell
The Last Night.
Upstairs, the city syncs in amber, and the plaza's sky is lovely. {first_night == "stacks": The work songs opened Night One. Tonight the plaza plays them off the teacher's phone, and the Stacks aren't there to sing.|{first_night == "draw": The first hour was the Stacks' by the hat. The sky holds it open for them, sixty minutes of dark, and nothing comes.|Everything comes down on the first bell, every district's note but one.}} From the loom platform you can see them on the skyline: relay dishes dark on the roofs, rope and all.
{night != "lights-out": At dawn it hadn't looked like this. {relay_cut: The lights went out one Stack at a time, all afternoon|The lights went out in the last hour before the bell, Stack after Stack}, while everyone upstairs argued about the sky.}
* [Read what the feeds say about the Stacks.]
    The feeds say the Stacks chose this. The feeds are half right.
* [Don't read the feeds.]
    You don't read them. You know what they'll say, and you know who they'll quote.
- Jaxon isn't on the plaza. He's in Stack Nine's courtyard with a forum of forty, awake, in the dark, like the Sanctuary but poorer. A sanctuary, he writes to you, where nobody chose to be sleepless.
{told_dream: He asks you to whistle the courtyard your three notes. You do, into your glass, from the middle of the plaza. Forty people in a dark courtyard listen to the Dream Architect whistle a dream she had alone, and somebody there whistles two of them back, and it's the best reception anything of yours has ever had. # needs: told_dream}
* [Leave the plaza and sleep in the Stacks tonight.]
    The Stack trams aren't running, so you walk: an hour and a half along the harbour road against the crowd coming in, and you sleep on Liora's clinic couch under a stack of files, unsynced, with the dryers going. You dream of nothing. At dawn Pell brings you tea and asks what you dreamed, and you tell him the truth.
* [Stay on the plaza, sync, and feel what they're missing.]
    You lie down and sync with the plaza, and it's warm and enormous and kind, and the whole time, under it, you can feel the shape of the Stacks that aren't there, like a missing tooth.
- {apologised_relay: Liora let you apologise once. She doesn't let you do it twice. # needs: apologised_relay}
# scene: underserved-zone
Liora spends the Last Night on the laundromat roof with Oduya and a mesh built from salvaged dishes that carries forty sleepers on a good night. Okoro walks out along the harbour road after the first bell, in her scarf, with her torch, and sits on the stairs with the ones who fall out of it. {coop_charter: The charter passed upstairs, with your name on it, for a city that no longer had the Stacks in it. She keeps her copy anyway.}
At the fourth hour the mesh holds, and forty people in Stack Nine dream the same small dream: the courtyard, at night, with the washing up.
It's not the city. It's ours. # speaker: liora
{promised_pell: Pell never sees the kites to the end. Not on any of the three nights. # needs: promised_pell|Pell is one of the forty.}
* [Call Talon down from the loom.]
    You call Talon down. He comes down the ladder in the middle of his own sky and stands on the stone beside you, gloves still lit, looking east.
* [Leave Talon weaving a sky with a piece missing.]
    You leave Talon to it. He weaves until dawn, and twice you see him stop, and look east.
- At first light he takes the tram out with a box of wire gloves and teaches the Stacks' children to weave awake, in daylight, on the courtyard wall, with chalk. {village_thread == "asked" or village_thread == "kept": Hesper comes too, on the same tram, to teach them her verse, sharp. # needs: village_thread == "asked" or village_thread == "kept"}
He says, once, that he always thought the worst thing was to be alone in a dream. He's found out it's worse to be left out of one. The children on the wall don't feel left out. They feel like the ones who left, and they sing the work songs while they chalk, loud, in a key no one upstairs tuned.
Neo-Unity dreams on in amber, the whole city as one but for the Stacks. Down the harbour road forty people dream something no one upstairs chose, small, on rope, and theirs. The Tower will have to ask, if it wants them back. Liora has started keeping a list of what it would have to say.
-> END
