// Act 5: what the festival and the city become. One ending per outcome, each with an epilogue for
// Seraphina, Dorian, Eliot and Maris; entered only from festival_outcome() in a4_close.

=== ending_living_tapestry ===
# act: 5
# scene: festival-grounds
# mood: hope
A year later, the Nexus Dreamscape Festival opens with the lights off.
For the first hour every band on the Arc stays dark, by design. Sixty thousand people dream alone, side by side, their own nights. Then, at the turn of the hour, the bands come up one by one, as each person chooses, and they bring what they dreamed with them into the shared night.
Nobody edits it. Nobody has to.
The city has got good at knocking.
# sfx: applause
{stance("seraphina") > 20: You curate less than you used to, and listen more. Your job, these days, is mostly doors: making sure every dream can open, and every dream can close.|You still hold the centre, but you hold it with an open hand. The festival has a shape, and the shape has room in it.} You have started, on dark nights, to dream your own dreams again. The night train stops now. You get off at stations you don't know.
-> people

= people
{ dorian && eliot && maris: -> last }
{ not dorian && not eliot && not maris: The night is long. There are three people you want to see before it ends.|{ dorian + eliot + maris == 1: Two more.|One more.} }
+ {not dorian} [Look for Dorian.]
    -> dorian
+ {not eliot} [Look for Eliot.]
    -> eliot
+ {not maris} [Look for Maris.]
    -> maris

= dorian
You find Dorian at the bend of the river, barefoot, holding a ladle for no reason anyone can establish.
He built this year's festival out of what people brought: Wen's kitchen, level three of a parking structure, a fish in a grandmother's bathtub, and his own stairwell from the Flats, dry now. {stance("dorian") > 10: Somewhere in the middle of it is a small room with a window, and nobody is allowed in but him, and he goes in every night for ten minutes and comes out with red eyes and a good idea.|He still makes the city cry at the bend of the river. He just asks them first, now, whose tears they've brought.}
-> people

