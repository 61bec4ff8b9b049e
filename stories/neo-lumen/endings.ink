// Act 5: the year after, and what the festival and the city become. The outcome rule is asked
// once more at the end of a5_year: the night (night_outcome) is settled, but what was said at the
// debriefing and done in the year after (truths_told, the stances) can change what it came to
// mean. Each ending says so when it differs from the night.

=== a5_year ===
# act: 5
# scene: skyline
# mood: calm
A year goes by. The festival leaflets in the tram shelters fade from blue to grey by March, and in June somebody pastes a circus over them.
The Cultivation stewards want a plan for the next anniversary by spring. Kell wants one by Tuesday. Dorian wants to know what you're thinking, and you're not sure you know.
{
- night_outcome == "the-reboot":
    Every night the towers hum their new, higher note, and the city sleeps clean, and wakes rested, and remembers nothing.
- night_outcome == "flawless-utopia":
    Every night the garden comes up over the city on its own, white and gold, and the hospitals report the best sleep in their history.
- night_outcome == "thousand-nights":
    Every night a few more windows go yellow and dark, and a few stay blue, and the city gets used to being two cities.
- else:
    Every night people knock on each other's dreams, and sometimes they are let in, and sometimes they aren't, and both are allowed.
}
* [Run the Tide every night, as you always have. Someone has to keep the river.]
    ~ year_course = "tide"
    You run it every night of the year. Three hundred and sixty-five Tides, and you don't miss one.
    Some nights the river is full. Some nights it is thin. You walk the bank either way.
    ~ nudge("seraphina", -10)
* [Keep one dark night a week, for the whole city. Let them find out what they dream alone.]
    ~ year_course = "dark"
    Thursdays, the bands go grey by design. The stewards hate it for a month and then start scheduling their own dinners around it.
    On Fridays, people come to the Tide with stories of Thursday.
    ~ nudge("seraphina", 10)
