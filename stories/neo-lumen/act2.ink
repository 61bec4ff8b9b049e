// Act 2: the festival approaches. Hale's pressure, the brainstorm with Dorian, the glitches from
// Eliot's update, Maris's public question and the argument it starts on the Arc.

=== a2_pressure ===
# act: 2
# scene: curation-studio
# mood: tense
Three nights before the festival, Director Hale of the Dream Cultivation Organization comes to the studio in person, which she has done twice in eleven years.
She wears a silver coat and a voice like a well-run meeting. She doesn't sit.
Thirty years of the Nexus, Seraphina. The Council will be dreaming with us. The Outer Districts join the band for the first time: four hundred thousand new wristbands. # speaker: Director Hale
Four hundred thousand people who have never shared a night. Their first festival is the one they'll remember for the rest of their lives. I need it to be transformative. # speaker: Director Hale
She lets the word sit between you, slightly too large for the room.
And I need it to be safe. I'm told those are compatible. # speaker: Director Hale
* [Promise her the most beautiful night the city has ever dreamed.]
    ~ told_hale = "perfect"
    They'll wake up and want to call their mothers. All four hundred thousand of them. # speaker: seraphina
    Good. That's the sentence. Say it exactly like that to the Council. # speaker: Director Hale
    ~ nudge("seraphina", -12)
* [Promise her a true night. Not necessarily a beautiful one.]
    ~ told_hale = "true"
    I can't promise beautiful. I can promise it won't lie to them. # speaker: seraphina
    True is a word for after the fact, Seraphina. Beforehand, we say beautiful. # speaker: Director Hale
    But she writes something down, and underlines it twice.
    ~ nudge("seraphina", 12)
