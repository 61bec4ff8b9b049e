// Act 2: the twenty-two days. The running order, the Salt Quarter's vote on Hesper's verse, the Sanctuary
// split over how to take half the sky, Liora's courtyard with the Ambassadors and the skeptics, the eve.

=== a2_design ===
# act: 2
# scene: architect-studio
# mood: wonder
Twenty-two days to Kaleidoscope Nights: three nights on the plaza, the biggest the city has ever tried.
The studio has stopped being a room and become a weather system. Sketches on every wall, the floor taped out into districts, Talon asleep on the couch at odd hours with his boots on.
{first_sketch == "chord": Your held note still runs corner to corner on the big screen. Everything else has started tuning itself to it. # needs: first_sketch == "chord"}
{first_sketch == "door": Talon still hasn't found the little green door in the corner of the master file. You check on it most mornings, like a plant. # needs: first_sketch == "door"}
{first_sketch == "kites": The kites are still up on the big screen, each on its own string. Talon keeps trying to tie the strings together. You keep untying them. # needs: first_sketch == "kites"}
Today the city's cultural offices send their submissions, and Talon reads them out in a voice of mounting, hungry despair.
The Fenwright drummers. Net-mending songs from the Salt Quarter. The old Verrier tile patterns, every one of them, numbered. # speaker: talon
And three hundred years of Stacks work songs, recorded on a phone, in a shoebox, by one retired teacher who has sent us a very stern letter about copyright. # speaker: talon
* [Ask to read the stern letter.]
    He hands it over. It is two pages, handwritten, and ends: IF YOU MAKE THEM PRETTY I WILL KNOW.
    You pin it above your desk. It seems like the right brief.
* [Tell him to pay the teacher, properly, before anything else.]
    Pay her. Properly. Before we use a bar of it. # speaker: elara
    Talon is already typing. He looks slightly ashamed that you said it first, and then relieved.
- All of it goes in. The design's done, more or less: the kaleidoscope, every sleeper holding one pane, the whole sky turning once an hour. What isn't done is the running order. # speaker: talon
Three nights. One district opens the first one, and whoever opens it, the feeds will say that's who the festival is for. # speaker: talon
* [The Stacks open Night One: three hundred years of work songs before a single drum.]
    ~ first_night = "stacks"
    ~ nudge("elara", -5)
    The Stacks open it. First bell, the work songs, before a drum or a tile. The oldest thing in the city goes first. # speaker: elara
    Talon looks at you, then at the shoebox.
    They never go first. Not on the tram, not in the queue for relay slots, not in anything. # speaker: talon
    That's why. # speaker: elara
    He writes STACKS at the top of the board in letters so big that the other districts have to squeeze in underneath.
* [All of them open it together: drums, nets, tiles and songs on one note from the first bell.]
    ~ first_night = "all"
    ~ nudge("elara", -10)
    ~ nudge("talon", -10)
    No opener. The drums and the net songs and the work songs on one note from the first bell, and the tiles under all of them. Not one district waits in the wings. # speaker: elara
    Talon throws both fists up like a man whose team has scored.
    No wings. No queue. Three nights, and every one of them starts with everyone. # speaker: talon
    He's already pulling threads on the screen, and the drums and the songs run together into something warm and enormous and hard to look away from.
* [Each district gets the first hour of one night, untouched, and draws which night from a hat on the plaza steps.]
    ~ first_night = "draw"
    ~ nudge("elara", 10)
    ~ nudge("talon", 5)
    Each district gets the first hour of a night, and we don't touch a note of it. They draw which night from a hat. In public, on the plaza steps. # speaker: elara
    The Council's centerpiece. Run by a hat. # speaker: talon
    A good hat. # speaker: elara
    The draw is two days later, in Talon's own hat, a green felt thing he swears was his grandfather's. Fenwright draws Night One. The Salt Quarter draws Night Two. The retired teacher of the stern letter draws the Last Night for the Stacks, reads the slip twice, and puts it in her handbag as if it might be taken back.
- -> a2_loom

=== a2_loom ===
# scene: forum
# mood: calm
# sfx: whoosh
Eighteen days out, Talon takes the loom to the Salt Quarter for a rehearsal, because six hundred of his ten thousand threads are net-menders and he says it's rude to weave people without showing them.
The net loft over the fish market smells of tar and wet rope. Sixty volunteers on benches, nets in their laps out of habit. Talon plays them their own threads, and they hear the net song come down out of the rafters as they sing it in their sleep.
* [Watch his hands.]
    His hands never hurry. Even the fast passages look like someone folding laundry for a person they love. In the front row a woman has stopped mending to watch them too, her needle still in the air.
* [Watch the room.]
    An old man mouths the words. A woman near the front has stopped mending and is holding the needle up like a conductor's baton.
- Then one thread goes wrong.
# sfx: static
It isn't a picture. It's a voice, an old woman's, singing the net song half a tone sharp. Wherever it runs, the threads beside it go sharp too, and the whole weave starts to whine like a wire in the wind.
Volunteer six thousand two hundred and twelve. Hesper Lund, ninety-one. She's got a verse I've never heard. # speaker: talon
He lifts it out on its own. A cracked, steady voice: they voted the wall on a Tuesday, and the bell went under on the Friday, and the nets came up full of church chairs.
The loft goes very quiet. The seawall. The Council voted it fifty years ago, and one village was on the wrong side of it. It saved the Salt Quarter; ask anyone on these benches. Half of them are alive because of it.
I can tune her. Bring her down half a tone, let the words go soft, keep the tune. She'd still be in it, and the chord would hold. # speaker: talon
Then he takes his gloves off, which you have never seen him do in front of a room.
But it's their song. I'm not tuning their song on a festival sky without them. Hands up, the Salt Quarter. Tune it, or keep it sharp. # speaker: talon
The hands don't go up. They argue first, the way people who mend the same nets argue: a man whose house stands because of the wall, a woman whose grandmother's didn't. It's close, and it's getting closer, and several faces turn to the Architect on the end of the bench.
* [Speak for tuning it: ten thousand people lent their nights so eighty thousand could sleep in one key.]
    ~ village_thread = "smoothed"
    ~ nudge("talon", -10)
    ~ nudge("elara", -10)
    Ten thousand people lent us their nights so that eighty thousand could sleep in one key. A whole shift fell out of a sky last week because it asked too much of a relay. One verse can't pull the whole sky sharp. # speaker: elara
    The man whose house stands nods. The hands go up: thirty-four to tune, twenty-eight to keep. Not a landslide. A vote.
    Talon puts his gloves back on and makes a small pinching gesture, a man turning a peg. The voice comes down half a tone. The words thin out until there's only the tune, and the tune sits in the chord as if it had always meant to.
    There. She's in. # speaker: talon
    The woman with the needle folds her net and leaves before the next song. He doesn't look at you.
* [Speak for keeping it sharp: if the sky whines in one corner, that's what the city sounds like.]
    ~ village_thread = "kept"
    ~ nudge("talon", 10)
    ~ nudge("elara", 5)
    Leave her sharp. Build around her. If the sky whines a bit in one corner, then that's what this city sounds like, and the corner's been waiting fifty years to say so. # speaker: elara
    The woman with the needle nods hard. The hands go up: thirty-one to keep, twenty-nine to tune. The man whose house stands keeps his hand down and his eyes on it.
    Talon works for an hour without speaking, bending the chord around the verse instead of through it. When he's done the sharp voice sits in the weave as a knot sits in good wood, the grain running around it, and it's better. The room knows it's better. Even the twenty-nine.
* [Say nothing. Ask whether anyone has asked Hesper.]
    ~ village_thread = "asked"
    ~ nudge("talon", 15)
    Has anyone asked her? # speaker: elara
    Silence. Then the woman with the needle gets out her glass, and the whole loft listens to it ring.
    # sfx: chime
    My verse? In the festival? # speaker: Hesper Lund
    They want to take the words out, don't they. Keep the tune, lose the Tuesday. # speaker: Hesper Lund
    Put it in sharp, every word of it, the wall and the vote and the chairs in the nets. They voted it over our heads. Let them hear it over theirs. Now put it to the hands, and I'll abide by them, which is more than they did. # speaker: Hesper Lund
    The hands go up. Forty to keep her sharp. The man whose house stands raises his last, and says: my mother sang it. I'd forgotten.
    Talon sits down on a coil of rope.
    I was going to tune her. I was going to tune her out and call it harmony. # speaker: talon
- On the tram home, Talon holds the gloves in his lap, palms up.
I hate votes. Somebody always loses one, and then they have to sleep next to the people who won. # speaker: talon
* [“That's what the Sync is for. Everyone sleeps in the same key afterwards.”]
    ~ nudge("talon", -10)
    ~ nudge("elara", -5)
    That's what the Sync is for. Whoever lost, everyone sleeps in the same key afterwards, and in the morning they're neighbours again. # speaker: elara
    Talon sings the first line of the net song back at you, loudly and badly, to the whole tram, so that he doesn't have to say anything.
    You can't say things like that to me. I'll believe them. # speaker: talon
* [“That's why the losers' verse should be in the sky. So it's not only the winners' key.”]
    ~ nudge("talon", 10)
    That's why the losing side's verse belongs in the sky. Otherwise it's only the winners' key, and we call it everyone's. # speaker: elara
    He turns his head to look at you.
    Is that what I do? # speaker: talon
    Sometimes. # speaker: elara
    He doesn't answer. He doesn't change the subject either.
* [Ask him who lost the votes, in a family of twelve in one room.]
    ~ nudge("talon", 15)
    Twelve of you in one room. Who lost the votes? # speaker: elara
    A long pause. The tram crosses the harbour.
    The seventh one. Always. Too small to win, too big to be the baby. The first night I synced I was fourteen, and for one night I wasn't the seventh of anything. I've synced every night since. # speaker: talon
    I think I'm scared of what I'd dream without it. What if it's just a small room, empty? # speaker: talon
    What if it isn't? # speaker: elara
    He hums the sharp verse under his breath, and doesn't answer for a while.
- -> a2_to_sanctuary

=== a2_to_sanctuary ===
# scene: sleepless-sanctuary
# mood: tense
Twelve days out, the Sleepless Sanctuary meets to decide what it will do on the night.
The Sanctuary is a planetarium the city forgot to close. The dome is cracked. The seats still tilt back to a sky that hasn't run since before you were born. A news drone hangs above the door trying to look casual.
{mocked_jaxon: -> a2_door | -> a2_gathering}

=== a2_door ===
Tamsin is on the door, clipboard and all. She steps into your path.
He said to let you in. I'm the one who doesn't want to. I was on the landing, in Stack Nine. # speaker: Tamsin
I've got insomnia, Architect. Real, medical, nine years of it. The Sync doesn't take on me. It's not a clipboard I picked up for fun. # speaker: Tamsin
* [Apologise to her, properly.]
    ~ apologised_tamsin = true
    ~ jaxon_trust += 1
    I was cruel, on the stairs. I said it to hurt him and I hurt you. I'm sorry. # speaker: elara # needs: mocked_jaxon
    Tamsin studies you as if checking a forged pass against the real one.
    Fine. He'll hear you said that. He hears everything. # speaker: Tamsin
* [Tell her you're here on the Council's business, not his.]
    ~ jaxon_trust -= 1
    ~ nudge("jaxon", 10)
    ~ nudge("elara", -5)
    I'm not here for him. The Council asked me to see what he's planning. # speaker: elara
    Tamsin smiles like you've handed her a gift.
    Great. I'll tell him that. Word for word. # speaker: Tamsin
    She lets you pass, and writes something down.
- -> a2_gathering

=== a2_gathering ===
# sfx: crowd
Inside, the dome is lit by a hundred hand projectors, each throwing one person's dream up at the cracks: a bicycle with too many wheels, a mother's kitchen, a cliff made of teeth.
This isn't a rally. It's a planning meeting, and it has already gone wrong. Jaxon is on the old lecturer's podium; Tamsin is standing on a seat, clipboard held up like evidence.
Two hundred and six names on here from drop nights this year. They've never once asked us. So we don't ask them. We go into the north towers the hard way, the night of, cut the feed in and put our dreams on their sky. # speaker: Tamsin
And if a sleeper on a mat wakes up with two skies in their head? Okoro's got a cut-off. She'll drop eighty thousand people and it'll be our fault, and it will be, Tamsin. # speaker: jaxon
So what, we write to the Council? Ask for a slot after the fireworks? They'll give us a tower in March. # speaker: Tamsin
The room takes sides by holding up thermoses. It's nearly even. Two hundred people who don't sleep on schedule have strong views on cables.
* (stayed_back) [Stay at the back, by the tea urn.]
    You stay by the urn. A man hands you a cup without asking who you are. It's terrible tea. It's hot. From here you can count thermoses, and the hard way is winning by a few.
* [Edge closer, into the seats.]
    You work your way in. Up close the people here look less like rebels and more like a night shift: tired, funny, a little too loud, and divided almost exactly down the middle.
- I'm not against dreaming together. They're going to say I am. I loved it so much I didn't notice it eating the furniture. I just won't pay for the furniture with somebody's head. # speaker: jaxon
Then he sees you, {stayed_back: at the back,|in the middle of them,} and the room follows his eyes.
* [Ask him, in front of everyone, which way he's going to go.]
    Which is it, Jaxon? The hard way, or the letter? Say it here. # speaker: elara
    {jaxon_trust >= 1:
        He weighs you, in front of two hundred people. {told_dream: You remember that you told him about the window and the three notes, and that he is a man who keeps receipts of kindness as carefully as insults.|Whatever he's weighing, you come out of it heavier than you expected.}
        Half the sky. Ours. As careful as I can make it and no more careful than that. You'll know it when it comes. # speaker: jaxon
        Tamsin lowers her clipboard an inch. It's a concession, and the room sees it.
    - else:
        Come and see, Architect. You of all people should love a surprise in the sky. # speaker: jaxon
        ~ nudge("jaxon", 5)
        Tamsin's thermos goes up, and a few more go up with it.
    }
* [Find him afterwards and give him a third way: the plaza's projection schedule.]
    ~ gave_schedule = true
    ~ jaxon_trust += 2
    You wait until the room empties. He's coiling cables, alone.
    The plaza projectors re-sync at the third hour. Ninety seconds of dark sky while the grid hands over. The crews will be looking at their boards. No cut cables. No second feed while anyone's under one. # speaker: elara
    Jaxon stops coiling.
    Why would you tell me that? # speaker: jaxon
    Because you're going to do something, and I'd rather Tamsin didn't do it with pliers. # speaker: elara
    He holds it the way you'd hold something hot you haven't decided whether to drop.
    Ninety seconds. Okay. Okay, Elara. I'll tell her it was my idea. She'll know it wasn't. # speaker: jaxon
* [Tell the room the sleepers come first: if Okoro cuts their feed to keep them safe, you'll back her.]
    ~ jaxon_trust -= 1
    ~ nudge("jaxon", 15)
    ~ nudge("elara", -10)
    Whichever way you vote: if you touch that sky and Okoro cuts your feed to keep the sleepers safe, I'll back her. Eighty thousand people are patched in that night. It's their sleep, not your argument. # speaker: elara
    It settles the vote, and not the way you meant. The thermoses go up for the hard way, most of them, because if the sky's going to be cut anyway they'd rather be the ones holding the pliers.
    Then I'll know where you stand. That's worth something. Not much. Something. # speaker: jaxon
* [Climb up beside him and tell the room what the Sync gave you.]
    ~ jaxon_trust += 1
    ~ nudge("elara", -10)
    ~ nudge("jaxon", -5)
    You climb onto the podium. Jaxon, to his credit, makes room.
    My father didn't speak to me for six years. The first night DreamSync ran in our district, we dreamed the same harbour. Next morning he called me. He didn't know why. I did. # speaker: elara
    There are no boos. They listen politely, as to someone describing a religion. But a woman in the third row is crying, and she doesn't hide it, and her thermos stays down.
    That's a good story. I've got one just like it. That's the problem, Elara. Everyone's got the same good story. # speaker: jaxon
    He says it to the room. He says the next thing only to you, off the microphone: thank you for not lying about it.
- -> a2_ambassadors

=== a2_ambassadors ===
# scene: underserved-zone
# mood: hope
Eight days out. Liora's campaign has taken over the courtyard of Stack Nine.
Dream Ambassadors in yellow scarves sit at folding tables, teaching grandmothers how to pair a DreamSync patch, handing out leaflets printed on the back of old menus.
Sefa Okoro is at the end table in a scarf gone pale with washing, pairing patches faster than anyone, talking the whole time.
{asked_okoro: Nine percent, Architect. I've been thinking about who asked me that. # speaker: Ambassador Okoro # needs: asked_okoro}
On the other side of the courtyard, arms folded, stand the skeptics. At their front is the cable man from the laundromat step, with burnt fingertips and a voice like gravel in a bucket.
Last year they gave us the festival and took the relays back on the Monday. # speaker: Oduya
Oduya, from the laundromat step. I fix the dishes up there. With rope, mostly, since the parts never come. # speaker: Oduya
So forgive me, Architect, if I don't clap. # speaker: Oduya
* [“You don't have to clap.”]
    You don't have to clap. I'd distrust it if you did. # speaker: elara
    Oduya grunts. It is not approval. It is the sound a man makes when a bolt turns more easily than he expected.
* [“The Monday wasn't mine.”]
    The Monday wasn't my decision. # speaker: elara
    It never is anybody's. That's what Mondays are for. # speaker: Oduya
- Okoro comes over with two patches still in her hand.
He's right about the Mondays. I'm right about the nights. A Stack that owns a dish held on with rope still falls out at four in the morning, and it's my people on the stairs when it does. # speaker: Ambassador Okoro
Central scheduling, every bed on the DreamSync relay, and not one sleeper shed for being cheap. That's my plan. It's not pretty. It works. # speaker: Ambassador Okoro
Liora hands you a microphone that someone has clearly fixed with tape.
They came to hear you. All of them. Don't waste it. # speaker: liora
* [Pledge, on the record, the festival's surplus relay capacity to the Stacks, for good.]
    ~ pledged_relay = true
    ~ liora_trust += 1
    ~ nudge("liora", -15)
    ~ nudge("elara", -5)
    Whatever capacity the festival doesn't use on the night stays here. Permanently. I'll write it into the design so it can't be taken back on a Monday. # speaker: elara
    The Ambassadors cheer. Oduya doesn't, but he unfolds his arms.
    Write it where I can read it. Then we'll see. # speaker: Oduya
    Liora says nothing. Her hand finds your elbow for a second and squeezes, hard, and lets go.
* [Tell Oduya to build his own mesh, and not wait for the Tower.]
    ~ nudge("liora", 15)
    ~ nudge("elara", 10)
    Oduya's right. Every year the city hands you a night and takes it back. Build your own mesh. Dream your own nights. Don't wait for the Tower. # speaker: elara
    Oduya's eyebrows go up. So do a lot of the yellow scarves, the other way. Okoro just closes her eyes for a second and breathes out through her nose.
    Liora takes the microphone back, gently, the way you'd take scissors from a child.
    That's a lovely speech for a woman who'll be sleeping at the top of the Tower tonight. # speaker: liora
    But she doesn't say you're wrong. Later you see her talking with Oduya, heads together over a diagram, for an hour.
* {promised_pell} [Tell them about the promise you made Pell.]
    ~ liora_trust += 1
    ~ nudge("liora", -10)
    ~ nudge("elara", -5)
    I promised a boy here that he'd see the kites. To the end, not falling out halfway. I'd like to keep that promise. I need your help to do it. # speaker: elara # needs: promised_pell
    Somewhere near the Ambassador tables, a small voice yells.
    That's me! I'm the boy! # speaker: Pell
    The courtyard laughs, both halves of it. Even Oduya.
    Well. Can't argue with the boy. # speaker: Oduya
* [Hand the microphone back and stand beside Liora while she talks.]
    ~ liora_trust += 1
    ~ nudge("liora", -5)
    You give it back. This is her courtyard; she's earned it.
    Liora talks for six minutes without notes, about slot counts and shift dreaming and a girl last winter who fell out of the Sync every night for a month. She doesn't raise her voice once. By the end the skeptics are quiet and two of them are holding yellow scarves.
    You didn't say anything. # speaker: liora
    You didn't need me to. # speaker: elara
    Hm. Useful and modest. Careful, Nyx. I'll start asking for things. # speaker: liora
- # sfx: door
The courtyard gate bangs. Jaxon comes in with a dozen people from the Sanctuary, handing out leaflets of their own: a green door, and under it, YOUR DREAMS ARE YOURS.
Liora meets him halfway across the courtyard. You've never seen two people be so polite at each other so fast.
Mr. Kade. You're recruiting in my waiting room. # speaker: liora
Doctor. You're handing people a patch without asking what it'll do to them. # speaker: jaxon
Half my patients have never had a full night of it. Easy to refuse a thing you've had, Mr. Kade. # speaker: liora
And when they get their slots, doctor, who chooses what they dream? The Council? Okoro's schedule? One design, the same for all twelve hundred beds? # speaker: jaxon
He doesn't look at you. Neither does she. It's the queue that does: the whole line at the patch table looking, as one, from the festival sky printed on the Ambassadors' leaflets in their hands to the woman who drew it. Behind them, Okoro has stopped pairing patches to listen.
* [Stand by Liora: “They can't argue about dreams if they can't sleep.”]
    ~ sided_with = "liora"
    ~ liora_trust += 1
    ~ jaxon_trust -= 1
    ~ nudge("liora", -10)
    Access first, Jaxon. You can't argue about what people dream if they can't sleep. # speaker: elara
    Jaxon laughs, short and unhappy.
    Of course. The Tower and the doctor. Everyone agrees what's good for the Stacks except the Stacks. # speaker: jaxon
* [Stand by Jaxon: “If the dreams are all mine, what did they get?”]
    ~ sided_with = "jaxon"
    ~ jaxon_trust += 1
    ~ liora_trust -= 1
    ~ nudge("liora", 10)
    He's got a point, Liora. If they get slots and the dreams are all mine, what did they get? # speaker: elara
    Liora's jaw works. She doesn't like it. You can see her turning it over anyway.
    Jaxon, oddly, looks less pleased than you expected. Being agreed with doesn't suit him. It makes him listen.
* [Make them say it out loud: they both want the Stacks to dream their own dreams.]
    ~ sided_with = "both"
    ~ nudge("jaxon", -5)
    ~ nudge("liora", 5)
    You both want the Stacks dreaming their own dreams, on their own beds, with a slot that doesn't drop them. Say it. Out loud. Both of you. # speaker: elara
    A long, mutinous silence.
    I want the Stacks dreaming their own dreams. # speaker: liora
    ...Same. Obviously. # speaker: jaxon
    Oduya starts a slow clap. It doesn't catch on, and he keeps going for a while anyway. Neither of them thanks you for it. People don't, when you've made them agree in public.
- At the gate, Okoro falls into step beside you, scarf over her shoulder, patches in her pocket.
When this comes to a vote, and it will, whose side are you on, Architect? Mine, hers or his? # speaker: Ambassador Okoro
* [“I don't know yet.”]
    I don't know yet. # speaker: elara
    Good. Anyone who knows this early hasn't sat on the stairs. # speaker: Ambassador Okoro
* [“Whoever keeps Pell asleep.”]
    Whoever keeps Pell asleep. # speaker: elara
    Then it's mine. But I'll let you find that out yourself. # speaker: Ambassador Okoro
* [“Why does it have to be sides?”]
    Why does it have to be one of you? # speaker: elara
    Because there's one relay, and one set of hands on it, and a vote picks the hands. # speaker: Ambassador Okoro
- -> a2_eve

=== a2_eve ===
# scene: kaleidoscope-plaza
# mood: tense
The eve of Night One. Two in the morning, and the plaza is lit like an operating theatre.
Crews are bolting the last projector towers into place. The sky-screen hangs above it all, a sheet of nothing the size of a district, waiting for its instructions.
Overnight someone has painted faces on every plinth. Each one is split down the middle: one half amber, the other half any colour but amber.
Tonight is the drill. One row of mats, a hundred volunteers patched in on the crew's test feed: yellow scarves, riggers, two of Tamsin's night walkers, and you, because Okoro's rule runs both ways. If your sky may drop people, you lie under it while she drops it.
# sfx: static
At two-fifteen she pulls the cut-off. The test feed goes out, and you surface on a cold mat with a stranger's half a minute still in your mouth: a kitchen, a kettle, a name you don't know. An Ambassador's hand is already on your shoulder.
Thirty-seven seconds, the woman in the scarf says, reading her watch. You came back in thirty-seven. That's good. Pell took three hours.
Okoro walks the row with her torch, shining it in each face for a second, checking pupils, a ward sister on her rounds, as she must have walked stairwells in the riot summers.
There's a cut-off on this sky. That was it. If anyone forces a second feed onto it, eighty thousand patched people start dreaming two things at once, and some of them wake up not knowing which one was theirs. I've seen that. I won't see it again. # speaker: Ambassador Okoro
If it happens, Elara, I drop the whole plaza. Yours included. Eighty thousand people can curse me over breakfast. I've been cursed at breakfast before. # speaker: Ambassador Okoro
* [“You'd be right to.”]
    You'd be right to. # speaker: elara
    I know. I'd like not to have to be. # speaker: Ambassador Okoro
* [“Dropping them all at once is its own kind of fall.”]
    Dropping eighty thousand at once is a fall too, Sefa. # speaker: elara
    Yes. A short one, onto a mat, with my people standing next to every tenth. I've done the other kind. # speaker: Ambassador Okoro
- She moves on down the row. On the next mat Talon is sitting up, shaken, eating the last tower of a pastry city he must have bought fresh for the occasion. He volunteered too. He has never once been dropped.
Tell me it's going to be one night. Three of them, I know. One night, three times. Eighty thousand people and one night. I need it to be one. # speaker: talon
* [“It will be. One night.”]
    ~ nudge("talon", -10)
    It will be. One night. Everyone in it. # speaker: elara
    He breathes out like a man setting down a piano.
* [“It'll be eighty thousand nights. That's better.”]
    ~ nudge("talon", 10)
    It'll be eighty thousand nights at once. That's better, Talon. That's a festival. # speaker: elara
    He chews on that longer than he chews on the pastry.
    You're terrifying. You know that? # speaker: talon
* {village_thread == "smoothed"} [Ask him if he's sure, after what he did to Hesper's verse.]
    ~ nudge("talon", 15)
    ~ nudge("elara", 5)
    The loft tuned Hesper's verse so it would be one night, and I talked them into it. Are you sure that's the night you want? # speaker: elara # needs: village_thread == "smoothed"
    Talon stops chewing.
    I think about her every time I put the gloves on. # speaker: talon
    I thought you'd say it didn't matter. # speaker: talon
    It does. I argued for it. # speaker: elara
- # sfx: heartbeat
At the far end of the drill row a man is peeling off a patch he hasn't worn in a year. Jaxon. He lay down under the cut-off to find out what it does, and he walks over with the thirty-seven seconds still on his face.
{sided_with == "liora": You took the doctor's side in the courtyard. I noticed. I'm here anyway. # speaker: jaxon # needs: sided_with == "liora"}
{sided_with == "jaxon": You took my side in the courtyard. Don't do it again, it makes me nervous. # speaker: jaxon # needs: sided_with == "jaxon"}
I wanted you to hear it from me, not from Okoro: whatever happens tomorrow, it's not against you. # speaker: jaxon
It's about you, a bit. It's not against you. # speaker: jaxon
* [Tell him to call it off.]
    ~ jaxon_trust -= 1
    ~ nudge("jaxon", 5)
    Then call it off, Jaxon. Whatever it is. Come to the plaza and just watch, for once. # speaker: elara
    I watched for one thousand one hundred and six nights. # speaker: jaxon
    He walks back into the dark.
* [Tell him to make it worth the trouble.]
    ~ jaxon_trust += 1
    Then make it worth the trouble. If you're going to break my sky, break it beautifully. # speaker: elara
    He laughs, a real one, surprised out of him.
    There she is. The other one. The one from before the Tower. # speaker: jaxon
* [Tell him Okoro means it about the cut-off, and she's not wrong.]
    ~ jaxon_trust += 1
    ~ nudge("jaxon", -5)
    Okoro will drop the plaza if you force a second feed. And she's not wrong about what it does to people. Be careful with them, Jaxon. # speaker: elara
    He's quiet for a moment.
    I know what it does. It happened to me, the night the door went. I'll be careful. I'll be more careful than the Sync ever was. # speaker: jaxon
* {gave_schedule} [Remind him: third hour, ninety seconds, don't waste them.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 5)
    Third hour. Ninety seconds of dark. Don't waste them. # speaker: elara # needs: gave_schedule
    Jaxon meets your eyes across the floodlit concrete, and for a second he's twenty-four again, asleep in a testing chair with your electrodes on his temples, trusting you completely.
    I won't. # speaker: jaxon
- Then you're alone on the plaza with the crews and the empty sky.
* [Lie down on a mat and look up at the blank screen.]
    You lie down on a volunteer's mat. The sky-screen is the grey of a page before the first word. Tomorrow eighty thousand people will lie exactly here. You try to feel what they'll feel, and can't, and that seems right.
* [Open the master file one last time.]
    You open the master file on your glass and scroll the whole night through, start to finish. {first_sketch == "door": The little green door is still in the corner. You leave it. # needs: first_sketch == "door"|It holds. You think it holds.}
- -> a3_unveiling
