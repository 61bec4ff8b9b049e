// Act 1: Neo-Unity and the DreamSync system. Elara's city, Talon's commission, the Ambassadors' chief,
// Liora's Stacks, Jaxon's Sanctuary.

=== a1_sync_hour ===
# act: 1
# scene: skyline
# mood: calm
Twenty-two fifty-eight. From your balcony on the forty-first floor, Neo-Unity looks like a switchboard about to be switched off for the night.
Eleven million people are brushing their teeth at the same time. You can almost hear it.
# sfx: bell
The first DreamSync bell rolls across the towers: low, patient, a note that starts in the railing under your hands and climbs your arms.
Window by window the city lowers its lights to the same soft amber. Not off. Lowered, the way a hand lowers a voice.
In two minutes DreamSync will fold every patched sleeper into one long warm night, and tomorrow strangers on the tram will nod at each other because they stood on the same hill and watched the same kites go up.
You built the kite hill. The Council's harmony index went up four points the week it ran. The prism on your sill throws the amber back at you in seven thin colours.
Your glass chimes twice on the rail.
The first message is from Talon Weave, in capitals, as always: TOMORROW. STUDIO. EARLY. I HAVE NEWS AND PASTRIES AND ONE OF THEM IS A METAPHOR.
* [Reply: "Which one?"]
    WHICH ONE, you send.
    BOTH, he sends back at once. He is never asleep before the bell. He says it's rude to the bell.
* [Reply with a thumbs-up and nothing else.]
    You send a thumbs-up. He will read it as a sonnet. He reads everything as a sonnet.