* [Ask her what she's actually afraid of.]
    ~ told_hale = "safe"
    For the first time Hale seems to notice the chair. She almost takes it.
    Four hundred thousand first-timers having a bad night on the anniversary. The feeds running a picture of a girl from the Outer Districts who woke up screaming. That is what I'm afraid of. # speaker: Director Hale
    Then nobody wakes up screaming. I'll see to it. # speaker: seraphina
    ~ nudge("seraphina", -4)
-
At the door she stops, one hand on the frame.
Maris Solara has booked the festival grounds for something she calls a public question. Tomorrow, noon. Legally, she may. I'd prefer she didn't. # speaker: Director Hale
She is gone before you can ask what she would like you to do about it. That, you understand, is the point.
-> a2_brainstorm

=== a2_brainstorm ===
# mood: calm
Dorian arrives an hour later with a paper bag of dumplings and three festivals.
He has built each one small, as a bench dream for the twelve volunteers asleep in the studio's back room. Their threads hang over the console, waiting.
Eat first. Nobody has a good idea on an empty stomach. That's not craft, that's biology. # speaker: dorian
He throws the first sketch up over the console: a hall without walls, full of people singing, every voice a thread of light braided into a single rope.
The Chorus. Two million voices, one song. The new districts don't need to know the words. They just need to open their mouths. # speaker: dorian
The second: doors, thousands of them, standing in a field. Behind each one, one person's own dream. Every door open.
The Thousand Rooms. No centre. You wander, you knock. Maris would hate it less than the others, which I consider a design goal. # speaker: dorian
The third: the Lantern Tide, grown up. Everyone rows a small boat with their own cargo in it, and the current carries them all out into the bay, where the boats touch.
The River Mouth. Everybody brings something. Everybody sees what everybody brought. # speaker: dorian
He licks soy sauce off his thumb and waits. He always waits. It is the most generous thing about him and also the most maddening.
* [The Chorus. The new districts need to feel held.]
    ~ centerpiece = "chorus"
    Held. Yes. # speaker: dorian
    He says it to himself, like a man tapping a word for cracks, and finds none.
    ~ nudge("dorian", -12)
* [The Thousand Rooms. Let them be themselves, in company.]
    ~ centerpiece = "rooms"
    Oh, Hale is going to have kittens. Silver kittens. # speaker: dorian
    He looks pleased, and a little frightened, the way he used to look when he and Maris still worked together.
    ~ nudge("dorian", 12)
* [The River Mouth. Everybody brings something.]
    ~ centerpiece = "river"
    My favourite too. I'd never have said so first. # speaker: dorian
    ~ nudge("dorian", 5)
-
You run it on the bench. In the back room twelve volunteers sigh and turn over, and the sketch blooms across the console at full resolution.
It is lovely for eleven seconds.
# sfx: glitch
On the twelfth, the dream tears.
Water comes through the tear: brown, cold, smelling of diesel.
{
- centerpiece == "chorus":
    It floods the singing hall ankle-deep, then knee-deep, and the song goes ragged.
- centerpiece == "rooms":
    It pours under the doors, room after room. Somebody screams behind one of them.
- else:
    It rises under the little boats and tips them, one after another, cargo and all.
}
And through the tear, for one heartbeat, you see a swing hanging over the water. Then the bench dream folds up like a wet tent.
# mood: tense
In the back room a volunteer sits bolt upright and tears the band off her wrist. Seventeen, from the Outer Districts, one of Hale's first-timers on a pilot band.
It wasn't mine. I was drowning in somebody else's water. I've never even seen a flood. # speaker: Juno
Dorian has gone the colour of the felt walls.
I have. That was the Flats. That was my water, Sera. The night the barrier failed. I haven't dreamed that in twenty years. I didn't know I still had it. # speaker: dorian
* [Hold his shoulder until his hands stop shaking.]
    You don't say anything. You put your hand on his shoulder and leave it there, and after a while the shaking goes down into his hands, and then out of them.
    This is why it works, you know. The festival. Nobody can do this part alone. # speaker: dorian
    ~ nudge("dorian", -8)
* [Ask him what he saw.]
    The water at the door. My mother counting out loud to keep us awake, because if you fell asleep in the Flats you might wake up under it. She counted to eleven thousand once. # speaker: dorian
    I build catharsis for a living, and I've never told anyone that. Not even in a dream. Especially not in a dream. # speaker: dorian
    ~ nudge("dorian", 10)
-
The bench logs say what you already know. The tear began at the Transceivers, at a depth nobody designs for.
-> a2_glitch_eliot

=== a2_glitch_eliot ===
# scene: transceiver-hall
Eliot has already seen the logs. He is sitting on the catwalk with his legs through the railings, like a boy on a pier.
It isn't a bug. It's depth. Resonance is reaching the archive layer. # speaker: eliot
The what? # speaker: seraphina
Every dream that has ever gone through the Transceivers leaves a residue. We keep it for calibration; it's how the system knows what a human night looks like. Thirty years of the city's sleep, compressed, underneath everything. # speaker: eliot
Three layers down, the update can feel it. And sometimes it feels back. # speaker: eliot
Dorian's flood was in there. Twenty years old. # speaker: seraphina
Everybody's everything is in there. # speaker: eliot
{asked_about_mira or told_eliot_swing: He is looking at the dark wristband on the console while he says it. So are you.}
* {asked_about_mira or told_eliot_swing} [Ask him whether the update is for the festival, or for Mira.]
    -> confession
* [Ask him what it would take to make it safe.]
    -> decision

= confession
He doesn't answer for so long that the towers get a word in.
Both. Neither. I found her pattern eight months ago. She dreamed the same swing four hundred times, her last year. It's the most stable thing in the archive, Sera. It's like a lighthouse down there. # speaker: eliot
I didn't put her in the festival. I'd never. I just didn't take her out. And I built the update deep enough that, if she was down there, I might... # speaker: eliot
He doesn't finish. He doesn't need to.
* [Tell him you'd have done the same.]
    If it was my sister, I'd have built it twice as deep. # speaker: seraphina
    He laughs, wet and surprised, and wipes his face with a sleeve that has coolant on it.
    ~ nudge("eliot", 10)
* [Tell him two million people are not his séance.]
    Two million people are going to sleep on your machine, Eliot. They're not a séance. # speaker: seraphina
    I know. I know that. Do you think I don't lie awake knowing that? # speaker: eliot
    ~ nudge("eliot", -12)
-
-> decision

= decision
Three nights. I can roll the update back, which costs three years of work. I can build a wall between it and the archive, which I think will hold. Or. # speaker: eliot
Or? # speaker: seraphina
Or we let it run. If the city's past is down there, maybe it should get to come up for air. # speaker: eliot
* [Roll it back. All of it. Tonight.]
    ~ update_kept = false
    Three years. # speaker: eliot
    He says it once, to the towers, and then he starts typing. He doesn't look at the wristband again while you're there.
    Safety first. It's on the mug. # speaker: eliot
    ~ nudge("eliot", -10)
* [Keep it, but wall off the archive.]
    ~ update_kept = true
    A wall. Yes. I can wall it. Mostly. # speaker: eliot
    Mostly? # speaker: seraphina
    Engineers say mostly. Only salesmen say completely. # speaker: eliot
    ~ nudge("eliot", -5)
* [Let it run. If the dead are down there, people deserve to meet them.]
    ~ update_kept = true
    ~ archive_open = true
    He stares at you as if you have said something in a language he learned as a child and hasn't heard since.
    You mean that. # speaker: eliot
    I mean it. # speaker: seraphina
    ~ nudge("eliot", 15)
    ~ nudge("seraphina", 10)
-
-> a2_challenge

=== a2_challenge ===
# scene: festival-grounds
# sfx: crowd
The festival grounds are a crescent of reclaimed dock called the Arc, terraced with sleeping hammocks for sixty thousand and crowned by the festival spire, the tallest Transceiver in the city.
At noon the spire is wearing a painting.
Maris has thrown it up twenty metres high: the orchard in blossom, and beside it the parking structure in the rain. Level three. The ticket machine. The man against the pillar.
A few thousand people have come to see what the fuss is. Most have their bands on, and the light of them makes the crowd look like a lake.
Maris stands on a crate with no microphone, because she has never needed one.
Eight years ago I lent this city my worst night. It gave me back an orchard. # speaker: maris
I'm not asking you to take off your bands. I like your bands. They're pretty. I'm asking you one thing. # speaker: maris
When you wake up from the festival, whose dream did you have? # speaker: maris
She turns, finds you at the edge of the crowd, and points.
Yours? Or hers? # speaker: maris
{ a1_gallery.insult:
    She told me my paintings were lonely. She's right. That's what's left of a dream when nobody's edited it. I'll take lonely over smooth. # speaker: maris
}
The crowd answers before you can.
I'll tell you whose. Mine. I'm seventy-eight. In the Sleepless years I didn't sleep a whole night for eleven years running. The band gave me my nights back. You want them for a painting? # speaker: Tobin
Juno, the volunteer from the bench, is at the front of the crowd, still pale.
I got my band at six, at school, with the milk. I've never had a dream that wasn't shared. How would I even know what mine look like? # speaker: Juno
{
- wen_kitchen == "left":
    Last week someone let me stay in my mother's kitchen. In the middle of the Tide. Nobody saw me cry. It was the best night I've had in a year. # speaker: Wen
- wen_kitchen == "folded":
    Last week I walked into a river I didn't choose, and I felt better. I don't know if I'm allowed to feel better about something I didn't choose. # speaker: Wen
- else:
    Last week a stranger's lantern came in through my window. TOMAS. I don't know who he was. I made him soup, in the dream. I think about him every day. # speaker: Wen
}
# sfx: crowd
Then everybody is talking at once.
* [Climb up beside Maris and answer her: the festival is a place people choose.]
    -> answer
* [Invite her in. Offer her an hour of the festival, unscripted, hers.]
    -> invite
* [Let them argue. Step back and listen.]
    -> a2_argument
* {told_hale == "perfect"} [Call Hale's security to cut the projection.]
    -> security
* {orchard_apology} [Tell the crowd about the Orchard yourself.]
    -> confess

= answer
You climb onto the crate. It is barely big enough for two, and Maris makes room with bad grace and a flourish.
Nobody in this city is made to dream together. Every night, two million people choose to. That's not a cage. That's a city. # speaker: seraphina
Chose. Like Juno chose, at six, when the school handed out bands with the milk. # speaker: maris
The crowd laughs, and not at her.
* [Concede the point about the children.]
    She's right about that. We hand bands to six-year-olds. We should ask them again at sixteen. # speaker: seraphina
    Maris looks at you sideways, the way she looks at a canvas that has done something she didn't paint.
    ~ nudge("maris", -6)
    ~ nudge("seraphina", 6)
* [Hold your ground.]
    And every one of them can take it off tonight. Nobody does. That's an answer too. # speaker: seraphina
    Nobody does because nobody remembers how. # speaker: maris
    ~ nudge("maris", 10)
    ~ nudge("seraphina", -6)
-
-> a2_aftermath

= invite
Come inside. The festival. I'll give you an hour of it, unscripted, yours. Whatever you want to show them. # speaker: seraphina
The crowd goes quiet in a ripple, outward from the crate.
An hour. Of the anniversary. Hale will have you stuffed and mounted in the foyer. # speaker: maris
Let her try. # speaker: seraphina
No curation. You don't touch my thread. Not a filter, not a string section, not a single blossom. # speaker: maris
Not a blossom. # speaker: seraphina
She climbs down and shakes your hand in front of three thousand people. You suspect this was her plan all along, or at least that it became her plan very quickly.
~ maris_invited = true
~ nudge("maris", -15)
~ nudge("seraphina", 8)
-> a2_aftermath

= security
~ called_security = true
Two words into your band, and the spire goes blank. The orchard and the parking structure go out together. Hale's people in grey move in and ask the crowd, very politely, to disperse.
Maris doesn't fight. She climbs down from her crate, walks past you, and says it so quietly that only you can hear.
Eight years ago you edited my dream. Today you edited me. You're getting faster. # speaker: maris
~ nudge("maris", 20)
~ nudge("seraphina", -10)
-> a2_aftermath

= confess
You climb up beside her. Maris gives you a sideways look, suspicious of the help.
The orchard was mine. I made it. Her father died in that parking structure, and I turned it into blossom, and I never asked her. Three hundred thousand of you dreamed my lie and thanked me for it. # speaker: seraphina
Silence on the Arc. Even the gulls.
Well. There goes my speech. # speaker: maris
~ nudge("maris", -12)
~ nudge("seraphina", 10)
-> a2_aftermath

=== a2_argument ===
You step back to the railing and let the Arc have it out.
It goes the way these things go: loud, then louder, then suddenly personal. A man accuses his sister of dreaming his childhood. A woman says the band is the only reason she's alive and dares anyone to argue.
Dorian has come up from the studio in his work clothes and bare feet. He has, for reasons of his own, brought a frying pan.
Is that my pan? # speaker: maris
It's been my pan for six years. Possession is nine-tenths. # speaker: dorian
Somebody has to keep this from turning into a fistfight. People are looking at you. You are, after all, the curator.
* [Give the floor to Tobin.]
    Tobin talks about the Sleepless years: the curfew sirens, the pills that stopped working, his wife walking the flat at four in the morning because lying down was worse. Then the band, and the first night he slept through, and woke, and wept, and his wife wept in the same dream.
    You don't get to call that a cage. Not to me. # speaker: Tobin
    Dorian is nodding, slowly. He grew up in the Flats. He remembers the sirens too.
    ~ nudge("dorian", -8)
* [Give the floor to Juno.]
    I want one night that's only mine. Just to see. # speaker: Juno
    She says it to the boards at her feet, and then, braver, to the crowd.
    What if there's nothing there? What if I take it off and I'm just... empty? Somebody should have asked me that before I was six. # speaker: Juno
    Dorian looks at her for a long time. You know he's thinking about the water she drowned in, which was his.
    ~ nudge("dorian", 8)
* [Give the floor to Dorian.]
    He steps up holding the frying pan as if he'd forgotten it was there.
    I've made most of you cry at least once. I'm not sorry. Crying in company is one of the few good things we've invented. # speaker: dorian
    But this week I found out some of the water in my dreams was mine. I'd put it in there and forgotten. So now I'm wondering whose tears you've all been crying. Mine? Yours? It's a real question. I don't know. # speaker: dorian
    It is the most honest thing you've ever heard him say in public, and the crowd doesn't know what to do with it.
    ~ nudge("dorian", 10)
-
The argument doesn't end. It just gets tired, the way arguments do at dusk, and people drift home in knots, still talking.
-> a2_aftermath

=== a2_aftermath ===
# mood: somber
By sunset the Arc is empty except for gulls and the spire, humming.
{
- called_security:
    Maris is gone. She left her crate behind, and on it, in wet paint, one word: FASTER.
- maris_invited:
    Maris is sitting on the edge of the top terrace, drawing on the back of a festival leaflet. She doesn't look up when you sit beside her.
    I keep drawing the ticket machine. Then I keep drawing you, drawing the ticket machine. That's a bad sign. I'm starting to trust you. # speaker: maris
- else:
    Maris is sitting on the edge of the top terrace with her crate, smoking something that smells of cloves.
    You didn't answer my question. Nobody did. That's fine. The festival will. # speaker: maris
}
-> a2_last_night

=== a2_last_night ===
# scene: skyline
By DCO tradition, the night before the festival's eve is dark for the whole city. No shared dream. Let them miss it, Hale says, so they come back hungry.
Two million wristbands, unlit. From the studio roof Neo-Lumen looks like an old photograph of itself.
You can't sleep. Neither, you would bet, can anyone who matters.
* [Go to Eliot at the hall.]
    -> a2_visit_eliot
* [Go to Maris at the gallery.]
    -> a2_visit_maris
* [Go down to the studio, where Dorian is cooking.]
    -> a2_visit_dorian

=== a2_visit_eliot ===
# scene: transceiver-hall
The hall at night is blue mist and the note. Eliot is on the floor by the console with the dark band in his lap and, very faintly, under the hum, there is the creak of a swing.
{update_kept == false:
    You said you'd rolled it back. # speaker: seraphina
    I did. I kept a copy. I'm not a saint, Sera. I'm an engineer. # speaker: eliot
}
{not asked_about_mira and not told_eliot_swing: That's my sister's band. Mira. She's down there, in the archive. She has a swing. # speaker: eliot}
I told myself the update was about connection. It is. It's about one connection. # speaker: eliot
She was nineteen. She had a fever that turned into something else, over one night. And I was here, at three in the morning, tuning tower four. She dreamed through the whole thing. I wasn't in the dream. I was fixing the dream. # speaker: eliot
* [Tell him the festival is not his séance.]
    Tomorrow is not for her, Eliot. It's for two million people who are alive. # speaker: seraphina
    No. It's not for her. Say it again. I need to hear it from somebody who isn't me. # speaker: eliot
    You say it again. He nods at each word, like a man counting stairs in the dark.
    ~ nudge("eliot", -15)
* [Sit down on the floor and listen to the swing with him.]
    You sit down on the cold floor beside him. Neither of you says anything. The swing creaks, and creaks, high and then low.
    She always went too high. Mum used to shout from the kitchen. # speaker: eliot
    ~ nudge("eliot", 12)
* {archive_open} [Ask him what he'll say to her, if she's there tomorrow.]
    Go to bed, probably. She never did. # speaker: eliot
    He laughs, and then he doesn't, and then he tells you about the swing: the park in Meridian, the chain that pinched, the summer she was nine and he was sixteen and he pushed her until his arms gave out.
    ~ nudge("eliot", 8)
-
When you leave he is still on the floor, but he has put the band on the console again, in its place.
-> a3_eve

=== a2_visit_maris ===
# scene: gallery
The Unshared is lit the old way, yellow. Maris is painting at two in the morning with music on and a plate of toast going cold on a washing machine.
{
- called_security:
    If you've come to edit the gallery, the paintings are flammable. # speaker: maris
    But she lets you in.
- maris_invited:
    My hour. I've got forty-one ideas and thirty-nine of them are the ticket machine. # speaker: maris
- else:
    She's painting the spire with a crowd around it: all wearing bands, all looking in different directions.
}
Sit. I want to paint you. Don't do that face. Do your other face. # speaker: maris
You sit on an upturned crate for an hour while she paints. She talks the whole time, about her father, about Dorian's terrible taste in shoes, about the year she stopped dreaming with the city and the silence afterwards, which she says was like learning to hear.
Then, without looking up from the canvas, she asks it.
What do you dream, Seraphina? Not the city. You. # speaker: maris
* [Tell her a dream you've never shared.]
    I'm on a night train that never stops. Every carriage is a festival I forgot to run, empty, the lanterns unlit. I walk through all of them, and I'm relieved. # speaker: seraphina
    Maris laughs. Then she stops laughing and puts the brush down.
    That is the saddest and funniest thing I've heard all year. Thank you. I mean it. I didn't think you'd give me one. # speaker: maris
    ~ nudge("maris", -10)
    ~ nudge("seraphina", 10)
* [Tell her you don't have any left. The city has them all.]
    I don't. Not for years. Every night I'm on the bank watching other people's. # speaker: seraphina
    Then I'll paint that. # speaker: maris
    She does: a woman with a blue wrist and no face, standing beside a river that is full of everybody else.
    ~ nudge("maris", 8)
    ~ nudge("seraphina", -8)
-
She lets you see the canvas before you go. It's you. It's unmistakably you. She has got the tired in it.
-> a3_eve

=== a2_visit_dorian ===
# scene: curation-studio
Dorian cooks when he is frightened. The studio smells of garlic and burnt sugar, and twelve kinds of something are cooling on the console.
I keep thinking about Juno. She drowned in my water, and she'll carry it now. Some part of her will always know what the Flats smelled like, and she's never been. # speaker: dorian
Twenty years I've been giving people other people's grief to cry at. What if that's all catharsis is? Borrowed water. # speaker: dorian
* [Tell him the crowd is what makes it bearable.]
    Borrowed, shared, it's the same water. The difference is that nobody drowns in it alone. That's what you build, Dorian. That's all of it. # speaker: seraphina
    He stirs the pot for a long time.
    All right. All right. I needed someone to say it back to me. # speaker: dorian
    ~ nudge("dorian", -12)
* [Tell him to build one thing for tomorrow just for himself.]
    ~ dorian_own_room = true
    Build something tomorrow that's yours. One room. Nobody else's water in it. # speaker: seraphina
    For who? # speaker: dorian
    For whoever you were before you got good at this. # speaker: seraphina
    He turns the heat off under the pot. He's already sketching.
    ~ nudge("dorian", 12)
* {stance("dorian") > 15} [Ask him to tell you about the Flats. Here. Awake.]
    He does. It takes an hour. It isn't a dream and nothing about it is beautiful: the smell of the shelter, his mother's voice going hoarse at four thousand, the boy next to him who didn't wake up.
    Somewhere in the middle of it he starts crying, in a kitchen, in front of one person, and lets it happen.
    ~ nudge("dorian", 15)
-
When you leave he gives you a tub of something to take home. It's still warm.
-> a3_eve
