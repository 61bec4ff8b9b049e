// Act 1: one bad night in the Tidewater Stacks. The DreamSync relay drops Stack Nine's two-to-six shift
// out of Elara's own dream; on Okoro's stairs she gets the commission, meets Pell, Liora and Jaxon in one
// stairwell, and the next afternoon makes the first threads with Talon at the loom.

=== a1_sync_hour ===
# act: 1
# scene: skyline
# mood: calm
Twenty to three in the morning, and your glass is buzzing itself off the pillow.
At twenty-two fifty-eight the first DreamSync bell rolled across the towers, and window by window the city lowered its lights to amber. Not off. Lowered, the way a hand lowers a voice.
You went under with everyone else, onto the kite hill, your own hill, the one that put the Council's harmony index up four points. The prism on your sill threw the amber back at you in seven thin colours, and you slept.
Now the message on the glass is from Sefa Okoro, chief of the Dream Ambassadors, and it is six words long.
YOUR HILL DROPPED STACK NINE. COME.
# sfx: door
The night tram to the Tidewater Stacks is empty except for you and a cleaner asleep upright with her patch still on. On the same glass, a week old, sits a nine-second clip from Jaxon Kade, the first word from him in fourteen months. You haven't opened it. You keep not opening it.
* [Play Jaxon's clip while the tram crosses the harbour.]
    ~ watched_clip = true
    ~ nudge("elara", 10)
    A white wall. A green door in it, paint blistered, a brass handle shaped like a fish. The picture shakes.
    Still can't open it. Thought the person who built half my nights should know. # speaker: jaxon
    The clip ends on his breath, as if he meant to say something else and didn't. The tram lurches. You play it again.
* [Read Okoro's six words again, and count the stops.]
    ~ nudge("elara", -10)
    You read it again. Your hill. Not the Council's, not the relay's. She chose the word on purpose; Okoro chooses all her words on purpose. You leave Jaxon's clip where it is.
* [Watch the towers go by with every window amber, and stay awake to see it.]
    ~ nudge("elara", 5)
    Block after block of lowered light, eleven million people breathing in one key, and you the only one on this tram with her eyes open. From out here the city looks less like a family than a held breath. You leave Jaxon's clip where it is.
- -> a1_okoro

=== a1_okoro ===
# scene: underserved-zone
# mood: somber
Stack Nine is forty containers high, painted in whatever colour was cheapest the year each was hung. On the roof a relay dish is held on with rope.
The stairwell is lit by torches. On every landing there are people sitting on the steps in their sleep clothes: awake, wrong-footed, holding their own elbows.
Yellow scarves sit beside them, one on every third step: the Ambassadors. Bus drivers, night nurses, a retired teacher. The voices are kept low, the way they are in a ward.
Okoro is on the second landing with a torch and a clipboard of her own, scarf gone pale with washing. She started as one of these, in the riot summers, with a first-aid kit and this same kind of torch.
When a dream drops people, its maker comes and sits the stairs. My rule. The Council hates it. # speaker: Ambassador Okoro
The whole two-to-six, out, at two thirty-one. Your kites were going up. The relay shed the cheapest sleepers first, and they woke holding whatever it was carrying. A stranger's grief, mostly. Grief is heavy. It sticks. # speaker: Ambassador Okoro
She hands you a torch before you've said anything.
And the Council's given you the sky. Kaleidoscope Nights, three nights over the plaza. I'm the one who put your name in. I want the woman who built the hill that dropped them to build the one that doesn't. # speaker: Ambassador Okoro
* [Promise her they'll stay under. That's the whole brief.]
    ~ nudge("elara", -10)
    They'll stay under. I'll build it to hold. Every bed. # speaker: elara
    Good. I'll hold you to it. I've held better people to worse promises, on this exact step. # speaker: Ambassador Okoro
* [Tell her the drop was the relay's, not the dream's: give the Stacks real slots and any dream will hold.]
    ~ nudge("elara", 10)
    It wasn't the hill that dropped them, Sefa. It was a relay held on with rope. Give them slots and any dream holds. # speaker: elara
    Everybody says that. Then at four in the morning it's my people on the stairs with a torch. # speaker: Ambassador Okoro
    She lifts the torch an inch, to show you where you both are.
* [Ask her what share of the festival's relay capacity goes to the zones.]
    ~ asked_okoro = true
    ~ nudge("elara", 5)
    How much of the festival's relay capacity actually reaches the zones? # speaker: elara
    A pause. Not a dodge: the sound of someone deciding to tell you.
    Nine percent. For a third of the city. I've asked the Council for more every year for six years. # speaker: Ambassador Okoro
    If you find out how to get it, tell me first. # speaker: Ambassador Okoro
- She points the torch up the stairs.
Fourth step, third landing. He's been asking for the kite lady. Don't ask me how he knows. # speaker: Ambassador Okoro
-> a1_stacks

=== a1_stacks ===
The boy on the fourth step is nine or so, in a coat over pyjamas, and looks at you as though you were a famous building.
* [Sit on the step below him, so he's the taller one.]
    You sit one step down. He approves of this; it's the correct arrangement for a famous building.
* [Put your torch between you, pointing at the ceiling.]
    You stand the torch on the step. It makes a small white room on the ceiling, and he looks up at it instead of at you, which helps.
- I'm Pell. Did you make the kite hill? # speaker: Pell
I fell out before the kites. # speaker: Pell
* [Ask Pell what he dreamed when he fell out.]
    ~ heard_pell = true
    What did you dream, when you fell out? # speaker: elara
    Pell thinks hard about it, which at nine means looking at the ceiling.
    A dog. A big grey one. It wasn't my dog. It was some man's dog and it was dead, and the man was sad, and then I was awake and I was still sad. # speaker: Pell
    You sit with that. So does he. The torch hums.
* [Promise Pell that he'll see the kites at the festival, the whole way through.]
    ~ promised_pell = true
    ~ nudge("elara", -5)
    At Kaleidoscope Nights you'll see the kites. The whole way through. I promise. # speaker: elara
    He holds out his little finger, and you hook it, because that is how promises are made on the fourth step.
* [Say nothing clever. Sit with him till he yawns.]
    ~ nudge("elara", -5)
    You sit. He leans, a little at a time, until his head is on your arm. Twenty minutes later he yawns so wide his ears pop, and laughs at the sound.
- # sfx: door
Below you the street door bangs, and the stairwell smells of bitter tea.
They come up the stairs in a line, with thermoses: a dozen people in coats over their sleep clothes, except they haven't been asleep. The Sleepless Sanctuary walks the Stacks on drop nights. They're awake anyway.
At the front is a young woman with a shaved head and a clipboard, and behind her, thinner than you remember, hair grown out, the same crooked mouth: Jaxon.
-> a1_sanctuary

=== a1_sanctuary ===
# mood: tense
The young woman pours a cup for the man on the landing below, and writes his name down.
Names. People who fell out tonight. We read them out at midnight, at the Sanctuary. It's less sad than it sounds. It's about as sad as it sounds. # speaker: Tamsin
I'm Tamsin. You're the kite lady. # speaker: Tamsin
* [“Architect, usually.”]
    Architect, usually. Tonight I'm the kite lady. # speaker: elara
    Tamsin writes something down. You'd pay money to see the clipboard.
* [Ask if your name goes on the clipboard too.]
    Do I go on the list? # speaker: elara
    You didn't fall out. You fell in. Different list. # speaker: Tamsin
- Jaxon hands a thermos lid to the Ambassador on the next step, who takes it. They don't look at each other. It seems to be a long arrangement.
Architect. You came in person. I'd have settled for a hologram with a disapproving expression. # speaker: jaxon
* [“You look terrible.”]
    You look terrible. # speaker: elara
    I look awake. From the top of the Tower they're easy to confuse. # speaker: jaxon
* [“I got your clip.”]
    I got your clip. # speaker: elara
    Got it, or opened it? They're different verbs, Elara. # speaker: jaxon
- He sits down on the step above Pell, who is asleep now, or pretending.
One thousand one hundred and six nights in a row, I synced. I had a badge. I tested your first three dreamscapes, you remember? I cried at the bell-tower one. # speaker: jaxon
Then one night I went looking for the door, and it wasn't there. I'd dreamed it since I was six. Green door, my father's boat shed, fish on the handle. Gone. Sanded off. # speaker: jaxon
These people lost a night tonight. I lost the door for good. I'm not sure which is worse. I'm not sure it's a competition. # speaker: jaxon
{watched_clip: You watched his clip on the tram. You don't say so yet. | You never opened his clip. He can probably tell.}
* [Tell him a dream of your own that you haven't had in years: the window and the three notes.]
    ~ told_dream = true
    ~ jaxon_trust += 1
    ~ nudge("elara", 10)
    I used to dream a courtyard at night, and one window lit, high up. I'd whistle three notes at it, and somebody up there whistled them back. I never saw who. # speaker: elara
    I haven't had it since my second year at the studio. I never noticed it was gone until now. Sitting in a stairwell full of people who lost a night. Funny. # speaker: elara
    Jaxon doesn't answer straight away. Somewhere above you on the stairs a man is whistling through his teeth to keep himself awake, two notes, over and over.
    Thank you. That's the first true thing anyone from the Tower's said to me in a year. # speaker: jaxon
* [Remind him of the summer the Salt Quarter market burned.]
    ~ jaxon_trust += 1
    ~ nudge("elara", -10)
    ~ nudge("jaxon", -5)
    Jaxon. The summer the Salt Quarter market burned. Nothing's burned since, and you know why. You remember what it was like before. # speaker: elara
    I remember. I was there, with a badge. # speaker: jaxon
    He doesn't look away, though. You've told him what you actually think, and he has always respected that more than agreement.
    I'm not asking anyone to stop dreaming together. I'm asking for the door back. Those are different sentences. Listen to them. # speaker: jaxon
* [Tell him straight: people who can't sleep shouldn't talk the ones who finally can out of it.]
    ~ mocked_jaxon = true
    ~ jaxon_trust -= 2
    ~ nudge("jaxon", 15)
    ~ nudge("elara", -5)
    Half this stairwell had its first full night in years because of the Sync, Jaxon. You can't sleep, so you'd like the rest of us awake with you. That's not a movement. It's insomnia with a clipboard. # speaker: elara
    The Ambassador on the next step winces, though she doesn't disagree. Tamsin, on the landing, writes something down and doesn't look up.
    Jaxon smiles, and it's the old smile, with a shutter coming down behind it.
    There she is. I wondered if the Tower had left any of you. Turns out it left the part that's right in the worst possible way. # speaker: jaxon
* {watched_clip} [Tell him you watched his clip twice on the tram.]
    ~ jaxon_trust += 1
    ~ nudge("jaxon", 5)
    ~ nudge("elara", 5)
    I watched it twice, crossing the harbour. The fish on the handle. I'd forgotten you told me about that. # speaker: elara
    You didn't forget. You designed around it. # speaker: jaxon
    He says it without heat, which is worse.
- Pell stirs between you and mutters something about kites.
They gave you the sky, didn't they. Okoro's face on the landing says so. # speaker: jaxon
Make it big, Elara. Make it beautiful. Just remember that every one of them up there had a door once. # speaker: jaxon
* [“I'll remember.”]
    I'll remember. # speaker: elara
    Write it down. You people forget things on purpose. It's a service you offer. # speaker: jaxon
* [“Everyone on these stairs also had a night they couldn't get through alone.”]
    And every one of them had a night they couldn't get through alone, Jaxon. The Sync got them through it. Tonight it didn't, and look who came up the stairs. # speaker: elara
    He nods, conceding the point and nothing else.
    I know. I was one of them. That's why I'm still angry. # speaker: jaxon
- -> a1_clinic

=== a1_clinic ===
# mood: calm
At six the two-to-six shift is over whether it slept or not. The torches go off one landing at a time.
Downstairs, in a former laundromat, the clinic's lights are on. The machines are still there, doors open, used as filing cabinets. Dr. Liora Veer is small, grey at the temples, and holding Pell's wrist the way other people hold a cup of tea: without looking at it.
Sit. Not there, that one leaks. # speaker: liora
Twelve hundred beds in this stack, Ms. Nyx. One relay slot for every three of them. So we dream in shifts. Ten to two, two to six. Tonight the two-to-six got your hill for half an hour and a stranger's grief for three and a half. # speaker: liora
{promised_pell: I hear you promised him kites. Don't make promises to him that belong to the Council. He'll remember. They always remember. # speaker: liora # needs: promised_pell}
{heard_pell: A dead dog, he tells me. He'll carry it a week. # speaker: liora # needs: heard_pell}
You didn't come out here to look sad at us. Okoro called you, I know. But you stayed till six. What for? # speaker: liora
* [Tell her the festival will reach the Stacks: every bed, one night, the whole city together.]
    ~ nudge("liora", -10)
    ~ nudge("elara", -5)
    Kaleidoscope Nights runs all night for everyone. I'll make sure the Stacks are in it. Every bed. # speaker: elara
    Every bed. # speaker: liora
    She says it back, tasting it.
    All right. I'll believe it a little. That's more than I usually do before breakfast. # speaker: liora
* (asked_stacks) [Ask her what the Stacks would dream, if no one upstairs chose it for them.]
    ~ asked_stacks_dream = true
    ~ liora_trust += 1
    ~ nudge("liora", 15)
    ~ nudge("elara", 5)
    What would the Stacks dream, if they chose it? Not the kite hill. Not mine. Theirs. # speaker: elara
    Liora looks at you properly for the first time.
    Since I opened this clinic you're the first one from upstairs to ask that. Mostly they ask how many. # speaker: liora
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
- On the laundromat step a man is splicing cable with his teeth, a coil of rope over his shoulder. He nods at you without stopping.
* [Nod back.]
    You nod back. He seems to count it in your favour, slightly.
* [Ask him what he's fixing.]
    What's that for? # speaker: elara
    The two-to-six. Same as every week. # speaker: Oduya
    He spits out a bit of insulation and does not elaborate.
- -> a1_studio

=== a1_studio ===
# scene: architect-studio
# mood: hope
# sfx: door
You sleep four hours, unpatched, and wake to Talon Weave coming through your studio door shoulder first, because both hands are full.
He is tall and loud and wears a coat the colour of a traffic cone. One hand holds a box of pastries. The other is already wearing a loom glove.
He doesn't make a speech. So he's heard about Stack Nine.
Okoro rang me. A whole shift, she said. I cried on a tram. Don't tell me the shape, Elara. I can't take a pitch this morning. Show me. # speaker: talon
He opens the box: a pastry shaped roughly like the city, towers and all, and tosses you the second glove.
* [Eat the Council district first.]
    You break off the Council district. It is, annoyingly, delicious. You pull the glove on with almond on your fingers.
    Subversive. I love it. Now you're complicit in the almond. # speaker: talon
* [Put the glove on before you touch the pastry.]
    You pull the glove on. It's warm from the box, which is disgusting, and the light in its seams wakes up and finds your fingers.
    Work first. Who raised you? Tell me later. # speaker: talon
- # sfx: whoosh
The loom is two gloves strung with light. When Talon lifts his hands, ten thousand volunteer dreams lift with them: thin bright threads, each one a sleeper who said yes, you can use me.
He plays them the way other people play an instrument they were born holding. With the second glove on, you can feel them too: one grainy, one wet, one that smells, somehow, of oranges.
Whatever you pull first runs under everything else for three nights. # speaker: talon
* [Pull every thread onto one held note, wide enough for the whole city and every bed in the Stacks.]
    ~ first_sketch = "chord"
    ~ nudge("elara", -10)
    ~ nudge("talon", -10)
    You close your hand, and ten thousand threads come together on one note. It feels good. A whole room finding one note always does.
    Not one of them outside it. Not one of them waking at two thirty-one to a stranger's dog. # speaker: elara
    Talon puts his free hand on his heart. With Talon you never know whether he's meaning it or performing meaning it, and the odd thing is that both are true.
    Yes. That's the thing I couldn't say. That's why I needed you. # speaker: talon
* [Pull them apart into kites, each on its own string, so a drop takes one and not the sky.]
    ~ first_sketch = "kites"
    ~ nudge("elara", 10)
    ~ nudge("talon", 10)
    You spread your fingers, and the threads go up as kites, each on its own string, each string held by a sleeper you'll never see. Together they make a sky. Apart they're still kites, and if a relay sheds one, the others stay up.
    Talon's face does something complicated. He is not a man who hides disappointment; he just gives it a little stage and lets it bow.
    Strings of their own. Twelve of us grew up in one room, and I promise you everyone having their own string was not a festival. # speaker: talon
    But the drop. Yes. Fine. Say it again slower. # speaker: talon
* [While he's fetching tea, tie one small thread into the bottom corner: a green door, no bigger than your thumbnail.]
    ~ first_sketch = "door"
    ~ nudge("elara", 10)
    He goes for tea. You find, in ten thousand threads, the grain of an old blistered paint, and tie it into the bottom corner: a white wall and a green door, no bigger than your thumbnail, with a fish for a handle.
    When he comes back you're pulling the threads into a chord, a good Architect. You don't tell him it's there.
    It is petty and private and it feels like the best thing you've made all year.
- By dark the threads have a frame around them: a kaleidoscope, every sleeper one pane, the whole sky turning once an hour. It's the Council's brief. What runs under it is yours.
-> a1_night

=== a1_night ===
# mood: calm
Talon leaves at ten with what's left of the pastry city, minus most of its districts.
You have {heard_pell: Pell's borrowed grey dog|{promised_pell: Pell's little finger|Pell's enormous yawn}} in one ear, Jaxon's green door in the other, and Okoro's dropped shift sitting on your chest like a cat.
# sfx: bell
The DreamSync bell rolls in over the towers. The prism on the sill goes amber. Somewhere in Stack Nine the ten-to-two is lying down.
* [Save the file as KALEIDOSCOPE and sync with the city.]
    You save the file and call it KALEIDOSCOPE, working title. Talon will want to rename it. Talon will lose. You lie down, and the city makes room for you the way a choir makes room for a late singer.
* [Save the file as UNTITLED, and go to bed without syncing.]
    You save it as UNTITLED and sleep with the patch off. You dream of nothing you can remember, which is not the same as nothing.
- -> a2_design