= eliot
Eliot is in the booth, not the hall, for the first time in years. He has slept. You can tell because his hair is flat on neither side.
The Transceivers have a slider now. {update_kept: It turns out a great many people use it.|He rebuilt the update from the copy he kept, slowly, with the slider first.} Once a year, on the anniversary, he opens the archive for a single night, and the swing is there over the grey river, and strangers push it as they pass. {stance("eliot") > 0: He goes down every year and pushes it himself. He says she still goes too high.|He doesn't go down any more. He says he doesn't need to; he knows she's being pushed.}
-> people

= maris
Maris is on the lowest terrace, surrounded, arguing with three people at once and visibly having the time of her life.
She waves you over without stopping.
The forty-one names on her wrist became forty-one thousand. They call themselves the Unshared, which she finds hilarious, because they share everything. {stance("maris") > 40: She still starts every meeting with a question nobody wants to answer, and she still won't let anyone curate her, including you.|She has started, to her own horror, to enjoy the festival. She paints it every year, raw, the ticket machine somewhere in every canvas.} The orchard canvas hangs in the Unshared now, both halves, {a1_gallery.insult:and the old card beside it has a new line under yours: LONELY, AND NOT ONLY. S. RAYE AND M. SOLARA.|with a card beside it in two people's handwriting: BOTH HALVES. S. RAYE AND M. SOLARA.}
-> people

= last
On the top terrace, the bands are coming up, one by one, all different colours.
* [Go under with them.]
    You lie down in a hammock among strangers and let your band come up, late, in a colour you didn't choose and wouldn't change.
    The city takes you in, and keeps you yourself.
* [Stay awake on the terrace and watch the lights.]
    You sit on the top step with a cup of Wen's soup and watch the Arc fill with light, every colour, none of them the same.
    It doesn't look like a tide any more. It looks like a city.
-
# sfx: chime
A living tapestry. Neo-Lumen dreams together, and every thread is still its own.
-> END

=== ending_flawless_utopia ===
# act: 5
# scene: skyline
# mood: wonder
A year later, the festival is every night.
The garden comes up over the city at twenty to ten, white and gold, and two point four million people walk in it, singing the song without the words. Nobody has a bad night any more. The hospitals report it. The feeds report it. Hale is on the Council now.
They gave you another medal, shaped like a blossom this time. {stance("seraphina") > 0: You keep it in a drawer, face down. Some nights you walk the bank of the garden looking for a seam, any seam, and you never find one.|You wear it to the anniversary. You have never been so good at your job, and the job has never needed you less.} The garden curates itself. You mostly watch.
-> people

= people
{ dorian && eliot && maris: -> last }
{ not dorian && not eliot && not maris: The night is long. There are three people you want to see before it ends.|{ dorian + eliot + maris == 1: Two more.|One more.} }
+ {not dorian} [Look for Dorian.]
    -> dorian
+ {not eliot} [Look for Eliot.]
    -> eliot
+ {not maris} [Look for Maris.]
    -> maris

= dorian
# scene: curation-studio
Dorian is in the studio, where the garden's plans cover every wall. There is not an olive jar in sight.
He builds the garden bigger every season and has never been more loved. {stance("dorian") > 10: He told you once, drunk, that he hasn't cried since the night, not even at his own garden. He said it as if he were describing a missing tooth.|He says it's what he was always building, without knowing. He means it. He's happy. It is hard to argue with a happy man.}
-> people

= eliot
# scene: transceiver-hall
Eliot is at the hall, where the towers hum one steady note now, perfectly in tune.
The archive layer smoothed over on the night; there's nothing down there now but blossom. Mira's wristband lights up blue on his wrist, with the rest of the city's. {stance("eliot") > 0: He isn't sure whether that's her, or everyone. He has decided not to find out.|He says that's her, in the blue. He says she's everywhere now. He says it very calmly.}
-> people

= maris
# scene: gallery
You walk to Vell. The laundromat has new tenants: a florist.
The Unshared closed in the spring. {stance("maris") > 40: Once a year she takes her band off, sits on the florist's step after closing, and tries to paint a ticket machine from memory. She gets the rain right every time. Never the machine.|She paints blossom now, for the DCO, and she's good at it, and nobody ever asks her anything.}
-> people

= last
# scene: skyline
From the studio roof the whole city glows, the same blue, wall to wall.
* [Look for the windows that stay dark.]
    You look for a long time.
    There is one. A houseboat by the Ninth Pier, its cabin lit the old way, yellow and uneven. Somebody dreaming alone, on purpose.
    You watch it until dawn, as if it might go out.
* [Count the lights.]
    You stop at two million. There's nothing left to count; they are all the same light.
    It is beautiful. It was always going to be beautiful.
-
# sfx: chime
A flawless utopia. Neo-Lumen dreams as one, perfectly, and no one remembers the question.
-> END

=== ending_thousand_nights ===
# act: 5
# scene: skyline
# mood: somber
A year later, there is no festival.
On a good night, three hundred thousand bands light up for the Tide. The rest of Neo-Lumen sleeps the old way, in yellow light, alone. The city looks, from the studio roof, like a field of separate candles.
People are freer. People are lonelier. Both are in the feeds, in roughly equal measure.
{stance("seraphina") > 20: You curate for twelve people at a time, now, in a room above a bakery. You know every one of their names. It is the best work you've ever done, and nobody but the twelve will ever see it.|You still run the Tide, thin as it is, every night, on the bank of a wide and empty river. Somebody should.}
-> people

= people
{ dorian && eliot && maris: -> last }
{ not dorian && not eliot && not maris: The night is long. There are three people you want to see before it ends.|{ dorian + eliot + maris == 1: Two more.|One more.} }
+ {not dorian} [Look for Dorian.]
    -> dorian
+ {not eliot} [Look for Eliot.]
    -> eliot
+ {not maris} [Look for Maris.]
    -> maris

= dorian
# scene: skyline
Dorian is above the bakery, laying a table for twelve.
His small dreams are booked a year ahead: a table, twelve chairs, a meal nobody eats until the end. {dorian_fear == "alone" or dorian_fear == "room": He says he learned that the water stops on its own. He says most people just need someone to sit in it with them.|He misses the bend of the river, the fourteen thousand crying at once. He says so, every time, and then he sets the table anyway.}
-> people

= eliot
# scene: transceiver-hall
You take the tram to the hall. Eliot is selling soldering kits at a stall where tower seven used to stand.
Half the towers are gone; the hall is a market on weekends. He builds private bands now, one dreamer, one archive, nobody else's weather. {stance("eliot") > 0: He never went looking for Mira again. He says she went home with everyone else, and that it was where she'd have wanted to go.|He says the collective was the best thing he ever built, and that he'd build it again, and that nobody wants him to.}
-> people

= maris
# scene: gallery
The Unshared is open late, every light on, yellow, and Maris is in the doorway, seeing off a class.
She won. She knows it. {stance("maris") > 40: She runs dark-night classes in the Unshared and is, to everyone's surprise, very patient. She hasn't changed her mind. She just sleeps less well than she expected to.|She spends her evenings, to everyone's surprise, trying to get people to share again: one painting, one dream, passed hand to hand. She calls it the Orchard Project. She doesn't explain the name.} Juno is her best student, and paints nothing but water.
-> people

= last
# scene: skyline
Across the roofs, one band lights, blue, then another, far apart.
* [Light your band and walk the empty Tide.]
    You lie down and go under. The river is wide and quiet. Here and there on it, far apart, a lantern.
    You walk the bank until you find one, and walk beside it for a while, and don't ask whose it is.
* [Knock on a neighbour's door instead.]
    You go down two flights and knock on a door you've passed for eleven years.
    A man you don't know opens it, in his sleeping clothes, and you tell him you're sorry, you don't know why you knocked, and he says, come in anyway, I can't sleep either.
-
# sfx: chime
A thousand separate nights. Neo-Lumen sleeps alone, each dreamer free, and the collective is a memory.
-> END

=== ending_the_reboot ===
# act: 5
# scene: transceiver-hall
# mood: calm
A year later, the rescheduled festival runs without a flicker.
The Transceivers are capped at one layer now: you share the picture, never the weather. Every dream is wiped at dawn. There is no archive any more; there is nothing down there at all. The DCO calls it Clean Sleep, and the city likes it fine.
You curate safe festivals, and they are lovely, and nobody remembers them by the following week. {stance("seraphina") > 0: You keep a notebook of the night that didn't happen: the fish, the water, the ticket machine, the swing. Somebody should remember. You are, as far as you know, one of two.|You have made your peace with that. People wake up rested. That was always the point, wasn't it? Most mornings you believe it.}
-> people

= people
{ dorian && eliot && maris: -> last }
{ not dorian && not eliot && not maris: The night is long. There are three people you want to see before it ends.|{ dorian + eliot + maris == 1: Two more.|One more.} }
+ {not dorian} [Look for Dorian.]
    -> dorian
+ {not eliot} [Look for Eliot.]
    -> eliot
+ {not maris} [Look for Maris.]
    -> maris

= dorian
# scene: curation-studio
Dorian comes to the studio most mornings, as he always did.
{a4_wake_the_reboot.tell_dorian: He built a small dream out of what you told him: a stairwell, a counting voice, a boy. He runs it for himself, once a month. He says he doesn't remember it, but he recognises it, the way you recognise a smell.|He makes lovely, forgettable festivals with you, and he's happy enough, and sometimes he wakes up with his face wet and makes a joke about it.}
-> people

= eliot
# scene: transceiver-hall
Eliot still lives half in the hall, though there is less and less in it to tend.
He kept his word: the towers will never reach that far again. {stance("eliot") > 0: On Sundays he goes to the park in Meridian and sits on a real swing, with a real chain that pinches, and goes too high. He says it's the closest he can get now, and that close is a kind of closure.|He put Mira's wristband in a drawer, and then one morning in the river. He says he's sleeping through the night. He says it every time you ask, which is how you know to keep asking.}
-> people

= maris
# scene: gallery
Maris has given the whole back wall of the Unshared to one painting.
You stand in front of it with her.
{maris_painted: It is the night she can't remember: a sky over the Arc, and two million faces turned up toward something in the middle of it. The middle is bare canvas. She says she knows exactly what goes there and can't make her hand do it.|It is the Arc on the festival's eve, sixty thousand hammocks, and every sleeper in it wearing the same calm face. She doesn't know why she painted it. She says it frightens her.} {stance("maris") > 40: People stand in front of it for a long time without knowing why.|She has begun to share her dark nights, for the first time, in small rooms, asking whether anyone else dreams of that night. Some of them do.}
-> people

= last
# scene: transceiver-hall
The towers hum their note, a little higher than they used to.
* {maris_painted} [Tell Maris what she painted in the sky that night.]
    # scene: gallery
    You go to the Unshared and stand in front of the wall, and tell her: a ticket machine, level three, in the rain, twenty metres high over the whole city. And everybody looked up.
    She listens without moving. Then she picks up a brush and, for the first time in a year, paints the middle.
* {not maris_painted} [Tell Maris what you did to her painting that night.]
    # scene: gallery
    You go to the Unshared and tell her: she began to paint the ticket machine over the whole city, and you closed her thread, and the blossom grew over her hand.
    She is quiet for a long time.
    Then that's twice. # speaker: maris
    But she doesn't throw you out. She hands you a brush, and points at the bare canvas, and waits.
* [Let the night keep its secret.]
    You don't tell her. It isn't yours to tell, and it was never yours to take. You of all people should know that.
    But you go and stand in front of the wall, some evenings, and keep her company.
-
# sfx: chime
The reboot. Neo-Lumen sleeps safely, and the raw truths of one night are gone for good.
-> END
