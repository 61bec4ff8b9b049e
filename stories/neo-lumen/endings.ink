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
    Every night the towers hum their new, higher note, and the city sleeps clean, and wakes rested, and remembers nothing. # needs: night_outcome == "the-reboot"
- night_outcome == "flawless-utopia":
    Every night the garden comes up over the city on its own, white and gold, and the hospitals report the best sleep in their history. # needs: night_outcome == "flawless-utopia"
- night_outcome == "thousand-nights":
    Every night a few more windows go yellow and dark, and a few stay blue, and the city gets used to being two cities. # needs: night_outcome == "thousand-nights"
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
    You take the tram to every district in turn and sit in kitchens and bakeries and ferry waiting rooms and write down what people tell you: {night_outcome == "the-reboot": not memories, they have none, but what they woke up with, a wet face, paint under the nails, a swing they can't place.|a smell, a face, a swing, a ticket machine.}
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

// Each ending has its own shape: the Living Tapestry is a walk up the Arc as the bands come up;
// the Flawless Utopia one long evening at the closing of Kell's last night ward; the Thousand
// Nights three letters and their answers; the Reboot one night in the hall with the only other
// witness. No visiting hub: everyone is met once, in an order the place gives.

=== ending_living_tapestry ===
# scene: festival-grounds
# mood: hope
{
- night_outcome == "the-reboot":
    The night itself was erased; Eliot saw to that. But the city would not leave the hole alone. {year_course == "collect": Your notebooks went from hand to hand.} People compared wet pillows and paint under fingernails, and put together, from two witnesses and a million half-memories, the night they had lived and lost. The reboot took the archive. It did not take the telling. # needs: night_outcome == "the-reboot"
- night_outcome == "flawless-utopia":
    The night was a garden, smooth and perfect, and for a month it was the only story anyone told. Then people started putting their hands up{a4_debriefing.maris_floor:, as they did at the debriefing when Maris asked about the ticket machine}. Some of them remembered a ticket machine in the sky. The question came back, and the garden, asked it, turned out to have room for a parking structure after all. # needs: night_outcome == "flawless-utopia"
- night_outcome == "thousand-nights":
    The night flew apart, and for months the city slept apart. Then, one table at a time, it came back to the Arc, because people had things to tell each other and wanted to be heard.{year_course == "tide": The Tide was there when they came: you had run it every night for whoever turned up. # needs: year_course == "tide"}
}
On the anniversary, the Nexus Dreamscape Festival opens with the lights off.
For the first hour every band on the Arc stays dark, by design. Sixty thousand people dream alone, side by side, their own nights. Then, at the turn of the hour, the bands come up one by one, as each person chooses, and they bring what they dreamed with them into the shared night.
You start at the water, in the dark, and walk up.
* [Knock on the first door you pass.]
    It opens on a stranger's kitchen, a radio, a girl doing her homework at the table. She looks up, unbothered, and shifts her books to make room.
* [Leave your own door open, and see who comes.]
    You leave it ajar. The first person through is Wen, with a pot. She has been waiting on the step.
-
{
- tapestry_gift == "train":
    Your night train runs through the festival now, stopping wherever anyone asks. # needs: tapestry_gift == "train"
- tapestry_gift == "tide":
    The Tide is still the festival's spine: a street of lanterns between everyone's kitchens. # needs: tapestry_gift == "tide"
- tapestry_gift == "orchard":
    Both halves of the Orchard stand at the festival's gate, blossom and level three, and people take off their hats. # needs: tapestry_gift == "orchard"
}
{stance("seraphina") > 20: You curate less than you used to, and listen more. Your job, these days, is mostly doors: making sure every dream can open, and every dream can close.|You still hold the centre, but you hold it with an open hand. The festival has a shape, and the shape has room in it.} You have started, on dark nights, to dream your own dreams again. The night train stops now. You get off at stations you don't know.
-> bend

= bend
At the bend, where the lanterns used to bunch, Dorian is barefoot and holding a ladle for no reason anyone can establish.
He built this year's festival out of what people brought: Wen's kitchen, level three of a parking structure, a fish in a grandmother's bathtub, and his own stairwell from the Flats, dry now. {centerpiece == "chorus": Somewhere in it there's still a song, but anyone can change the words.}{centerpiece == "rooms": The doors are still there, but they open both ways now.}{centerpiece == "river": The little boats are still there, and people swap cargo at the bend.}
{stance("dorian") > 10: A small boat is tied up at the bend, and he alone goes in it, every night, for ten minutes, and comes out with red eyes and a good idea.|He still makes the city cry at the bend of the river. He just asks them first, now, whose tears they've brought.}
* ["It's good, Dorian."]
    It's good, Dorian. # speaker: seraphina
    I know. I'm unbearable about it. Ask anyone. # speaker: dorian
* ["Whose tears tonight?"]
    Whose tears tonight? # speaker: seraphina
    Mine, mostly. Don't tell the Cultivation board. # speaker: dorian
-
He points you up the terraces with the ladle.
Go on. She's been asking for you since the lights came up. # speaker: dorian
-> terrace

= terrace
Two terraces up, the bands are coming on around you, and Maris is in the thick of them, arguing with three people at once and visibly having the time of her life.
She waves you over without stopping.
{night_outcome == "living-tapestry" and a4_debriefing.maris_floor:
    The sixty-three names on her wrist became sixty thousand. # needs: night_outcome == "living-tapestry" and a4_debriefing.questions.maris_floor
- else:
    What she started after the festival has sixty thousand names on it now.
}
They call themselves the Unshared, which she finds hilarious, because they share everything.
{stance("maris") > 40: She still starts every meeting with a question the room doesn't want to answer, and she still won't let anyone curate her, including you.|She has started, to her own horror, to enjoy the festival. She paints it every year, raw, the ticket machine somewhere in every canvas.} The orchard canvas hangs in the Unshared now, both halves, {a1_gallery.insult:and the old card beside it has a new line under yours: LONELY, AND NOT ONLY. S. RAYE AND M. SOLARA.|with a card beside it in two people's handwriting: BOTH HALVES. S. RAYE AND M. SOLARA.}
* [Argue with her, for old times' sake.]
    You pick a fight about perspective in the third canvas. She wins. She always wins. It's the best five minutes of your year.
* [Just stand beside her.]
    You stand beside her while she argues, and she leans on you, slightly: a railing she has decided to trust.
-
-> booth

= booth
Higher up, where the hammocks end, the booth's door is propped open. Eliot is in the booth, not the hall, which hasn't happened in years. He has slept. You can tell because his hair is flat on neither side.
{eliot_trust >= 5: He has kept a stool in the booth for you, and a mug with your initial on it.|He nods to you the way colleagues do, from a little way off.}
The Transceivers have a slider now, on every band: how deep you go tonight.
{a1_transceiver_hall.slider:You asked him for it, six nights before the festival, and he said sliders never get used. # needs: a1_transceiver_hall.depth.slider}
{update_kept: It turns out a great many people use it.|He rebuilt the update from the beginning, the slow way, with the slider first.}
{
- night_outcome == "the-reboot":
    The archive is gone, and he has stopped looking for it. On the anniversary, people bring their own swings into the shared night, and push each other's, and he says that's better than an archive; an archive only repeats. # needs: night_outcome == "the-reboot"
- a4_debriefing.never_again:
    Never again, you told the city for him at the debriefing. Once a year he breaks it, with Kell's signature on the form under his: on the anniversary he opens the archive for a single night, and the swing is there over the grey river, and strangers push it as they pass. # needs: a4_debriefing.never_again
- else:
    Once a year, on the anniversary, he opens the archive for a single night, and the swing is there over the grey river, and strangers push it as they pass.
}
* [Ask him if he sleeps now.]
    Like a log. Eight hours. I set an alarm to remind me to go to bed. She'd laugh herself sick. # speaker: eliot
* [Ask him about the slider.]
    Sixty per cent of people keep it in the middle. The rest are split exactly down to the top and the bottom. I find that very moving and I can't explain why. # speaker: eliot
-
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
He moves over so you can see the console.
It's yours tonight, if you want it. # speaker: eliot
-> last

= last
{year_course == "dark": It is a Thursday, by chance, and half the Arc came with nothing but their own night to bring.|{year_course == "tide": You ran the Tide three hundred and sixty-five times to get here, and tonight you don't have to run anything.}}
From the top terrace you can see all of it: the bands coming up one by one, all different colours. The cultures have been bred for it this year, so that no two glow alike. In the booth, the console waits for its curator.
* [Take the console, and lay the streets between tonight's dreams yourself.]
    You put your hands into the current. Sixty thousand colours, none of them yours to change. You move nothing. You only lay the streets between them, as you did on the night, and watch people find the streets and use them.
    It doesn't look like a tide any more. It looks like a city.
* [Hand the console to Juno for the night, and walk the bank behind her.]
    Juno takes the console as if it might bite. You stand a step behind her all night, a curator on the bank, and say almost nothing.
    At four in the morning she lays her first street, crooked, between a bakery and a jetty, and doesn't ask if it's right.
-
# sfx: chime
A living tapestry. Neo-Lumen dreams together, and every strand is still its own.
-> END

=== ending_flawless_utopia ===
# scene: skyline
# mood: wonder
{night_outcome == "living-tapestry": The night was not a garden. It was kitchens and stairwells and a parking structure and strangers pushing a swing. But a night has to be told to be kept, and the city told it the easy way: the night Neo-Lumen became one. Within a month the kitchens had fallen out of the story.{tapestry_gift == "train": Your night train went next; the city forgot whose it had been.}{tapestry_gift == "orchard": The Orchard you brought lost level three first, and then it was only blossom.}{tapestry_gift == "tide": The Tide you laid through the middle stayed, because it was pretty, and stopped going anywhere.} Within a year the story was a garden, and the garden was every night. # needs: night_outcome == "living-tapestry"}
By the anniversary, the festival is every night.
The garden comes up over the city at twenty to ten, white and gold, and two point four million people walk in it, singing the song without the words. The hospitals report the best sleep in their history. You have seen the numbers, and the faces behind them.
You do not spend the anniversary on the Arc. Kell asked you to come out to the Outer Districts instead, to a boathouse on the Kestrel Row canal, because tonight her last night ward closes for lack of patients, and in the morning it opens as a crèche.
-> ward

= ward
# scene: night-ward
# mood: calm
Forty beds, stripped to the mattresses. Someone has strung paper lanterns from the boathouse rafters, and the tea urn from the Ninth Pier has been borrowed for the night and is ticking in a corner.
Kell is in her raincoat with a clipboard she no longer needs, and she reads from it anyway. Not numbers. She has stopped saying numbers. Names.
A night-tram driver who had not slept more than three hours at a stretch since he was twenty. A cook from a care home. The girl from Kestrel Row who used to wake up screaming on the feeds, and who sleeps now with her band on and her window open.
Tobin is here, in a clean shirt, because his wife's sister lay on this ward for a winter and he would not miss its closing.
Her sister slept through last night. First whole night since the ward. Do you know what it is, to lie awake and hear the person you love asleep? I had nine years of the other thing. # speaker: Tobin
Half my life on this floor, Seraphina. Every night, someone I couldn't help until morning. Tonight there's not a soul on the ward. I'm going home at ten to sleep in my own bed, at the hour rich people go to bed. # speaker: Amara Kell
* [Tell Kell it was her night: she asked for one they'd come back to, and they came.]
    You asked for a night they'd come back to. They came back, Amara. Every one of them. # speaker: seraphina
    I asked for that. I never asked what it would cost. # speaker: Amara Kell
    She looks down the row of bare mattresses.
    I'm asking now. And I'd still ask for it. Write that down somewhere, if you're keeping a list. # speaker: Amara Kell
* [Ask her what she'll miss.]
    The nights. Isn't that stupid. Sitting up with a frightened stranger at four in the morning until they could stand it. # speaker: Amara Kell
    She folds the clipboard under her arm.
    The garden does it now. It does it better than I did, and for everyone at once. I'd like that to be the whole story. It nearly is. # speaker: Amara Kell
-
-> dorian

= dorian
Dorian has brought the food, of course, and is ladling it into paper cups by the urn. There is not an olive jar in sight.
He builds the garden bigger every season and has never been more loved. {centerpiece == "chorus": He says the Chorus was the seed of it. One song. He just took the words out.} {stance("dorian") > 10: He told you once, drunk, that he hasn't cried since the night, not even at his own garden. He said it as if he were describing a missing tooth.|He says it's what he was always building, without knowing. He means it. He's happy. It is hard to argue with a happy man.}
* [Ask him what he'd build if the garden weren't needed.]
    He chews on it, olive-less.
    A kitchen, maybe. Small. I don't know who for. # speaker: dorian
* [Tell him he's earned it.]
    I have, haven't I. # speaker: dorian
    He says it to the soup, and the soup doesn't answer.
-
-> eliot

= eliot
Eliot comes in late, from the hall, with his coat buttoned wrong. The towers hum one steady note now, perfectly in tune, and he has started leaving them alone at night. {eliot_trust >= 5: He finds you before he finds the soup; he always does.|He looks round the ward as if you were an inspector, then remembers to smile.}
{a4_debriefing.never_again: Never again, you promised Kell for him. The towers have not reached for anything since. # needs: a4_debriefing.never_again}
{night_outcome == "flawless-utopia": The archive layer smoothed over on the night; there's nothing down there now but blossom.|The archive is still there, under the garden, but he doesn't go down any more; there's no need.} Mira's wristband lights up blue on his wrist, with the rest of the city's. {stance("eliot") > 0: He isn't sure whether that's her, or everyone. He has decided not to find out.|He says that's her, in the blue. He says she's everywhere now. He says it very calmly.}
{a3_night_flawless_utopia.at_swing:
    It's been a year. You told me to ask. # speaker: seraphina # needs: a3_night_flawless_utopia.at_swing
    I left her like that. Smiling our smile. That's the answer; I think I knew it under the swing. # speaker: eliot
}
* [Ask him if he's happy.]
    Everyone's happy, Sera. I checked. It's in the logs. # speaker: eliot
    He watches Kell fold the last blanket.
    Me too, mostly. The logs can't tell the difference, and I've stopped asking them to. # speaker: eliot
* [Stand with him and listen to the ward go quiet.]
    You stand by the urn together and listen. Forty empty beds make almost no sound. It is the sound Kell spent half her life trying to get, and you both let it be.
-
-> maris

= maris
Maris comes last, with a canvas under her arm for the crèche wall.
The Unshared closed in the spring; the aquarium shop is a florist's now. {stance("maris") > 40: Once a year she takes her band off, sits on the florist's step after closing, and tries to paint a ticket machine from memory. She gets the rain right every time. Never the machine.|She paints blossom for the Cultivation board, and she's good at it, and the question she used to ask has stopped coming up.}
The canvas is blossom, white and gold, and it is good. Children will grow up under it and never be frightened of the dark.
* [Ask her about the ticket machine.]
    What ticket machine? # speaker: maris
    She says it lightly. Then she stops, with the hammer in her hand.
    There was rain in it. Level three, I think. I had it for years, and then I had the garden, and I can't find the place where one turned into the other. # speaker: maris
    She hangs the blossom anyway. It is, she says, a very good painting.
* [Don't ask. Help her hang it.]
    You hold the canvas level while she puts the nail in. Neither of you mentions the machine. It is a very good painting, and it looks well on the wall.
-
-> last

= last
At ten, Kell switches off the ward lights for the last time and goes home to bed.
# scene: skyline
From the boathouse slip the whole city glows, the same blue, wall to wall. {year_course == "dark": Your dark Thursdays lasted until spring. Then people stopped turning up to them; there was nothing they wanted to dream alone.}{year_course == "collect": Your notebooks are in a drawer. They have not been asked for.}
* [Look for the windows that stay dark.]
    You look and look.
    There is one. A houseboat by the Ninth Pier, its cabin lit the old way, yellow and uneven. Someone dreaming alone, on purpose.
    You watch it until dawn. It doesn't go out, and you are glad, and you could not say to anyone why.
* [Count the lights.]
    You stop at two million. They are all the same light. In every one of them, tonight, someone is asleep who used to lie awake.
    It is beautiful. It was always going to be beautiful.
-
# sfx: chime
A flawless utopia. Neo-Lumen dreams as one, and no one in it lies awake alone. No one remembers the question, either.
-> END

=== ending_thousand_nights ===
# scene: skyline
# mood: somber
{night_outcome == "living-tapestry":
    The night was a city built out of everyone's dreams, and for a week the Arc was full of people who wouldn't go home. Then they went home. Having seen everyone's weather, a great many people decided they'd rather keep their own. The tapestry didn't tear; it was unpicked, strand by strand, by people who had found out what their own strand was.{tapestry_gift == "train": Your night train still runs somewhere, and has stopped stopping.}{tapestry_gift == "orchard": The Orchard you brought went home in two halves: the blossom to the Cultivation boards, level three to Maris.}{tapestry_gift == "tide": The Tide you laid through the middle went back to being a river, and doesn't take anyone anywhere.} # needs: night_outcome == "living-tapestry"
}
By the anniversary, there is no festival.
On a good night, three hundred thousand bands light up for the Tide. The rest of Neo-Lumen sleeps the old way, in yellow light, alone. The city looks, from the studio roof, like a field of separate candles.
People are freer. People are lonelier. Both are in the feeds, in roughly equal measure. In the Outer Districts, Kell has reopened two night wards.
{stance("seraphina") > 20: You curate for twelve people at a time, now, in a room above a bakery. You know every one of their names, and their dogs' names. Nothing you have made has been so small, or so exactly right, and only the twelve will ever see it.|You still run the Tide, thin as it is, every night, on the bank of a wide and empty river. Someone should.}
A city that sleeps apart has gone back to writing things down. The post office in Vell has a queue again. On the morning of the anniversary three letters come for you, by hand, and you read them at the kitchen table with your band off.
-> dorian

= dorian
The first is on the back of a menu, in Dorian's enormous capitals.
SERA. TWELVE CHAIRS ABOVE THE BAKERY, BOOKED TILL NEXT SPRING. A TABLE, A MEAL THAT WAITS TILL THE END, AND EVERYONE SAYS ONE TRUE THING. {dorian_fear == "alone" or dorian_fear == "room": I LEARNED ON THE STAIRS THAT THE WATER STOPS ON ITS OWN. MOST PEOPLE JUST NEED SOMEONE TO SIT IN IT WITH THEM.|I MISS THE BEND. FOURTEEN THOUSAND AT ONCE. I SAY SO EVERY NIGHT AND THEN I LAY THE TABLE ANYWAY.} THERE IS A THIRTEENTH CHAIR. D.
* [Write back that you'll come and lay the forks.]
    You write that you'll come on Thursday and lay the forks. His answer comes the same afternoon, two words: MOVE THEM.
    You go. You lay the forks. He moves every one of them a centimetre. It's companionable.
* [Write back asking who the thirteenth chair is for.]
    You ask who the thirteenth chair is for. His answer takes a week.
    ALWAYS. IN CASE. D.
-
-> eliot

= eliot
The second is not a letter but a box: a soldering kit, {eliot_trust >= 5:with your name on it, spelled right,|addressed to the studio, to the curator,} and a note in a handwriting only he can read.
You can read it. Half the towers are gone; the hall is a market on weekends, and he has a stall where tower seven used to stand.
{a4_debriefing.never_again: Never again, you promised Kell for him at the debriefing, and he has kept it the thorough way, one tower at a time. # needs: a4_debriefing.never_again}
He builds private bands now, one dreamer, one archive, no weather but your own. {stance("eliot") > 0: He never went looking for Mira again. He says she went home with everyone else, and that it was where she'd have wanted to go.|He says the collective was the best thing he ever built, and that he'd build it again, and that the city doesn't want him to.}
* [Write back and ask him if he misses it.]
    You ask if he misses it. The answer comes on the back of a circuit diagram.
    Every night. Every morning, not at all. Make of that what you like. # speaker: eliot
* [Build the kit, and send him a picture of it working.]
    It takes you two evenings and a burnt thumb. The band you build glows for one, and you send him the picture.
    His answer: CORRECT. Then, underneath, smaller: SHE'D HAVE PICKED A WORSE STRAP.
-
-> maris

= maris
The third is from Maris, on gallery paper that smells of linseed.
The Unshared is open late now, every light on, yellow, and she writes that she won, and that she knows it. {stance("maris") > 40: She runs dark-night classes and is, to everyone's surprise, very patient. She hasn't changed her mind. She just sleeps less well than she expected to.|She spends her evenings, to everyone's surprise, trying to get people to share again: one painting, one dream, passed hand to hand. She calls it the Orchard Project. She doesn't explain the name.} Juno is her best student, and paints nothing but water.
Everyone knows whose dream they had now. Knowing turns out to be quieter than I painted it. Come to a class. Sit at the back and argue. M. # speaker: maris
* [Write back that she was right.]
    You write that she was right. She answers by return.
    Was I? Ask me in ten years. Ask Juno. # speaker: maris
* [Write back that you miss the crowd.]
    You write that you miss the crowd. Her answer is four words, in paint.
    So do I. Don't tell. # speaker: maris
-
-> last

= last
That night, across the roofs, one band lights, blue, then another, far apart. {year_course == "tide": You kept the Tide running all year for whoever came. On the best night, eight thousand did.}{year_course == "collect": Your notebooks went round the districts and came back full of other people's handwriting.}
* [Light your band and walk the empty Tide.]
    You lie down and go under. The river is wide and quiet. Here and there on it, far apart, a lantern.
    You walk the bank until you find one, and walk beside it for a while, and don't ask whose it is.
* [Knock on a neighbour's door instead.]
    You go down two flights and knock on a door you've passed every day since you moved in.
    A man you don't know opens it, in his sleeping clothes, and you tell him you're sorry, you don't know why you knocked, and he says, come in anyway, I can't sleep either.
-
# sfx: chime
A thousand separate nights. Neo-Lumen sleeps alone, each dreamer free, and the collective is a memory.
-> END

=== ending_the_reboot ===
# scene: transceiver-hall
# mood: calm
{truths_told >= 2: You told them, at the debriefing, what they had lived through. They listened, and thanked you, and went home, and most of them decided that a night they couldn't remember was a night they didn't need. The telling didn't take. Not this year. # needs: truths_told >= 2}
On the anniversary, the rescheduled festival runs without a flicker.
The Transceivers are capped at one layer now: you share the picture, never the weather. Every dream is wiped at dawn. The Cultivation boards call it Clean Sleep, and the city likes it fine. In the Outer Districts, every one of Kell's new sleepers kept their band. Not one of them has had a bad night since. Parents who lay awake for years put their children to bed without checking on them twice.
You curate safe festivals, and they are lovely, and gone from everyone's head by the following week. {stance("seraphina") > 0: You keep a notebook of the night that didn't happen: the fish, the water, the ticket machine, the swing. Someone should remember. You are, as far as you know, one of two.|You have made your peace with that. People wake up rested. That was always the point, wasn't it? Most mornings you believe it.}
You spend the anniversary night where you spent the worst one: in the hall, with the only other person who remembers it.
-> hall

= hall
Eliot still lives half in the hall, though there is less and less in it to tend. {eliot_trust >= 5: He rang you at six to say come, and put the kettle on before you'd answered.|He didn't ring. Since the worst night you have to go looking for each other, so you came.}
{a4_debriefing.never_again:
    He kept the word you gave Kell for him at the debriefing: the towers will never reach that far again. # needs: a4_debriefing.never_again
- else:
    You never held him to a promise, and he kept one anyway: the towers will never reach that far again.
}
 There is no archive any more. There is nothing down there at all.
At midnight Kell calls from the Outer Districts, as she said she would, and says one word before she rings off: asleep. All of hers, asleep.
* [Ask him if it was the right call.]
    Everyone woke up safe. Ask Kell's wards; they'll say yes. I'm the wrong man to ask. # speaker: eliot
    He says it to the console. Then he turns to you.
    You're the only one I can ask, and you were there, and you still don't know either. That helps. It shouldn't, and it does. # speaker: eliot
* [Ask him how he spends his Sundays now.]
    {stance("eliot") > 0:
        On Sundays he goes to the park in Meridian and sits on a real swing, with a real chain that pinches, and goes too high. He says it's the closest he can get now, and that close is a kind of closure.
        Come on Sunday, if you like. Someone has to push. # speaker: eliot
    - else:
        He put Mira's wristband in a drawer, and then one morning in the river. On Sundays he sleeps. He says he's sleeping through the night. He says it every time you ask, so you keep asking.
    }
-
-> dorian

= dorian
At one in the morning Dorian comes in out of the rain with soup, because somehow he knew where you would be tonight, even if he doesn't know why.
{a4_wake_the_reboot.tell_dorian:
    He built a small dream out of what you told him: a stairwell, a counting voice, a boy. He runs it for himself, once a month. He says he doesn't remember it, but he recognises it, the way you recognise a smell, and makes a joke about that every time. # needs: a4_wake_the_reboot.tell_dorian
- else:
    He makes lovely, forgettable festivals with you, and he's happy enough, and sometimes he wakes up with his face wet and makes a joke about it.
}
* [Make the joke with him.]
    You make it together, in two voices. It gets funnier every time and sadder every time.
* [Don't laugh this time.]
    You don't laugh. He notices. He puts the soup down between the three of you, and none of you says why.
-
-> maris

= maris
# scene: gallery
At dawn you walk to Vell. Maris has given the whole back wall of the Unshared to one painting, and she is up already, standing in front of it.
{maris_painted:
    It is the night she can't remember: a sky over the Arc, and two million faces turned up toward something in the middle of it. The middle is bare canvas. She says she knows exactly what goes there and can't make her hand do it. # needs: maris_painted
- else:
    It is the Arc on the festival's eve, sixty thousand hammocks, and every sleeper in it wearing the same calm face. She doesn't know why she painted it. She says it frightens her.
}
{stance("maris") > 40: People stand in front of it without knowing why, and stay.|She has begun to share her dark nights, in small rooms, asking whether anyone else dreams of that night. Some of them do.}
{year_course == "dark": Your dark Thursdays are the only nights anyone in Neo-Lumen still remembers a dream.}{year_course == "collect": Your notebooks sit on her shelf. She reads them some nights, looking for herself.}
* {maris_painted} [Tell Maris what she painted in the sky that night.]
    You tell her: a ticket machine, level three, in the rain, twenty metres high over the whole city. And everybody looked up. # needs: maris_painted
    She listens without moving. Then she picks up a brush and paints the middle, which all year her hand would not do.
* {not maris_painted} [Tell Maris what you did to her painting that night.]
    You tell her: she began to paint the ticket machine over the whole city, and you asked her to wait, and she closed her own channel, and the blossom grew over her hand.
    She is quiet while the pump lights in the old tanks tick.
    Then that's twice. # speaker: maris # needs: not maris_painted
    But she doesn't throw you out. She hands you a brush, and points at the bare canvas, and waits.
* [Let the night keep its secret.]
    You don't tell her. It isn't yours to tell, and it was never yours to take. You of all people should know that.
    But you stand in front of the wall with her until the shop opens, and some evenings after, and keep her company.
-
# sfx: chime
The reboot. Neo-Lumen sleeps safely, and the raw truths of one night are gone for good.
-> END
