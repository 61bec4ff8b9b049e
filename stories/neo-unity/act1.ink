// Act 1: Neo-Unity and the DreamSync system. Elara's city, Talon's commission, Liora's Stacks, Jaxon's Sanctuary.

=== a1_sync_hour ===
# act: 1
# scene: skyline
# mood: calm
Twenty-two fifty-eight. From your balcony on the forty-first floor, Neo-Unity looks like a switchboard somebody is about to switch off for the night.
Eleven million people are brushing their teeth at the same time.
You can almost hear it.
# sfx: bell
The first Sync bell rolls across the towers: low, patient, a note you feel in your back teeth before you hear it.
Window by window the city lowers its lights to the same soft amber. Not off. Lowered, the way a hand lowers a voice.
In two minutes DreamSync will fold every sleeper into one long warm night, and tomorrow strangers on the tram will nod at each other because they dreamed the same orchard.
You built the orchard. The kites at the end are yours too. The Council's harmony index went up four points the week it ran.
Your glass chimes twice on the rail beside you.
The first message is from Talon Weave, in capitals, as always: TOMORROW. STUDIO. EARLY. I HAVE NEWS AND PASTRIES AND ONE OF THEM IS A METAPHOR.
The second has no words in it. A nine-second clip, and a sender you have not heard from in fourteen months.
Jaxon Kade.
* [Play Jaxon's clip before the bell ends.]
    ~ watched_clip = true
    ~ nudge("elara", 10)
    A white wall. A green door in it, paint blistered, a brass handle shaped like a fish. The picture shakes like a bad signal.
    Still can't open it. Thought the person who built half my nights should know. # speaker: jaxon
    The clip ends on his breath, as if he meant to say something else and didn't.
    # sfx: bell
    The second bell. You are still standing there, wide awake, when the city goes under without you.
* [Let the bell take you. You've earned the orchard.]
    ~ nudge("elara", -10)
    You leave both messages unread and lie down with the balcony door open.
    # sfx: pulse
    The Sync finds you the way warm water finds a cold hand. Eleven million breaths slow to one, and somewhere in it are the kites.
    You don't think about Jaxon at all. That is rather the point of the Sync.
* [Stay awake past the second bell, the way you did at art school.]
    ~ nudge("elara", 15)
    # sfx: bell
    The second bell comes and goes. You stay where you are, elbows on the rail, and watch the city sleep from the outside.
    From out here it looks less like a family and more like a held breath.
    You fall asleep alone at one in the morning and dream something small and crooked that nobody else will ever see. You forget it by breakfast, but you know it was yours.
- -> a1_studio

=== a1_studio ===
# scene: architect-studio
# mood: hope
# sfx: door
Talon comes through your studio door shoulder first, because both hands are full.
He is tall and loud and wears a coat the colour of a traffic cone. He sets down a box of pastries and a coffee the size of a vase.
They said yes. Elara. They said yes to us. # speaker: talon
The Council wants the centerpiece for Kaleidoscope Nights. The whole sky over the plaza, six hours, every sleeper in the city threaded through one design. Ours. # speaker: talon
He opens the box. Inside is a pastry shaped roughly like the city, towers and all.
That's the metaphor. You can eat the Council district first. It's almond. # speaker: talon
Behind him your wall of screens still shows the orchard, paused at the moment the kites go up.
* [Tell him you want every sleeper in one current: one river, the whole city in it.]
    ~ nudge("elara", -10)
    ~ nudge("talon", -10)
    One river. Everyone in the water. Nobody on the bank watching. # speaker: elara
    Talon puts both hands on his heart, which is how you know he means it and also that he is performing meaning it.
    Yes. Yes. That's the thing I couldn't say. That's why I needed you. # speaker: talon
* [Tell him each district gets a room of its own, and nobody gets blended.]
    ~ nudge("elara", 10)
    ~ nudge("talon", 10)
    Rooms. Each district builds its own, and the crowd walks between them. Nobody gets blended into anybody. # speaker: elara
    Talon's face does something complicated. He is not a man who hides disappointment; he just gives it a little stage and lets it bow.
    Rooms. Hm. Rooms are how my family lived, twelve of us in one, and I promise you nobody called it a festival. # speaker: talon
    But. Say it again slower. I'm listening. # speaker: talon
* [Ask him who "every sleeper" means, when the Stacks dream in shifts.]
    ~ nudge("talon", 5)
    ~ nudge("elara", 5)
    Every sleeper. Does that include the Stacks? They share relay slots. Half of them will be awake when your river runs. # speaker: elara
    He opens his mouth, closes it, and eats a tower off the pastry while he thinks.
    I hadn't. No. I'll be honest, I hadn't. # speaker: talon
    Somebody should. Somebody who isn't me, because I'll make it into a speech. # speaker: talon
- Your glass lights up on the desk. COUNCILLOR RUHL. Talon mouths the word budget at you and lies face down on the pastry box.
-> a1_ruhl

=== a1_ruhl ===
# sfx: chime
Elara. Congratulations. I won't keep you. # speaker: Councillor Ruhl
Councillor Ruhl speaks the way a metronome would, if a metronome sat on four committees.
The harmony index dipped two points last quarter. The Council would like it to un-dip. Kaleidoscope Nights is the obvious place. # speaker: Councillor Ruhl
And there's a small nuisance in the Verrier district. The Sleepless Sanctuary. I'm told you know its organiser. # speaker: Councillor Ruhl
* [Promise her the index. That's what a centerpiece is for.]
    ~ nudge("elara", -10)
    You'll have your two points. Probably five. # speaker: elara
    Good. I do like a designer who can count. # speaker: Councillor Ruhl
* [Tell her you don't design for an index.]
    ~ nudge("elara", 10)
    ~ nudge("talon", 5)
    I don't design for a number, Councillor. I design for people who are asleep. # speaker: elara
    People who are asleep are exactly the people a number is for. # speaker: Councillor Ruhl
    Talon, behind you, gives a small silent round of applause.
* [Ask her what share of the festival's relay capacity goes to the zones.]
    ~ asked_ruhl = true
    ~ nudge("elara", 5)
    How much of the festival's relay capacity reaches the underserved zones? # speaker: elara
    A pause long enough to hear a spreadsheet being opened.
    The zones receive a proportionate allocation. # speaker: Councillor Ruhl
    Proportionate to what? # speaker: elara
    To the allocation. Good morning, Elara. # speaker: Councillor Ruhl
- The call closes. Talon is already sketching on the big screen: a sky, a crowd, a single bright current running through both.
Before the design eats your days, there are two people you should see. Dr. Liora Veer has been asking for an hour of your time since spring. And Jaxon's door is still sitting in your messages.
-> a1_crossroads

=== a1_crossroads ===
{a1_stacks or a1_sanctuary: You still have the afternoon.}
* [Take the tram out to the Tidewater Stacks, to Liora's clinic.]
    -> a1_stacks
* [Walk to the Verrier district and find the Sleepless Sanctuary.]
    -> a1_sanctuary

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
Eleven hundred beds in this stack, Ms. Nyx. Four hundred relay slots. So we dream in shifts. Ten to two, two to six. Pell's family has the two-to-six. # speaker: liora
When the relay gets busy it sheds load. It drops the cheapest sleepers first. Guess whose. # speaker: liora
Pell tugs your sleeve.
Did you make the orchard? With the kites? # speaker: Pell
I fell out before the kites. # speaker: Pell
* [Ask Pell what he dreamed when he fell out.]
    ~ heard_pell = true
    ~ nudge("liora", 10)
    What did you dream, when you fell out? # speaker: elara
    Pell thinks hard about it, which at nine means looking at the ceiling.
    A dog. A big grey one. It wasn't my dog. It was some man's dog and it was dead, and the man was sad, and then I was awake and I was still sad. # speaker: Pell
    Sync-lag. They drop mid-dream and carry out whatever the relay was holding. A stranger's grief, usually. It's always grief, for some reason. Grief is heavy. It sticks. # speaker: liora
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
- Liora closes a washing machine door on a stack of files, as if that settles something.
You didn't come out here to look sad at us. Faces don't buy relays. What did you come for? # speaker: liora
* [Tell her the festival will reach the Stacks: every bed, one night, the whole city together.]
    ~ nudge("liora", -10)
    ~ nudge("elara", -5)
    Kaleidoscope Nights runs all night for everyone. I'll make sure the Stacks are in it. Every bed. # speaker: elara
    Every bed. # speaker: liora
    She says it back slowly, the way you'd taste something a stranger cooked.
    All right. I'll believe it a little. That's more than I usually do before lunch. # speaker: liora
* [Ask her what the Stacks would dream, if nobody upstairs chose it for them.]
    ~ nudge("liora", 15)
    ~ nudge("elara", 5)
    What would the Stacks dream, if they chose it? Not the orchard. Not mine. Theirs. # speaker: elara
    Liora looks at you properly for the first time.
    Nobody's asked that since I came here. Mostly they ask how many. # speaker: liora
    I don't know. Something with more water in it. Something loud. We've got three hundred years of songs down here that nobody upstairs has heard. # speaker: liora
    Maybe we don't need your river, Ms. Nyx. Maybe we need our own pipes. # speaker: liora
* [Ask what she needs, and offer to carry it up to the Council yourself.]
    ~ nudge("liora", -5)
    ~ nudge("elara", -5)
    Tell me what to ask for. I'll carry it into the Council myself. # speaker: elara
    Relays. Dishes that don't need rope. Slots for every bed, not every third one. It isn't poetry. # speaker: liora
    I'll bring the poetry. You bring the list. # speaker: elara
    She almost smiles. It is gone before it lands.
- {a1_sanctuary: -> a1_night | -> a1_crossroads}

=== a1_sanctuary ===
# scene: sleepless-sanctuary
# mood: tense
The Sleepless Sanctuary is a planetarium nobody paid to close. The dome is cracked. The seats still tilt back to a sky that hasn't run since before you were born.
A young woman with a shaved head and a clipboard stands at the door.
You're the Architect. # speaker: Mira
I'm Mira. He said you might come. He also said you wouldn't. He likes to be right twice. # speaker: Mira
Inside, two hundred people are wide awake in the dark, passing thermoses of bitter tea. One at a time they go to a microphone and tell a dream out loud, and a cheap projector throws a rough drawing of it onto the dome.
A woman describes a staircase made of bread. The projector draws something that looks more like a loaf of stairs. Everyone claps anyway.
Jaxon Kade is at the console, thinner than you remember, hair grown out, the same crooked mouth.
Architect. You came in person. I'd have settled for a hologram with a disapproving expression. # speaker: jaxon
Eleven hundred and six nights in a row, I synced. I had a badge. I tested your first three dreamscapes, you remember? I cried at the lighthouse one. # speaker: jaxon
Then one night I went looking for the door, and it wasn't there. I'd dreamed it since I was six. Green door, my father's boat shed, fish on the handle. Gone. Sanded off. # speaker: jaxon
{watched_clip: You watched his clip last night. You don't say so yet. | You never opened his clip. He can probably tell.}
* [Tell him a dream of your own that you haven't had in years: the staircase into the sea.]
    ~ told_dream = true
    ~ nudge("elara", 10)
    ~ nudge("jaxon", -10)
    I used to dream a staircase going down into the sea. Every step wet. I'd wake up before the bottom. # speaker: elara
    I haven't had it since my second year at the studio. I never noticed it was gone until now. # speaker: elara
    Jaxon is quiet for a long moment. The projector, which someone has left listening, draws a staircase going down into a blue smudge on the dome.
    Thank you. I mean it. That's the first true thing anyone from the Tower's said to me in a year. # speaker: jaxon
* [Tell him the Sync is what keeps this city from tearing itself apart.]
    ~ nudge("elara", -10)
    ~ nudge("jaxon", 10)
    Jaxon, the Sync is why this city doesn't tear itself apart every summer. You remember what it was like before. # speaker: elara
    I remember. I was there, with a badge. # speaker: jaxon
    And I'm not asking anyone to stop dreaming together. I'm asking for the door back. Those are different sentences. Listen to them. # speaker: jaxon
* [Laugh at the room: a planetarium full of people bragging about insomnia.]
    ~ mocked_jaxon = true
    ~ nudge("jaxon", 15)
    ~ nudge("elara", -5)
    A planetarium full of people competing to be tired. You've built a support group for insomnia. # speaker: elara
    A few heads turn. Mira, by the door, writes something on her clipboard.
    Jaxon smiles, and it's the old smile, and it's also a door closing.
    There she is. I wondered if the Tower had left any of you. Turns out it left the part that laughs at people. # speaker: jaxon
* {watched_clip} [Tell him you watched his clip three times.]
    ~ nudge("jaxon", -5)
    ~ nudge("elara", 5)
    I watched it three times. The fish on the handle. I'd forgotten you told me about that. # speaker: elara
    You didn't forget. You designed around it. # speaker: jaxon
    He says it without heat, which is worse.
- He taps the console. On the dome, {told_dream: your staircase|the loaf of stairs} fades out.
Kaleidoscope Nights. They gave you the sky, didn't they. # speaker: jaxon
Make it big, Elara. Make it beautiful. Just remember that every one of them up there had a door once. # speaker: jaxon
{a1_stacks: -> a1_night | -> a1_crossroads}

=== a1_night ===
# scene: architect-studio
# mood: calm
Late. The studio is empty except for Talon's pastry city, now missing most of its districts.
On the big screen is a blank sky the size of the plaza, waiting.
You have {heard_pell: Pell's borrowed grey dog|Pell's missing kites} in one ear, Jaxon's green door in the other, and Ruhl's two points sitting on your chest like a cat.
You pick up the stylus. Whatever you draw first will be under everything else.
* [Draw the river: one bright current, wide enough for everyone.]
    ~ first_sketch = "river"
    ~ nudge("elara", -10)
    The line runs corner to corner in one stroke, and it feels good the way a held note feels good.
* [Draw a door, small, in the bottom corner where nobody will look.]
    ~ first_sketch = "door"
    ~ nudge("elara", 10)
    ~ nudge("jaxon", -5)
    A white wall and a green door, no bigger than your thumbnail. You don't tell anyone it's there.
    It is petty and private and it feels like the best thing you've drawn all year.
* [Draw kites, hundreds of them, each on its own string.]
    ~ first_sketch = "kites"
    ~ nudge("liora", -5)
    Kites, each on its own string, each string held by somebody you'll never see. Together they make a sky. Apart they're still kites.
- # sfx: bell
The Sync bell rolls in over the towers. You save the file and call it KALEIDOSCOPE, working title.
-> a2_design