* [Go round the districts with a notebook and collect what people remember of the night.]
    ~ year_course = "collect"
    ~ truths_told += 1
    You take the tram to every district in turn and sit in kitchens and laundries and bus depots and write down what people tell you: {night_outcome == "the-reboot": not memories, they have none, but what they woke up with, a wet face, paint under the nails, a swing they can't place.|a smell, a face, a swing, a ticket machine.}
    By autumn you have nine notebooks, and the city has started telling the night back to itself.
    ~ nudge("seraphina", 4)
-
~ temp outcome = festival_outcome()
{ outcome == "living-tapestry": -> ending_living_tapestry }
{ outcome == "flawless-utopia": -> ending_flawless_utopia }
{ outcome == "thousand-nights": -> ending_thousand_nights }
{ outcome == "the-reboot": -> ending_the_reboot }
// The rule only returns manifest outcome ids (tests/unit/outcome-neo-lumen.test.ts).
-> END

=== ending_living_tapestry ===
# scene: festival-grounds
# mood: hope
{
- night_outcome == "the-reboot":
    The night itself was erased; Eliot saw to that. But the city would not leave the hole alone. {year_course == "collect": Your notebooks went from hand to hand.} People compared wet pillows and paint under fingernails, and put together, from two witnesses and a million half-memories, the night they had lived and lost. The reboot took the archive. It did not take the telling.
- night_outcome == "flawless-utopia":
    The night was a garden, smooth and perfect, and for a month it was the only story anyone told. Then people started putting their hands up{a4_debriefing.maris_floor:, the way they did at the debriefing when Maris asked about the ticket machine}. Some of them remembered a ticket machine in the sky. The question came back, and the garden, asked it, turned out to have room for a parking structure after all.
- night_outcome == "thousand-nights":
    The night flew apart, and for months the city slept in separate rooms. Then, one table at a time, it started coming back to the Arc: not because anyone asked it to, but because people had things to tell each other, and had found out they wanted to be heard.
}
On the anniversary, the Nexus Dreamscape Festival opens with the lights off.
For the first hour every band on the Arc stays dark, by design. Sixty thousand people dream alone, side by side, their own nights. Then, at the turn of the hour, the bands come up one by one, as each person chooses, and they bring what they dreamed with them into the shared night.
No one edits it. No one has to.
The city has got good at knocking.
* [Knock on the first door you pass.]
    It opens on a stranger's kitchen, a radio, a girl doing her homework at the table. She looks up, unbothered, and shifts her books to make room.
* [Leave your own door open, and see who comes.]
    You leave it ajar. The first person through is Wen, with a pot, as if she had been waiting on the step.
-
{
- tapestry_gift == "train":
    Your night train runs through the festival now, stopping wherever anyone asks.
- tapestry_gift == "tide":
    The Tide is still the festival's spine: a street of lanterns between everyone's kitchens.
- tapestry_gift == "orchard":
    Both halves of the Orchard stand at the festival's gate, blossom and level three, and people take off their hats.
}
# sfx: applause
{stance("seraphina") > 20: You curate less than you used to, and listen more. Your job, these days, is mostly doors: making sure every dream can open, and every dream can close.|You still hold the centre, but you hold it with an open hand. The festival has a shape, and the shape has room in it.} You have started, on dark nights, to dream your own dreams again. The night train stops now. You get off at stations you don't know.
-> people

= people
{ dorian && eliot && maris: -> last }
{ not dorian && not eliot && not maris: The bands are still coming up along the terraces. Somewhere among them are three people who were there on the night.|The Arc is brighter than when you came down. Who else?}
+ {not dorian} [Look for Dorian.]
    -> dorian
+ {not eliot} [Look for Eliot.]
    -> eliot
+ {not maris} [Look for Maris.]
    -> maris
+ {dorian or eliot or maris} [That's enough. Go up to the top of the night.]
    -> last

= dorian
You find Dorian at the bend of the river, barefoot, holding a ladle for no reason anyone can establish.
He built this year's festival out of what people brought: Wen's kitchen, level three of a parking structure, a fish in a grandmother's bathtub, and his own stairwell from the Flats, dry now. {centerpiece == "chorus": Somewhere in it there's still a song, but anyone can change the words.}{centerpiece == "rooms": The doors are still there, but they open both ways now.}{centerpiece == "river": The little boats are still there, and people swap cargo at the bend.}
{stance("dorian") > 10: Somewhere in the middle of it a small boat is tied up at the bend, and no one is allowed in it but him, and he goes in every night for ten minutes and comes out with red eyes and a good idea.|He still makes the city cry at the bend of the river. He just asks them first, now, whose tears they've brought.}
* ["It's good, Dorian."]
    It's good, Dorian. # speaker: seraphina
    I know. I'm unbearable about it. Ask anyone. # speaker: dorian
* ["Whose tears tonight?"]
    Whose tears tonight? # speaker: seraphina
    Mine, mostly. Don't tell the Cultivation board. # speaker: dorian
-
-> people

= eliot
Eliot is in the booth, not the hall, which hasn't happened in years. He has slept. You can tell because his hair is flat on neither side.
{eliot_trust >= 5: He has kept a stool in the booth for you, and a mug with your initial on it.|He nods to you the way colleagues do, from a little way off.}
The Transceivers have a slider now, on every band: how deep you go tonight. {a1_transceiver_hall.slider:You asked him for it, six nights before the festival, and he said no one uses sliders. }{update_kept: It turns out a great many people use it.|He rebuilt the update from the beginning, the slow way, with the slider first.}
{night_outcome == "the-reboot": The archive is gone, and he has stopped looking for it. On the anniversary, people bring their own swings into the shared night, and push each other's, and he says that's better than an archive; an archive only repeats.|{a4_debriefing.never_again:Never again, you told the city for him at the debriefing. Once a year he breaks it, with Kell's signature on the form under his: on the anniversary|Once a year, on the anniversary,} he opens the archive for a single night, and the swing is there over the grey river, and strangers push it as they pass.}
{
- night_outcome == "the-reboot" and stance("eliot") > 0:
    He brings a park swing from Meridian every year, with a chain that pinches, and lets strangers push him. He still goes too high.
- night_outcome == "the-reboot":
    He pushes other people's swings all night, and says that's the same thing, and almost means it.
- stance("eliot") > 0:
    He goes down every year and pushes it himself. He says she still goes too high.
- else:
    He doesn't go down any more. He says he doesn't need to; he knows she's being pushed.
}
* [Ask him if he sleeps now.]
    Like a log. Eight hours. I set an alarm to remind me to go to bed. She'd laugh herself sick. # speaker: eliot
* [Ask him about the slider.]
    Sixty per cent of people keep it in the middle. The rest are split exactly down to the top and the bottom. I find that very moving and I can't explain why. # speaker: eliot
-
-> people

= maris
Maris is on the lowest terrace, surrounded, arguing with three people at once and visibly having the time of her life.
She waves you over without stopping.
{night_outcome == "living-tapestry" and a4_debriefing.maris_floor:The sixty-three names on her wrist became sixty thousand.|What she started after the festival has sixty thousand names on it now.} They call themselves the Unshared, which she finds hilarious, because they share everything.
{stance("maris") > 40: She still starts every meeting with a question no one wants to answer, and she still won't let anyone curate her, including you.|She has started, to her own horror, to enjoy the festival. She paints it every year, raw, the ticket machine somewhere in every canvas.} The orchard canvas hangs in the Unshared now, both halves, {a1_gallery.insult:and the old card beside it has a new line under yours: LONELY, AND NOT ONLY. S. RAYE AND M. SOLARA.|with a card beside it in two people's handwriting: BOTH HALVES. S. RAYE AND M. SOLARA.}
* [Argue with her, for old times' sake.]
    You pick a fight about perspective in the third canvas. She wins. She always wins. It's the best five minutes of your year.
* [Just stand beside her.]
    You stand beside her while she argues, and she leans on you, slightly, the way you lean on a railing you trust.
-
-> people

= last
{year_course == "dark": It is a Thursday, by chance, and half the Arc came with nothing but their own night to bring.|{year_course == "tide": You ran the Tide three hundred and sixty-five times to get here, and tonight you don't have to run anything.}}
On the top terrace, the bands are coming up, one by one, all different colours: the cultures have been bred for it this year, so that no two glow alike. In the booth, the console waits for its curator.
* [Take the console, and lay the streets between tonight's dreams yourself.]
    You put your hands into the current. Sixty thousand colours, none of them yours to change. You move nothing. You only lay the streets between them, the way you did on the night, and watch people find the streets and use them.
    It doesn't look like a tide any more. It looks like a city.
* [Hand the console to Juno for the night, and walk the bank behind her.]
    Juno takes the console as if it might bite. You stand a step behind her all night, the way curators walk the bank, and say almost nothing.
    At four in the morning she lays her first street, crooked, between a bakery and a jetty, and doesn't ask if it's right.
-
# sfx: chime
A living tapestry. Neo-Lumen dreams together, and every strand is still its own.
-> END

=== ending_flawless_utopia ===
# scene: skyline
# mood: wonder
{night_outcome == "living-tapestry": The night was not a garden. It was kitchens and stairwells and a parking structure and strangers pushing a swing. But a night has to be told to be kept, and the city told it the easy way: the night Neo-Lumen became one. Within a month the kitchens had fallen out of the story.{tapestry_gift == "train": Your night train went next; no one could remember whose it had been.}{tapestry_gift == "orchard": The Orchard you brought lost level three first, and then it was only blossom.}{tapestry_gift == "tide": The Tide you laid through the middle stayed, because it was pretty, and stopped going anywhere.} Within a year the story was a garden, and the garden was every night.}
By the anniversary, the festival is every night.
The garden comes up over the city at twenty to ten, white and gold, and two point four million people walk in it, singing the song without the words. Hardly anyone has a bad night any more. The hospitals report it. In the Outer Districts, Kell's night wards have closed, one after another, for lack of patients; she has turned the last of them into a crèche.
It is a real good. You have seen the numbers, and the faces behind them. Whatever this city has lost, it has stopped losing people to the dark.
They gave you another medal, shaped like a blossom this time. {stance("seraphina") > 0: You keep it in a drawer, face down. Some nights you walk the bank of the garden looking for a seam, any seam, and you never find one.|You wear it to the anniversary. You have never been so good at your job, and the job has never needed you less.} The garden curates itself. You mostly watch.
-> people

= people
{ dorian && eliot && maris: -> last }
{ not dorian && not eliot && not maris: The garden will be here all night, and every night. You could walk it for a year. You know who you would walk it to.|You walk on through the white and gold.}
+ {not dorian} [Look for Dorian.]
    -> dorian
+ {not eliot} [Look for Eliot.]
    -> eliot
+ {not maris} [Look for Maris.]
    -> maris
+ {dorian or eliot or maris} [That's enough. Go up to the top of the night.]
    -> last

= dorian
# scene: curation-studio
Dorian is in the studio, where the garden's plans cover every wall. There is not an olive jar in sight.
He builds the garden bigger every season and has never been more loved. {centerpiece == "chorus": He says the Chorus was the seed of it. One song. He just took the words out.} {stance("dorian") > 10: He told you once, drunk, that he hasn't cried since the night, not even at his own garden. He said it as if he were describing a missing tooth.|He says it's what he was always building, without knowing. He means it. He's happy. It is hard to argue with a happy man.}
* [Ask him what he'd build if the garden weren't needed.]
    He chews on it, olive-less.
    A kitchen, maybe. Small. I don't know who for. # speaker: dorian
* [Tell him he's earned it.]
    I have, haven't I. # speaker: dorian
    He says it to the plans on the wall, and they don't answer.
-
-> people

= eliot
# scene: transceiver-hall
Eliot is at the hall, where the towers hum one steady note now, perfectly in tune. {eliot_trust >= 5: He moves over on the catwalk before you ask; he always does.|He looks up as if you were an inspector, then remembers to smile.}{a4_debriefing.never_again: Never again, you promised Kell for him. The towers have not reached for anything since.}
{night_outcome == "flawless-utopia": The archive layer smoothed over on the night; there's nothing down there now but blossom.|The archive is still there, under the garden, but no one goes down any more; there's no need.} Mira's wristband lights up blue on his wrist, with the rest of the city's. {stance("eliot") > 0: He isn't sure whether that's her, or everyone. He has decided not to find out.|He says that's her, in the blue. He says she's everywhere now. He says it very calmly.}
{a3_night_flawless_utopia.at_swing:
    It's been a year. You told me to ask. # speaker: seraphina
    I left her like that. Smiling our smile. That's the answer; I think I knew it under the swing. # speaker: eliot
}
* [Ask him if he's happy.]
    Everyone's happy, Sera. I checked. It's in the logs. # speaker: eliot
* [Sit with him and listen to the note.]
    You sit on the catwalk and listen. It is a very good note. There is nothing under it at all.
-
-> people

= maris
# scene: gallery
You walk to Vell. The aquarium shop has new tenants: a florist.
The Unshared closed in the spring. {stance("maris") > 40: Once a year she takes her band off, sits on the florist's step after closing, and tries to paint a ticket machine from memory. She gets the rain right every time. Never the machine.|She paints blossom now, for the Cultivation board, and she's good at it, and no one ever asks her anything.}
* [Sit on the step with her.]
    You sit on the step. She doesn't stop painting. Neither of you mentions the machine.
* [Buy a flower from the florist and leave it on the step.]
    You leave it on the step. White. It's the only colour they sell.
-
-> people

= last
# scene: skyline
From the studio roof the whole city glows, the same blue, wall to wall. {year_course == "dark": Your dark Thursdays lasted until spring. Then people stopped turning up to them; there was nothing they wanted to dream alone.}{year_course == "collect": Your notebooks are in a drawer. No one has asked to read them.}
* [Look for the windows that stay dark.]
    You look and look.
    There is one. A houseboat by the Ninth Pier, its cabin lit the old way, yellow and uneven. Someone dreaming alone, on purpose.
    You watch it until dawn, as if it might go out.
* [Count the lights.]
    You stop at two million. There's nothing left to count; they are all the same light.
    It is beautiful. It was always going to be beautiful.
    Out in the Outer Districts a night nurse clocks off at ten and goes home to bed, because there is no one left awake for her to sit with.
-
# sfx: chime
A flawless utopia. Neo-Lumen dreams as one, and no one in it lies awake alone. No one remembers the question, either.
-> END

=== ending_thousand_nights ===
# scene: skyline
# mood: somber
{night_outcome == "living-tapestry": The night was a city built out of everyone's dreams, and for a week the Arc was full of people who wouldn't go home. Then they went home. Having seen everyone's weather, a great many people decided they'd rather keep their own. The tapestry didn't tear; it was unpicked, strand by strand, by people who had found out what their own strand was.{tapestry_gift == "train": Your night train still runs somewhere, and has stopped stopping.}{tapestry_gift == "orchard": The Orchard you brought went home in two halves: the blossom to the Cultivation boards, level three to Maris.}{tapestry_gift == "tide": The Tide you laid through the middle went back to being a river; no one walks it to get anywhere.}}
By the anniversary, there is no festival.
On a good night, three hundred thousand bands light up for the Tide. The rest of Neo-Lumen sleeps the old way, in yellow light, alone. The city looks, from the studio roof, like a field of separate candles.
People are freer. People are lonelier. Both are in the feeds, in roughly equal measure. In the Outer Districts, Kell has reopened two night wards.
{stance("seraphina") > 20: You curate for twelve people at a time, now, in a room above a bakery. You know every one of their names, and their dogs' names. Nothing you have made has been so small, or so exactly right, and only the twelve will ever see it.|You still run the Tide, thin as it is, every night, on the bank of a wide and empty river. Someone should.}
-> people

= people
{ dorian && eliot && maris: -> last }
{ not dorian && not eliot && not maris: The city's lights are far apart tonight, and there is time for visits: a tram, a long walk, a knock.|The next light is a long way off. You go anyway.}
+ {not dorian} [Look for Dorian.]
    -> dorian
+ {not eliot} [Look for Eliot.]
    -> eliot
+ {not maris} [Look for Maris.]
    -> maris
+ {dorian or eliot or maris} [That's enough. Go up to the top of the night.]
    -> last

= dorian
# scene: skyline
Dorian is above the bakery, laying a table for twelve.
His small dreams are booked a year ahead: a table, twelve chairs, a meal no one eats until the end. {dorian_fear == "alone" or dorian_fear == "room": He says he learned that the water stops on its own. He says most people just need someone to sit in it with them.|He misses the bend of the river, the fourteen thousand crying at once. He says so, every time, and then he sets the table anyway.}
* [Help him lay the table.]
    You lay the forks. He moves every one of them a centimetre. It's companionable.
* [Ask if there's a thirteenth chair.]
    Always. In case. # speaker: dorian
-
-> people

= eliot
# scene: transceiver-hall
You take the tram to the hall. Eliot is selling soldering kits at a stall where tower seven used to stand.
{eliot_trust >= 5: He has put one aside for you, your name on the box, spelled right.|He sells you a kit the way he'd sell one to anyone, and it stings more than it should.}
Half the towers are gone; the hall is a market on weekends.{a4_debriefing.never_again: Never again, you promised Kell for him at the debriefing, and he has kept it the thorough way, one tower at a time.} He builds private bands now, one dreamer, one archive, no one else's weather. {stance("eliot") > 0: He never went looking for Mira again. He says she went home with everyone else, and that it was where she'd have wanted to go.|He says the collective was the best thing he ever built, and that he'd build it again, and that no one wants him to.}
* [Buy a soldering kit.]
    He gives you a discount and instructions in a handwriting only he can read.
* [Ask him if he misses it.]
    Every night. Every morning, not at all. Make of that what you like. # speaker: eliot
-
-> people

= maris
# scene: gallery
The Unshared is open late, every light on, yellow, and Maris is in the doorway, seeing off a class.
She won. She knows it. {stance("maris") > 40: She runs dark-night classes in the Unshared and is, to everyone's surprise, very patient. She hasn't changed her mind. She just sleeps less well than she expected to.|She spends her evenings, to everyone's surprise, trying to get people to share again: one painting, one dream, passed hand to hand. She calls it the Orchard Project. She doesn't explain the name.} Juno is her best student, and paints nothing but water.
* [Tell her she was right.]
    Was I? Ask me in ten years. Ask Juno. # speaker: maris
* [Tell her you miss the crowd.]
    So do I. Don't tell anyone. # speaker: maris
-
-> people

= last
# scene: skyline
Across the roofs, one band lights, blue, then another, far apart. {year_course == "tide": You kept the Tide running all year for whoever came. On the best night, eight thousand did.}{year_course == "collect": Your notebooks went round the districts and came back full of other people's handwriting.}
* [Light your band and walk the empty Tide.]
    You lie down and go under. The river is wide and quiet. Here and there on it, far apart, a lantern.
    You walk the bank until you find one, and walk beside it for a while, and don't ask whose it is.
* [Knock on a neighbour's door instead.]
    You go down two flights and knock on a door you've passed for twelve years.
    A man you don't know opens it, in his sleeping clothes, and you tell him you're sorry, you don't know why you knocked, and he says, come in anyway, I can't sleep either.
-
# sfx: chime
A thousand separate nights. Neo-Lumen sleeps alone, each dreamer free, and the collective is a memory.
-> END

=== ending_the_reboot ===
# scene: transceiver-hall
# mood: calm
{truths_told >= 2: You told them, at the debriefing, what they had lived through. They listened, and thanked you, and went home, and most of them decided that a night they couldn't remember was a night they didn't need. The telling didn't take. Not this year.}
On the anniversary, the rescheduled festival runs without a flicker.
The Transceivers are capped at one layer now: you share the picture, never the weather. Every dream is wiped at dawn. There is no archive any more; there is nothing down there at all. The Cultivation boards call it Clean Sleep, and the city likes it fine. In the Outer Districts, every one of Kell's four hundred thousand kept their band. Not one of them has had a bad night since.
You curate safe festivals, and they are lovely, and no one remembers them by the following week. {stance("seraphina") > 0: You keep a notebook of the night that didn't happen: the fish, the water, the ticket machine, the swing. Someone should remember. You are, as far as you know, one of two.|You have made your peace with that. People wake up rested. That was always the point, wasn't it? Most mornings you believe it.}
-> people

= people
{ dorian && eliot && maris: -> last }
{ not dorian && not eliot && not maris: The rescheduled festival runs itself. You go looking for the people who were there when it didn't.|They remember less than you do. You go on looking anyway.}
+ {not dorian} [Look for Dorian.]
    -> dorian
+ {not eliot} [Look for Eliot.]
    -> eliot
+ {not maris} [Look for Maris.]
    -> maris
+ {dorian or eliot or maris} [That's enough. Go up to the top of the night.]
    -> last

= dorian
# scene: curation-studio
Dorian comes to the studio most mornings, as he always did.
{a4_wake_the_reboot.tell_dorian: He built a small dream out of what you told him: a stairwell, a counting voice, a boy. He runs it for himself, once a month. He says he doesn't remember it, but he recognises it, the way you recognise a smell, and makes a joke about that every time.|He makes lovely, forgettable festivals with you, and he's happy enough, and sometimes he wakes up with his face wet and makes a joke about it.}
* [Make the joke with him.]
    You make it together, in two voices, like a duet. It gets funnier every time and sadder every time.
* [Don't laugh this time.]
    You don't laugh. He notices. He puts the kettle on, and neither of you says why.
-
-> people

= eliot
# scene: transceiver-hall
Eliot still lives half in the hall, though there is less and less in it to tend.
{eliot_trust >= 5: He still rings you first when the towers do something odd, at any hour, and you still pick up.|He doesn't ring much any more, so you go and find him. Twelve years at the same console, and since the worst night you have to go looking for each other; you do.}
{a4_debriefing.never_again:He kept the word you gave Kell for him at the debriefing:|No one held him to a promise, and he kept one anyway:} the towers will never reach that far again. {stance("eliot") > 0: On Sundays he goes to the park in Meridian and sits on a real swing, with a real chain that pinches, and goes too high. He says it's the closest he can get now, and that close is a kind of closure.|He put Mira's wristband in a drawer, and then one morning in the river. He says he's sleeping through the night. He says it every time you ask, so you keep asking.}
* [Go to the park with him on Sunday.]
    You push. He goes too high. Neither of you says her name, and both of you are thinking it.
* [Ask him if it was the right call.]
    Everyone woke up safe. Ask Kell's wards; they'll say yes. I'm the wrong man to ask. # speaker: eliot
-
-> people

= maris
# scene: gallery
Maris has given the whole back wall of the Unshared to one painting.
You stand in front of it with her.
{maris_painted: It is the night she can't remember: a sky over the Arc, and two million faces turned up toward something in the middle of it. The middle is bare canvas. She says she knows exactly what goes there and can't make her hand do it.|It is the Arc on the festival's eve, sixty thousand hammocks, and every sleeper in it wearing the same calm face. She doesn't know why she painted it. She says it frightens her.} {stance("maris") > 40: People stand in front of it without knowing why, and stay.|She has begun to share her dark nights, for the first time, in small rooms, asking whether anyone else dreams of that night. Some of them do.}
-> people

= last
# scene: skyline
From the studio roof you can hear the towers hum their note, a little higher than they used to. {year_course == "dark": Your dark Thursdays are the only nights anyone in Neo-Lumen still remembers a dream.}{year_course == "collect": Your notebooks sit on Maris's shelf. She reads them some nights, looking for herself.}
* {maris_painted} [Tell Maris what she painted in the sky that night.]
    # scene: gallery
    You go to the Unshared and stand in front of the wall, and tell her: a ticket machine, level three, in the rain, twenty metres high over the whole city. And everybody looked up. # needs: maris_painted
    She listens without moving. Then she picks up a brush and, for the first time in a year, paints the middle.
* {not maris_painted} [Tell Maris what you did to her painting that night.]
    # scene: gallery
    You go to the Unshared and tell her: she began to paint the ticket machine over the whole city, and you asked her to wait, and closed her channel, and the blossom grew over her hand.
    She is quiet while the pump lights in the old tanks tick.
    Then that's twice. # speaker: maris # needs: not maris_painted
    But she doesn't throw you out. She hands you a brush, and points at the bare canvas, and waits.
* [Let the night keep its secret.]
    You don't tell her. It isn't yours to tell, and it was never yours to take. You of all people should know that.
    But you go and stand in front of the wall, some evenings, and keep her company.
-
# sfx: chime
The reboot. Neo-Lumen sleeps safely, and the raw truths of one night are gone for good.
-> END