- The second message has no words in it. A nine-second clip, from a sender you have not heard from in fourteen months.
Jaxon Kade.
* [Play Jaxon's clip before the bell ends.]
    ~ watched_clip = true
    ~ nudge("elara", 10)
    A white wall. A green door in it, paint blistered, a brass handle shaped like a fish. The picture shakes like a bad signal.
    Still can't open it. Thought the person who built half my nights should know. # speaker: jaxon
    The clip ends on his breath, as if he meant to say something else and didn't.
    # sfx: bell
    The second bell. You are still standing there, wide awake, when the city goes under without you.
* [Let the bell take you. The kites are waiting.]
    ~ nudge("elara", -10)
    You leave both messages unread and lie down with the balcony door open.
    # sfx: pulse
    DreamSync finds you the way a choir finds a late singer: it makes room, it doesn't stop. A whole city of breaths slows to one, and somewhere on the hill the kites go up.
    You don't think about Jaxon at all. That is rather the point.
* [Stay awake past the second bell, the way you did at art school.]
    ~ nudge("elara", 15)
    # sfx: bell
    The second bell comes and goes. You stay where you are, elbows on the rail, and watch the city sleep from the outside.
    From out here it looks less like a family and more like a held breath.
    You fall asleep alone at one in the morning and dream something small and crooked that will never run on any relay. You forget it by breakfast, but you know it was yours.
- -> a1_studio

=== a1_studio ===
# scene: architect-studio
# mood: hope
# sfx: door
Talon comes through your studio door shoulder first, because both hands are full.
He is tall and loud and wears a coat the colour of a traffic cone. He sets down a box of pastries and a coffee the size of a vase.
They said yes. Elara. They said yes to us. # speaker: talon
The Council wants the centerpiece for Kaleidoscope Nights. The whole sky over the plaza, three nights running, six hours a night, every patched sleeper in the city threaded through one design. Ours. # speaker: talon
He opens the box. Inside is a pastry shaped roughly like the city, towers and all.
That's the metaphor. You can eat the Council district first. It's almond. # speaker: talon
* [Eat the Council district.]
    You break off the Council district. It is, annoyingly, delicious.
    Subversive. I love it. Now you're complicit in the almond. # speaker: talon
* [Ask who baked a city at five in the morning.]
    Who bakes a city at five in the morning? # speaker: elara
    A woman in Fenwright who owes me a favour and now owes me two, because I told her it was for the Council. # speaker: talon
- Behind him your wall of screens still shows the kite hill, paused at the moment the strings go taut.
So. The shape. Tell me the shape and I'll stop talking. I won't stop talking. Tell me anyway. # speaker: talon
* [Tell him you want one chord: every sleeper on one note, the whole city singing it.]
    ~ nudge("elara", -10)
    ~ nudge("talon", -10)
    One chord. Everybody on it. Nobody standing outside the song wondering what it sounds like from in there. # speaker: elara
    Talon puts both hands on his heart. With Talon you never know whether he's meaning it or performing meaning it, and the odd thing is that both are true.
    Yes. Yes. That's the thing I couldn't say. That's why I needed you. # speaker: talon
* [Tell him each district gets a room of its own, and every voice stays its own.]
    ~ nudge("elara", 10)
    ~ nudge("talon", 10)
    Rooms. Each district builds its own, and the crowd walks between them. Every voice stays its own. # speaker: elara
    Talon's face does something complicated. He is not a man who hides disappointment; he just gives it a little stage and lets it bow.
    Rooms are how my family lived, twelve of us in one, and I promise you it was not a festival. # speaker: talon
    But. Say it again slower. I'm listening. # speaker: talon
* [Ask him who "every patched sleeper" means, when the Stacks dream in shifts.]
    ~ nudge("talon", 5)
    ~ nudge("elara", 5)
    Every patched sleeper. Does that include the Stacks? They share relay slots. Half of them will be awake when your chord plays. # speaker: elara
    He opens his mouth, closes it, and eats a tower off the pastry while he thinks.
    I hadn't. No. I'll be honest, I hadn't. # speaker: talon
    Somebody should. Somebody who isn't me, because I'll make it into a speech. # speaker: talon
- Your glass lights up on the desk. AMBASSADOR OKORO, DREAMSYNC. Talon mouths the words she's going to give us homework and lies face down on the pastry box.
-> a1_okoro

=== a1_okoro ===
# sfx: chime
Elara. Congratulations. I'm on a night shift, so I'll be quick. # speaker: Ambassador Okoro
Sefa Okoro runs the Dream Ambassadors: the yellow scarves who go door to door with patches, who sit up with people who fall out of DreamSync and bring them back under. She started as one of them, in the riot summers, with a first-aid kit and a torch.
Four thousand one hundred and six people fell out of the Sync last night. Most of them in the zones. Most of them woke up holding somebody else's nightmare. # speaker: Ambassador Okoro
Kaleidoscope Nights will be the biggest load the relays have ever carried. Whatever you build, build it so people stay under. That's all I ask. # speaker: Ambassador Okoro
* [Promise her they'll stay under. That's what a centerpiece is for.]
    ~ nudge("elara", -10)
    They'll stay under. I'll build it to hold. # speaker: elara
    Good. I'll hold you to it. I've held better people to worse promises. # speaker: Ambassador Okoro
* [Tell her you design dreams, not load tables.]
    ~ nudge("elara", 10)
    ~ nudge("talon", 5)
    I design dreams, Ambassador. The relays are the Authority's job. # speaker: elara
    Everybody says that. Then at four in the morning it's my people on the stairs with a torch. # speaker: Ambassador Okoro
    Talon, face down on the pastry box, gives a small muffled groan of sympathy. You can't tell for whom.
* [Ask her what share of the festival's relay capacity goes to the zones.]
    ~ asked_okoro = true
    ~ nudge("elara", 5)
    How much of the festival's relay capacity actually reaches the zones? # speaker: elara
    A pause. Not a dodge: the sound of someone deciding to tell you.
    Nine percent. For a third of the city. I've asked the Council for more every year for six years. # speaker: Ambassador Okoro
    If you find out how to get it, tell me first. # speaker: Ambassador Okoro
- The call closes. Talon sits up, crumbs on his coat.
She's not wrong, you know. I hate it when she's not wrong. # speaker: talon
* [“She's the only one who counts the ones who fall.”]
    She's the only one in this city who counts the people who fall out. Somebody should. # speaker: elara
    I know. I just wish she'd count them somewhere I can't hear. # speaker: talon
* [“She wants a night with no surprises in it.”]
    She wants a night with no surprises in it. That's not a festival, that's a timetable. # speaker: elara
    Timetables are how twelve kids get to school, Elara. Don't knock timetables. # speaker: talon
- He is already sketching on the big screen: a sky, a crowd, a single bright line running through both.
Before the design eats your days, there are two people you should see. Dr. Liora Veer has been asking for an hour of your time since spring. {watched_clip: And Jaxon's door is still sitting in your messages.|And Jaxon's clip is still sitting in your messages, unopened.}
-> a1_crossroads

=== a1_crossroads ===
{a1_stacks or a1_sanctuary: You still have the afternoon.}
* [Take the tram out to the Tidewater Stacks, to Liora's clinic.]
    -> a1_stacks
* [Walk to the Verrier district and find the Sleepless Sanctuary.]
    -> a1_sanctuary
* {a1_stacks and not a1_sanctuary} [Message Jaxon first, to say you're coming.]
    ON MY WAY, you send. He reads it at once and doesn't answer, which from Jaxon is a kind of RSVP.
    -> a1_sanctuary
* {a1_sanctuary and not a1_stacks} [Message Liora first, to say you're coming.]
    She answers in four words: SIT WHERE IT'S DRY.
    -> a1_stacks

=== a1_stacks ===
# scene: underserved-zone
# mood: somber
The Tidewater Stacks were container yards once. Now they are towers of them, forty high, painted in whatever colour was cheapest the year each was hung.
On every roof sits a relay dish that was secondhand when it arrived. Two of them are held on with rope.
Liora's clinic is a former laundromat. The machines are still there, doors open, used as filing cabinets.
Dr. Liora Veer is small, grey at the temples, and holding a child's wrist the way other people hold a cup of tea: without looking at it.
Sit. Not there, that one leaks. # speaker: liora
This is Pell. Pell fell out last night. # speaker: liora
The boy is nine or so, and looks at you as if you are a famous building.
* [Shake Pell's hand, seriously, like a colleague.]
    You offer your hand. Pell shakes it with enormous gravity, then checks his palm to see if anything came off.
* [Crouch down to his height and say hello.]
    You crouch. Pell crouches too, to be polite, and now you are both very low in a laundromat.
- Twelve hundred beds in this stack, Ms. Nyx. Four hundred relay slots. So we dream in shifts. Ten to two, two to six. Pell's family has the two-to-six. # speaker: liora
When the relay gets busy it sheds load. It drops the cheapest sleepers first. Guess whose. # speaker: liora
Pell tugs your sleeve.
Did you make the kite hill? # speaker: Pell
I fell out before the kites. # speaker: Pell
* [Ask Pell what he dreamed when he fell out.]
    ~ heard_pell = true
    ~ nudge("liora", 10)
    What did you dream, when you fell out? # speaker: elara
    Pell thinks hard about it, which at nine means looking at the ceiling.
    A dog. A big grey one. It wasn't my dog. It was some man's dog and it was dead, and the man was sad, and then I was awake and I was still sad. # speaker: Pell
    Sync-lag. They drop mid-dream and carry out whatever the relay was holding. A stranger's grief, usually. Grief is heavy. It sticks. # speaker: liora
    She says it flatly, a woman reading a weather report for a storm she has stood in a hundred times.
* [Promise Pell that he'll see the kites at the festival, the whole way through.]
    ~ promised_pell = true
    ~ nudge("liora", -10)
    ~ nudge("elara", -5)
    At Kaleidoscope Nights you'll see the kites. The whole way through. I promise. # speaker: elara
    Pell looks at Liora to check if this is allowed.
    Don't look at me. She's the famous one. # speaker: liora
    But when Pell has gone she leans in, and her voice drops.
    Don't make promises to him that belong to the Council. He'll remember. They always remember. # speaker: liora
- Liora shuts a washing machine door on a stack of files, as if that settles something.
You didn't come out here to look sad at us. Faces don't buy relays. What did you come for? # speaker: liora
* [Tell her the festival will reach the Stacks: every bed, one night, the whole city together.]
    ~ nudge("liora", -10)
    ~ nudge("elara", -5)
    Kaleidoscope Nights runs all night for everyone. I'll make sure the Stacks are in it. Every bed. # speaker: elara
    Every bed. # speaker: liora
    She says it back slowly, the way you'd taste something a stranger cooked.
    All right. I'll believe it a little. That's more than I usually do before lunch. # speaker: liora
* [Ask her what the Stacks would dream, if no one upstairs chose it for them.]
    ~ liora_trust += 1
    ~ nudge("liora", 15)
    ~ nudge("elara", 5)
    What would the Stacks dream, if they chose it? Not the kite hill. Not mine. Theirs. # speaker: elara
    Liora looks at you properly for the first time.
    In twelve years here you're the first one from upstairs to ask that. Mostly they ask how many. # speaker: liora
    I don't know. Something with more noise in it. We've got three hundred years of work songs down here that the towers have never heard. # speaker: liora
    Maybe we don't need your festival, Ms. Nyx. Maybe we need our own dishes. # speaker: liora
* [Ask what she needs, and offer to carry it up to the Council yourself.]
    ~ liora_trust += 1
    ~ nudge("liora", -5)
    ~ nudge("elara", -5)
    Tell me what to ask for. I'll carry it into the Council myself. # speaker: elara
    Relays. Dishes that don't need rope. Slots for every bed, not every third one. It isn't poetry. # speaker: liora
    I'll bring the poetry. You bring the list. # speaker: elara
    She almost smiles. It is gone before it lands.
- On your way out, a man on the laundromat step is splicing cable with his teeth. He nods at you without stopping.
* [Nod back.]
    You nod back. He seems to count it in your favour, slightly.
* [Ask him what he's fixing.]
    What's that for? # speaker: elara
    The two-to-six. Same as every week. # speaker: Oduya
    He spits out a bit of insulation and does not elaborate.
- {a1_sanctuary: -> a1_night | -> a1_crossroads}

=== a1_sanctuary ===
# scene: sleepless-sanctuary
# mood: tense
The Sleepless Sanctuary is a planetarium the city forgot to close. The dome is cracked. The seats still tilt back to a sky that hasn't run since before you were born.
A young woman with a shaved head and a clipboard stands at the door.
You're the Architect. # speaker: Tamsin
I'm Tamsin. He said you might come. He also said you wouldn't. He likes to be right twice. # speaker: Tamsin
* [Tell her you like to disappoint him once.]
    I like to prove him wrong at least once a visit. # speaker: elara
    Tamsin considers this and writes something down. You'd pay money to see the clipboard.
* [Ask what the clipboard is for.]
    What's the clipboard for? # speaker: elara
    Names. People who haven't slept in the Sync for a year. We read them out at midnight. It's less sad than it sounds. It's about as sad as it sounds. # speaker: Tamsin
- Inside, two hundred people are wide awake in the dark, passing thermoses of bitter tea. One at a time they go to a microphone and tell a dream out loud, and a cheap projector throws a rough drawing of it onto the dome.
A woman describes a staircase made of bread. The projector draws something that looks more like a loaf of stairs. Everyone claps anyway.
Jaxon Kade is at the console, thinner than you remember, hair grown out, the same crooked mouth.
Architect. You came in person. I'd have settled for a hologram with a disapproving expression. # speaker: jaxon
* [“You look terrible.”]
    You look terrible. # speaker: elara
    I look awake. From the forty-first floor they're easy to confuse. # speaker: jaxon
* [“I got your clip.”]
    I got your clip. # speaker: elara
    Got it, or opened it? They're different verbs, Elara. # speaker: jaxon
- One thousand one hundred and six nights in a row, I synced. I had a badge. I tested your first three dreamscapes, you remember? I cried at the bell-tower one. # speaker: jaxon
Then one night I went looking for the door, and it wasn't there. I'd dreamed it since I was six. Green door, my father's boat shed, fish on the handle. Gone. Sanded off. # speaker: jaxon
{watched_clip: You watched his clip last night. You don't say so yet. | You never opened his clip. He can probably tell.}
* [Tell him a dream of your own that you haven't had in years: the staircase into the sea.]
    ~ told_dream = true
    ~ jaxon_trust += 1
    ~ nudge("elara", 10)
    I used to dream a staircase going down into the sea. Every step wet. I'd wake up before the bottom. # speaker: elara
    I haven't had it since my second year at the studio. I never noticed it was gone until now. # speaker: elara
    Jaxon doesn't answer straight away. The projector, which someone has left listening, draws a staircase going down into a blue smudge on the dome.
    Thank you. That's the first true thing anyone from the Tower's said to me in a year. # speaker: jaxon
* [Remind him of the summer the Salt Quarter market burned.]
    ~ jaxon_trust += 1
    ~ nudge("elara", -10)
    ~ nudge("jaxon", -5)
    Jaxon. The summer the Salt Quarter market burned. Nothing's burned since, and you know why. You remember what it was like before. # speaker: elara
    I remember. I was there, with a badge. # speaker: jaxon
    He doesn't look away, though. You've told him what you actually think, and he has always respected that more than agreement.
    I'm not asking anyone to stop dreaming together. I'm asking for the door back. Those are different sentences. Listen to them. # speaker: jaxon
* [Laugh at the room: a planetarium full of people bragging about insomnia.]
    ~ mocked_jaxon = true
    ~ jaxon_trust -= 2
    ~ nudge("jaxon", 15)
    ~ nudge("elara", -5)
    A planetarium full of people competing to be tired. You've built a support group for insomnia. # speaker: elara
    A few heads turn. Tamsin, by the door, writes something on her clipboard.
    Jaxon smiles, and it's the old smile, with a shutter coming down behind it.
    There she is. I wondered if the Tower had left any of you. Turns out it left the part that laughs at people. # speaker: jaxon
* {watched_clip} [Tell him you watched his clip three times.]
    ~ jaxon_trust += 1
    ~ nudge("jaxon", 5)
    ~ nudge("elara", 5)
    I watched it three times. The fish on the handle. I'd forgotten you told me about that. # speaker: elara
    You didn't forget. You designed around it. # speaker: jaxon
    He says it without heat, which is worse.
- He taps the console. On the dome, {told_dream: your staircase|the loaf of stairs} fades out.
Kaleidoscope Nights. They gave you the sky, didn't they. # speaker: jaxon
Make it big, Elara. Make it beautiful. Just remember that every one of them up there had a door once. # speaker: jaxon
* [“I'll remember.”]
    I'll remember. # speaker: elara
    Write it down. You people forget things on purpose. It's a service you offer. # speaker: jaxon
* [“Everyone up there also had a night they couldn't get through alone.”]
    And every one of them had a night they couldn't get through alone, Jaxon. The Sync got them through it. # speaker: elara
    He nods slowly, conceding the point without surrendering anything else.
    I know. I was one of them. That's why I'm still angry. # speaker: jaxon
- {a1_stacks: -> a1_night | -> a1_crossroads}

=== a1_night ===
# scene: architect-studio
# mood: calm
Late. The studio is empty except for Talon's pastry city, now missing most of its districts.
On the big screen is a blank sky the size of the plaza, waiting.
You have {heard_pell: Pell's borrowed grey dog|Pell's missing kites} in one ear, Jaxon's green door in the other, and Okoro's four thousand one hundred and six sitting on your chest like a cat.
You pick up the stylus. Whatever you draw first will be under everything else.
* [Draw one line of sound: a single held note, wide enough for everyone.]
    ~ first_sketch = "chord"
    ~ nudge("elara", -10)
    The line runs corner to corner in one stroke, and it feels good the way a held note feels good when a whole room finds it.
* [Draw a door, small, in the bottom corner where it won't be noticed.]
    ~ first_sketch = "door"
    ~ nudge("elara", 10)
    A white wall and a green door, no bigger than your thumbnail. You don't tell anyone it's there.
    It is petty and private and it feels like the best thing you've drawn all year.
* [Draw kites, hundreds of them, each on its own string.]
    ~ first_sketch = "kites"
    ~ nudge("liora", -5)
    Kites, each on its own string, each string held by somebody you'll never see. Together they make a sky. Apart they're still kites.
- # sfx: bell
The DreamSync bell rolls in over the towers. The prism on the sill goes amber.
* [Save the file as KALEIDOSCOPE.]
    You save the file and call it KALEIDOSCOPE, working title. Talon will want to rename it. Talon will lose.
* [Save the file as UNTITLED, and go to bed without syncing.]
    You save it as UNTITLED and sleep with the patch off. You dream of nothing you can remember, which is not the same as nothing.
- -> a2_design
