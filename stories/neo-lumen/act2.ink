// Act 2: the festival approaches. The Outer Districts Cultivation's case, the brainstorm with
// Dorian, the glitches from Eliot's update, Maris's public question, the argument it starts on the
// Arc (Tobin and Juno), and then either the crush at the spire or, if the Arc was heard out, the queue
// at Maris's crate.

=== a2_pressure ===
# act: 2
# scene: curation-studio
# mood: tense
Three nights before the festival, Amara Kell comes to the studio in person.
She is the steward of the Outer Districts Cultivation, the newest of the city's Dream Cultivation Organizations and the poorest: a former night-shift nurse with a raincoat over her uniform and a plastic bag of pilot bands she has been handing out on the tram.
She doesn't sit. People from the Outer Districts learn not to sit in rooms like this one.
Thirty years of the Nexus, Seraphina. And for all but one of them my districts were the dark patch on your map. # speaker: Amara Kell
New wristbands for every bed in the Outer Districts. Shift workers, mostly. People who sleep four hours between a warehouse and a care home and dream about the warehouse. This is the first festival they'll ever share. # speaker: Amara Kell
* ["They've waited long enough."]
    They've waited long enough. I know. # speaker: seraphina
    Do you? Good. Then you know what it costs if we get it wrong. # speaker: Amara Kell
* ["Why now?"]
    Why now? # speaker: seraphina
    Because the council finally paid for the culture vats. Because I nagged. Because people in my districts are dying of loneliness at forty, and the band is the cheapest medicine this city has ever made. # speaker: Amara Kell
-
I nursed through the Sleepless years. I watched men go grey because they couldn't get one whole night. Then the bands came, and the wards went quiet. I'm not ashamed of wanting that for my people. # speaker: Amara Kell
I need their first night to be one they'll come back to. If it frightens them, they'll give the bands back, and it will be another thirty years before anyone asks again. # speaker: Amara Kell
* [Promise her the most beautiful night the city has ever dreamed.]
    ~ told_kell = "perfect"
    They'll wake up and want to call their mothers. Every last one of them. # speaker: seraphina
    Good. That's the sentence. Say it exactly like that to the council. # speaker: Amara Kell
    ~ nudge("seraphina", -12)
* [Promise her a true night. Not necessarily a beautiful one.]
    ~ told_kell = "true"
    I can't promise beautiful. I can promise it won't lie to them. # speaker: seraphina
    My people get lied to by experts, Seraphina. A true night would make a change. # speaker: Amara Kell
    She writes something down on the back of a tram ticket, and underlines it twice.
    ~ nudge("seraphina", 12)
* [Ask her what she's actually afraid of.]
    ~ told_kell = "safe"
    For the first time Kell seems to notice the chair. She almost takes it.
    A girl from my districts, on the feeds, waking up screaming on the anniversary. Every councillor who voted against the vats holding up her picture. That is what I'm afraid of. # speaker: Amara Kell
    Then no one wakes up screaming. I'll see to it. # speaker: seraphina
    ~ nudge("seraphina", -4)
-
At the door she stops, one hand on the frame.
Maris Solara has booked the festival grounds for something she calls a public question. Tomorrow, noon. She has every right. I've read her. She's not wrong about half of it. # speaker: Amara Kell
But she can afford dark nights. Half my people can't afford a whole one. Tell her that, if you see her. # speaker: Amara Kell
* [Tell Kell you'll tell her.]
    ~ kell_message = "carry"
    I will. She'll have an answer. # speaker: seraphina
    She always does. That's why I read her. # speaker: Amara Kell
* [Tell Kell to tell her herself.]
    ~ kell_message = "herself"
    Tell her yourself. Come to the Arc tomorrow. # speaker: seraphina
    Kell considers it: a shift she might be able to swap.
    Maybe I will. # speaker: Amara Kell
-
-> a2_brainstorm

=== a2_brainstorm ===
# mood: calm
Dorian arrives an hour later with a paper bag of dumplings and three festivals.
He has built each one small, as a bench dream for the twelve volunteers asleep in the studio's back room. Their lights hang over the console, waiting.
Eat first. Good ideas don't come on an empty stomach. That's not craft, that's biology. # speaker: dorian
* (ate) [Eat.]
    You eat. They are pork and chive, and still hot, and for four minutes the festival does not exist.
* ["Show me first."]
    Show me first. # speaker: seraphina
    Philistine. # speaker: dorian
    But he is already at the console, because he has been waiting all day to show you.
-
He throws the first sketch up over the console: a hall without walls, full of people singing, every voice a ribbon of light braided into a single rope.
The Chorus. Two million voices, one song. The new districts don't need to know the words. They just need to open their mouths. # speaker: dorian
The second: doors, thousands of them, standing in a field. Behind each one, one person's own dream. Every door open.
The Thousand Rooms. No centre. You wander, you knock. Maris would hate it less than the others, which I consider a design goal. # speaker: dorian
The third: the Lantern Tide, grown up. Everyone rows a small boat with their own cargo in it, and the current carries them all out into the bay, where the boats touch.
The River Mouth. Everybody brings something. Everybody sees what everybody brought. # speaker: dorian
{ate: He licks soy sauce off his thumb and waits.|He eats one of the dumplings in a single bite, cold, to make a point, and waits.} He always waits. It is the most generous thing about him and also the most maddening.
* [The Chorus. The new districts need to feel held.]
    ~ centerpiece = "chorus"
    Held. Yes. # speaker: dorian
    He says it again, to himself, tapping the word for cracks, and finds none.
    ~ nudge("dorian", -12)
* [The Thousand Rooms. Let them be themselves, in company.]
    ~ centerpiece = "rooms"
    Oh, Kell's going to have a fit. A polite one, with a form. # speaker: dorian
    He looks pleased, and a little frightened. He used to look like that in the years he and Maris still worked together.
    ~ nudge("dorian", 12)
* [The River Mouth. Everybody brings something.]
    ~ centerpiece = "river"
    My favourite too. I'd never have said so first. # speaker: dorian
    ~ nudge("dorian", 5)
-
You run it on the bench. In the back room twelve volunteers sigh and turn over, and the sketch blooms across the console at full resolution.
It is lovely for nine seconds.
# sfx: glitch
On the tenth, the dream tears.
Water comes through the tear: brown, cold, smelling of diesel.
{
- centerpiece == "chorus":
    It floods the singing hall ankle-deep, then knee-deep, and the song goes ragged.
- centerpiece == "rooms":
    It pours under the doors, room after room. Someone screams behind one of them.
- else:
    It rises under the little boats and tips them, one after another, cargo and all.
}
And through the tear, for one heartbeat, you see a swing hanging over the water. Then the bench dream folds up and is gone.
# mood: tense
In the back room a volunteer sits bolt upright and tears the band off her wrist. Seventeen, a city girl who has worn a band since she was small, one of the volunteers testing the pilot band for the festival.
It wasn't mine. I was drowning in somebody else's water. I've never even seen a flood. # speaker: Juno
* [Go to Juno first.]
    You kneel by her cot. Her band lies on the floor, its glow going out in slow pulses like a fish on a deck.
    It's gone. It wasn't yours, and it's gone. Breathe with me. # speaker: seraphina
    She breathes. She is furious about having to, which is a good sign.
* [Go to Dorian first.]
    You turn, because you heard him make a sound you have never heard him make.
-
Dorian has gone the colour of the felt walls.
I have. That was the Flats. That was my water, Sera. The night the barrier failed. I haven't dreamed that in twenty years. I didn't know I still had it. # speaker: dorian
* [Hold his shoulder until his hands stop shaking.]
    You don't say anything. You put your hand on his shoulder and leave it there, and after a while the shaking goes down into his hands, and then out of them.
    This is why it works, you know. The festival. No one can do this part alone. # speaker: dorian
    ~ nudge("dorian", -8)
* [Ask him what he saw.]
    The water at the door. My mother counting out loud to keep us awake, because if you fell asleep in the Flats you might wake up under it. She counted to nine thousand once. # speaker: dorian
    I build catharsis for a living, and I've never told anyone that. Not even in a dream. Especially not in a dream. # speaker: dorian
    ~ nudge("dorian", 10)
-
The bench logs say what you already know. The tear began at the Transceivers, at a depth the designers never touch.
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
{asked_about_mira or told_eliot_swing: He is looking at the dark wristband on the console while he says it. So are you. # needs: asked_about_mira or told_eliot_swing}
* {asked_about_mira or told_eliot_swing} [Ask him whether the update is for the festival, or for Mira.]
    -> confession
* [Ask him what it would take to make it safe.]
    -> decision
* {not (asked_about_mira or told_eliot_swing)} [Ask him how long he's known it could reach that far.]
    Since the forty nights. I thought it was noise. Engineers are very good at calling things noise. # speaker: eliot
    -> decision

= confession
He doesn't answer until the towers have had a word in.
Both. Neither. I found her pattern eight months ago. She dreamed the same swing night after night, all her last year. It's the most stable thing in the archive, Sera. It's like a lighthouse down there. # speaker: eliot
I didn't put her in the festival. I'd never. I just didn't take her out. And I built the update deep enough that, if she was down there, I might... # speaker: eliot
He doesn't finish. He doesn't need to.
* [Tell him you'd have done the same.]
    ~ eliot_trust += 1
    If it was my sister, I'd have built it twice as deep. # speaker: seraphina
    He laughs, wet and surprised, and wipes his face with a sleeve that has coolant on it.
    Twice as deep. You don't think it's wrong, then. Wanting her back more than I want the festival. # speaker: eliot
    It is the first time anyone has told him the grief was allowed in the machine. You watch him decide to believe it.
    ~ nudge("eliot", 10)
* [Tell him two million people are not his séance.]
    Two million people are going to sleep on your machine, Eliot. They're not a séance. # speaker: seraphina
    I know. I know that. Do you think I don't lie awake knowing that? # speaker: eliot
    ~ nudge("eliot", -12)
* [Ask him what he would say to her.]
    ~ eliot_trust += 1
    I don't know. Sorry, probably. Then something stupid. I'd ask if she'd eaten. # speaker: eliot
    He turns the dead band over. On the inside of the strap, in a child's biro, it says ELI SMELLS.
    ~ nudge("eliot", 6)
-
-> decision

= decision
Three nights. I can roll the update back, which costs three years of work. I can build a wall between it and the archive, which I think will hold. Or. # speaker: eliot
Or? # speaker: seraphina
Or we let it run. If the city's past is down there, maybe it should get to come up for air. # speaker: eliot
* [Roll it back. Tonight.]
    ~ update_kept = false
    Three years. # speaker: eliot
    He says it once, to the towers, and then he starts typing.{asked_about_mira or told_eliot_swing: He doesn't look at the wristband again while you're there. # needs: asked_about_mira or told_eliot_swing}
    Kell's towers first. The east bank, the new districts. Whatever else happens, her lot get the old firmware. Safety first. It's on the mug. # speaker: eliot
    ~ nudge("eliot", -10)
* [Keep it, but wall off the archive.]
    ~ update_kept = true
    A wall. Yes. I can wall it. Mostly. # speaker: eliot
    Mostly? # speaker: seraphina
    Engineers say mostly. Only salesmen say completely. It'll hold the archive down. It won't hold the weather; nothing holds the weather. # speaker: eliot
    ~ nudge("eliot", -5)
* [Let it run. If the dead are down there, people deserve to meet them.]
    ~ update_kept = true
    ~ archive_open = true
    He stares at you. In seven years it is the first thing anyone has said to him about the archive that was not about keeping it shut.
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
A few thousand people have come to see what the fuss is. Most have their bands on, glowing faintly even in daylight, and the crowd glows faintly blue at the wrists.
Maris stands on a crate with no microphone, because she has never needed one.
Eight years ago I lent this city my worst night. It gave me back an orchard. # speaker: maris
I'm not asking you to take off your bands. I like your bands. They're pretty. I'm asking you one thing. # speaker: maris
When you wake up from the festival, whose dream did you have? # speaker: maris
She turns, finds you at the edge of the crowd, and points.
Yours? Or hers? # speaker: maris
{
- a1_gallery.promised_answer:
    You said you'd be here to answer it. You came. I half thought you'd send a steward. # speaker: maris # needs: a1_gallery.promised_answer
- a1_gallery.asked_inside:
    You wanted me to ask it inside your festival. Look around, Sera. This is inside. # speaker: maris # needs: a1_gallery.asked_inside
}
{ a1_gallery.insult:
    She told me my paintings were lonely. She's right. That's what's left of a dream when no one's edited it. I'll take lonely over smooth. # speaker: maris # needs: a1_gallery.insult
}
* [Hold her gaze.]
    You hold it. Three thousand people turn to see who she's pointing at, and you let them look.
* [Raise a hand: guilty.]
    You lift a hand: the broken window was you. A few people laugh. Maris doesn't, but the corner of her mouth moves.
-
The crowd answers before you can.
I'll tell you whose. Mine. I'm seventy-eight. In the Sleepless years I didn't sleep a whole night for nine years running. The band gave me my nights back. You want them for a painting? # speaker: Tobin
Juno, the volunteer from the bench, is at the front of the crowd, still pale.
I got my band at six, at school, with the milk. I've never had a dream that wasn't shared. How would I even know what mine look like? # speaker: Juno
{
- wen_kitchen == "left":
    Last week someone let me stay in my mother's kitchen. In the middle of the Tide. No one saw me cry. Best night I've had all year. # speaker: Wen # needs: wen_kitchen == "left"
- wen_kitchen == "folded":
    Last week I walked into a river I didn't choose, and I felt better. I don't know if I'm allowed to feel better about something I didn't choose. # speaker: Wen # needs: wen_kitchen == "folded"
- else:
    Last week a stranger's lantern came in through my window. TOMAS. I don't know who he was. I made him soup, in the dream. I think about him every day. # speaker: Wen # needs: wen_kitchen == "lantern"
}
{told_kell == "true" or kell_message == "herself": At the back of the crowd, in a raincoat, Amara Kell has come after all. She is writing on a tram ticket. # needs: told_kell == "true" or kell_message == "herself"}
# sfx: crowd
Then everyone is talking at once, and Maris is still pointing at you.
* [Climb up beside Maris and answer her: the festival is a place people choose.]
    -> answer
* [Invite her in. Offer her an hour of the festival, unscripted, hers.]
    -> invite
* [Cut the projection. The Outer District kids at the front are shaking.]
    -> cut
* {orchard_apology} [Tell the crowd about the Orchard yourself.]
    -> confess

= answer
You climb onto the crate. It is barely big enough for two, and Maris makes room with bad grace and a flourish.
Two million people choose to dream together every night. No one makes them. That's not a cage. That's a city. # speaker: seraphina
Chose. Like Juno chose, at six, when the school handed out bands with the milk. # speaker: maris
The crowd laughs, and not at her.
* [Concede the point about the children.]
    She's right about that. We hand bands to six-year-olds. We should ask them again at sixteen. # speaker: seraphina
    Maris looks at you sideways, the way she looks at a canvas that has done something she didn't paint.
    ~ nudge("maris", -6)
    ~ nudge("seraphina", 6)
* [Hold your ground.]
    And every one of them can take it off tonight. Hardly anyone does. That's an answer too. # speaker: seraphina
    Hardly anyone does because hardly anyone remembers how. # speaker: maris
    ~ nudge("maris", 10)
    ~ nudge("seraphina", -6)
-
-> a2_argument

= invite
Come inside. The festival. I'll give you an hour of it, unscripted, yours. Whatever you want to show them. # speaker: seraphina
The crowd goes quiet in a ripple, outward from the crate.
An hour. Of the anniversary. The stewards will have you framed and hung in the foyer. # speaker: maris
Let them try. # speaker: seraphina
No curation. You don't touch my channel. Not a filter, not a string section, not a single blossom. # speaker: maris
Not a blossom. # speaker: seraphina
She climbs down and shakes your hand in front of three thousand people. You suspect this was her plan all along, or at least that it became her plan very quickly.
~ maris_invited = true
~ nudge("maris", -15)
~ nudge("seraphina", 8)
-> a2_argument

= cut
~ called_security = true
At the front of the crowd, a knot of teenagers on pilot bands are staring up at the parking structure and the grey man against the pillar. One of them is crying without seeming to notice. They came to see a festival, and they are looking at a death.
Two words into your band, and the spire goes blank. The orchard and the parking structure go out together. Kell's stewards, in their grey raincoats, move among the kids with water and blankets.
Maris doesn't fight. She climbs down from her crate, walks past you, and says it so quietly that only you can hear.
Eight years ago you edited my dream. Today you edited me. You're getting faster. # speaker: maris
~ nudge("maris", 20)
~ nudge("seraphina", -10)
-> a2_argument

= confess
You climb up beside her. Maris gives you a sideways look, suspicious of the help.
The orchard was mine. I made it. Her father died in that parking structure, and I turned it into blossom, and I never asked her. Three hundred thousand of you dreamed my lie and thanked me for it. # speaker: seraphina
Silence on the Arc. Even the gulls.
Well. There goes my speech. # speaker: maris
~ nudge("maris", -12)
~ nudge("seraphina", 10)
-> a2_argument

=== a2_argument ===
{called_security:
    The spire is dark. Someone has chalked the ticket machine on the steel at its foot, badly, from memory, and the crowd steps over it to get at each other. # needs: called_security
- else:
    The crowd doesn't go home. A man selling ices out of a cool box runs out in ten minutes and stays to listen.
}
Dorian has come up from the studio in his work clothes and bare feet.
{pan_message == "back":
    He has brought a frying pan, four days after you told him to give it back, and looks as if he is still working up to it. # needs: pan_message == "back"
- else:
    He has, for reasons of his own, brought a frying pan.
}
Is that my pan? # speaker: maris
{
- a1_gallery.told_miss:
    Seraphina says you miss me. # speaker: maris # needs: a1_gallery.told_miss
    Seraphina says a lot of things. # speaker: dorian
    His ears have gone pink again. She doesn't ask twice.
- pan_message == "back":
    I was told to give it back. I'm considering it. Possession is nine-tenths. # speaker: dorian
- else:
    It's been mine for six years. Possession is nine-tenths. # speaker: dorian
    {pan_message == "miss": He glances at you. You shake your head. He looks relieved, then not, and hides both behind it. # needs: pan_message == "miss"}
}
Tobin has pushed his way to the front, and Juno has not moved, and so the two of them end up face to face at the foot of Maris's crate: seventy-eight and seventeen, one with his band polished to a shine, one with hers in her pocket.
You were six when they gave you that. I was fifty-one. Do you know what it is to be fifty-one and not have slept since you were forty-two? # speaker: Tobin
No. Do you know what it is to be seventeen and not know if you've ever had a thought of your own? # speaker: Juno
People are turning toward them. The argument has found its faces.
* [Step in between them.]
    ~ arc_refereed = true
    You step into the gap, close enough to smell Tobin's hair oil and the chewing gum Juno is grinding to nothing.
    One at a time. Both of you. I want to hear it. # speaker: seraphina
    They both round on you, as though you are the problem, which unites them briefly.
    ~ nudge("seraphina", -4)
* [Let them go at it. This is what the question was for.]
    You stay where you are. Beside you Maris breathes out, very slowly, like someone watching a kiln door open.
    ~ nudge("seraphina", 4)
    ~ nudge("maris", -4)
-
Tobin goes first. He is used to going first.
The curfew sirens at ten. The pills that stopped working. My wife walking the flat at four in the morning, because lying down was worse. Nine years. Then the band, and the first night I slept through, and woke, and cried, and my wife cried in the same dream, and we found each other in it. # speaker: Tobin
You don't get to call that a cage. Not to me. # speaker: Tobin
* ["No one's calling it a cage, Tobin."]
    No one's calling it a cage, Tobin. # speaker: seraphina
    She is. Her, on the crate. She's been calling it a cage for eight years in very expensive paint. # speaker: Tobin
    It's a cheap paint. # speaker: maris
* ["What did she dream, your wife, that first night?"]
    What did she dream, your wife, that first night? # speaker: seraphina
    The old man blinks. He has never once been asked that part.
    A bakery. Her father's. We were both in it, in aprons, and neither of us knew how to bake. We laughed until we woke up. # speaker: Tobin
* [Say nothing. Let Juno answer him.]
    You say nothing. It isn't your turn. It's hers.
-
Juno's voice shakes, and she doesn't let that stop it.
I'm glad you got your nights back. I mean it. But I never had any to lose. Every night I've had since I was six, there were a million people in it. What if there's nothing there when I take it off? What if I'm just... the pale stripe where the band was? # speaker: Juno
Someone should have asked me that before I was six. # speaker: Juno
Tobin opens his mouth, and finds, to his evident annoyance, that he has nothing for that.
* [Tell Juno she's not empty. She just hasn't been alone long enough to hear herself.]
    You're not empty. You've just never had the quiet. Nobody hears their own voice on a crowded tram. # speaker: seraphina
    ~ nudge("seraphina", 8)
* [Tell Juno she'd be amazed what she sounds like to a million people who love her.]
    Most of us find out who we are in company, Juno. You'd be amazed what you sound like to a million people who love you. # speaker: seraphina
    ~ nudge("seraphina", -8)
* [Ask Dorian what he thinks.]
    Dorian speaks to Juno, quite seriously.
    I think some of the water you drowned in was mine. I'm sorry. I don't know whose tears anyone's been crying any more, and that's a real question, and I don't have the answer. # speaker: dorian
    ~ nudge("dorian", 8)
-
They both turn to you. The curator. It is, after all, your festival they're arguing over.
Tell her, then. Tell her what it was like before. # speaker: Tobin
Tell him what it's like now. # speaker: Juno
* [Stand with Tobin. Tell Juno what the wards were like before the band.]
    ~ arc_side = "tobin"
    He's right. Before the band, this city didn't sleep. People died of it, Juno. Kell nursed them. I'm not going to let anyone make that sound small. # speaker: seraphina
    Tobin straightens, a medal on his chest that only he can see. Juno looks at you, and then at the boards.
    ~ nudge("seraphina", -8)
    ~ nudge("dorian", -8)
* [Stand with Juno. Tell Tobin she's owed one night that's only hers.]
    ~ arc_side = "juno"
    She's right. We gave her a band before she could spell her name. She's owed one night that's only hers, and she shouldn't have to apologise for wanting it. # speaker: seraphina
    Juno stares at you. Tobin shakes his head, slowly, the way old men do when a thing they have fought for is being handed back to them for repairs.
    ~ nudge("seraphina", 8)
    ~ nudge("maris", 6)
* [Ask each of them for one thing they'd keep from the other's side.]
    ~ arc_side = "both"
    One thing each. Tobin, what would you keep of hers? Juno, what of his? # speaker: seraphina
    Tobin scowls at the boards for a long breath. Then: I'd want to know what my own nights were, I suppose. If I had any left. # speaker: Tobin
    Juno, smaller: I'd want someone to find me in the dream. The way his wife did. # speaker: Juno
    They don't shake hands. But they stop shouting, and that, on the Arc today, is a small miracle.
    ~ nudge("dorian", -6)
    ~ nudge("maris", -6)
-
// The band thrown at the spire starts a crush only on an Arc that is still a fight: the projection
// cut, or a side taken with Maris left alone on her crate. If Seraphina invited Maris in, owned
// the Orchard in public, or got Tobin and Juno to trade one thing each, the crowd stays to listen.
{called_security or (arc_side != "both" and not maris_invited and not a2_challenge.confess): -> a2_crush}
-> a2_queue

=== a2_crush ===
# mood: chaos
# sfx: crowd
Not everyone on the Arc heard that. Further back, where the crowd is thickest, someone has thrown a wristband at the spire.
It hits the metal and bursts in a splash of blue culture, like a jellyfish on a sea wall. Someone cheers. Someone else shoves the one who cheered. A steward's whistle goes, and then three, and then the whole back of the crowd surges forward toward the spire, the way water goes when a lock opens.
The terraces are narrow. The hammock frames are steel. People are going down.
Tobin is at the front with a bad hip. Juno is at the front with her band in her pocket and nothing to hold. Dorian has gone white to the lips; he knows what a crowd does on steps.
* [Get up on the crate and start the Tide song, the one everyone in the city knows.]
    ~ arc_crush = "song"
    You climb onto Maris's crate and sing the first line of the Lantern song, the nursery tune Dorian built the Tide on, badly, as loud as you can.
    Six people join in. Then sixty. It is a tune every child in Neo-Lumen fell asleep to; the bands hum it back on their own. The shove slows to a sway, and the sway to a crowd, singing, embarrassed, holding each other up.
    ~ nudge("seraphina", -8)
    ~ nudge("dorian", -6)
* [Open the service gate and get the ones without bands out first.]
    ~ arc_crush = "gate"
    You know the Arc; you have walked every terrace of it at four in the morning. The service gate under the third terrace sticks, and you put your shoulder to it until it gives.
    This way. Out. You don't have to be anywhere you don't want to be. # speaker: seraphina
    Juno goes through first, pulling two younger kids with her. Then a stream of others, out into the quiet of the dock road, where they can breathe.
    ~ nudge("seraphina", 8)
    ~ nudge("maris", 6)
* [Go down into it for Tobin.]
    ~ arc_crush = "tobin"
    You go down the terrace steps against the press, and find him on one knee between two hammock frames, his polished band glowing against the steel.
    You kneel over him and take the shoves in your back. Dorian arrives a second later and kneels on the other side with his back to the crowd, and between you the old man gets to his feet.
    ~ nudge("dorian", -6)
    ~ nudge("seraphina", -4)
-
It lasts four minutes by the steward's watch. When the whistles stop there are seven people in the medical tent with bruised ribs and one steward with a broken wrist, and a long blue stain down the spire where the band burst.
{called_security:
    Somewhere in it, Maris came back. She is kneeling by the steward with the broken wrist, splinting it with a paintbrush and a strip of her own shirt. # needs: called_security
- else:
    Maris is still on her crate, white-faced. She didn't come here for this. You can see her counting the people in the tent, and you can see her not forgiving herself for any of them.
}
{told_kell != "true" and kell_message != "herself": Amara Kell arrives at a run, raincoat flapping, too late for any of it, and goes straight to the tent to see which of them are hers.}
-> a2_aftermath

=== a2_queue ===
# mood: tense
# sfx: crowd
Not everyone on the Arc heard that. Further back, someone has thrown a wristband at the spire.
It hits the metal and bursts, blue culture on the steel. Someone cheers. Someone else shoves the one who cheered. A steward's whistle goes, once.
And then nothing. The back of the crowd leans, and the front of it doesn't move, because the front is {maris_invited: watching the curator and the critic shake hands on a crate, and wants to see what happens next|{a2_challenge.confess: still taking in what the curator just told them about the orchard|watching an old man and a girl who have just stopped shouting at each other}}, and three thousand people would rather hear the end of a thing than push.
The one who threw it is a boy of fifteen or so in an Outer Districts school jacket, with a pale stripe on his wrist where the band was. He looks as though he would like to follow it into the river.
* (reached) [Go back through the crowd and reach him before the stewards do.]
    You get to him first. Up close he is younger, and shaking, and angrier with himself than anyone else could manage.
    It kept giving me the warehouse. Every night. My mum's shift, in my head, the forklifts. I'm fifteen. I dream about pallets. # speaker: Ossie
    Then you've earned a night off, you tell him, and you ask a steward for a blanket instead of a form.
    ~ nudge("seraphina", 6)
    ~ nudge("maris", -4)
* (up_on_crate) [Ask the crowd to let him up to the crate. He's answered Maris's question already.]
    They pass him forward, hand to hand, not roughly. Maris shifts to the end of her crate so that he can get up beside her.
    It kept giving me my mum's warehouse. Every night. I'm fifteen and I dream about forklifts. # speaker: Ossie
    Laughter, and then not laughter, because half the Outer Districts people on the Arc are nodding.
    ~ nudge("seraphina", -4)
    ~ nudge("dorian", -4)
* [Leave him to the stewards and keep the crowd on the question.]
    A steward in a grey raincoat takes his elbow, gently. You turn back to the crate before you can see his face.
    ~ nudge("seraphina", -6)
-
Maris seems to decide something. She climbs down, turns her crate on its side into a counter, sits behind it, and takes a pencil from behind her ear.
One at a time. Tell me whose dream you had. I'll write it down. # speaker: maris
You would have bet your medal against it. By two o'clock the queue goes down three terraces, and Kell's stewards are handing out water to it instead of to the wounded, because there aren't any.
* (joined) [Join the queue yourself.]
    You wait forty minutes behind a tram driver and a woman with a baby asleep on her front. When you reach the crate Maris raises one eyebrow and holds the pencil ready.
    Mine? The river, mostly. Dorian's river. I don't know when I last had one of my own. # speaker: seraphina
    She writes it down exactly as you said it, and doesn't look up, which is the kindest thing she could do.
    ~ nudge("seraphina", 8)
    ~ nudge("maris", -6)
* [Walk the queue with a flask, the way a steward would.]
    You walk the terraces with a flask of tea and hear thirty dreams in an hour before anyone gets to the crate. Tobin's bakery. A drowned bicycle. Four people who all dreamed the same lantern and are delighted to meet.
    Shared, most of them, and nobody in the queue is sorry about it.
    ~ nudge("seraphina", -6)
    ~ nudge("dorian", -4)
* [Pull up a second crate and write them down with her.]
    Two pencils. By four o'clock your list and hers disagree about what counts as mine, and you argue about it in whispers between customers.
    ~ nudge("maris", -8)
    ~ nudge("seraphina", 4)
-
~ arc_crush = "queue"
It goes on until the light goes. {told_kell == "true" or kell_message == "herself": Kell stands at the end of the queue for an hour, in her raincoat, and when she gets to the front she only hands Maris the tram ticket she was writing on, and goes.} The blue stain down the spire where the band burst dries to a crust, and the medical tent stays empty.
-> a2_aftermath

=== a2_aftermath ===
# mood: somber
By sunset the Arc is empty except for gulls and the spire, humming.
{
- called_security:
    Maris is gone. She left her crate behind, and on it, in wet paint, one word: FASTER. # needs: called_security
- maris_invited:
    Maris is sitting on the edge of the top terrace, drawing on the back of a festival leaflet. She doesn't look up when you sit beside her.
    I keep drawing the ticket machine. Then I keep drawing you, drawing the ticket machine. That's a bad sign. I'm starting to trust you. # speaker: maris # needs: maris_invited and not called_security
- else:
    Maris is sitting on the edge of the top terrace with her crate, smoking something that smells of cloves.
    {
    - a2_queue.joined:
        Two hundred and eighty answers, and one of them the curator's. I'm having it framed. Small. Badly. # speaker: maris # needs: a2_queue.joined
    - arc_crush == "queue":
        Two hundred and eighty answers. Not one of them yours. That's fine. The festival will answer for you. # speaker: maris
    - a2_challenge.answer:
        You answered. On my crate, in front of everyone. I hated it, and it was a good answer. The festival gets a go next. # speaker: maris # needs: a2_challenge.answer
    - else:
        You didn't answer my question. Hardly anyone did. That's fine. The festival will. # speaker: maris
    }
}
* [Sit with her until the gulls go.]
    You sit. Neither of you says anything useful. The spire hums over you both, and one by one the gulls give up on you and go.
* (pan) [Leave her be. Go and find Dorian's pan.]
    {arc_crush == "queue": You find it on a terrace step, where he put it down to eat a sandwich.|You find it under a hammock frame, dented.} You leave it on her crate. It seems like the right thing to do with it.
-
{arc_crush == "song": From somewhere down on the dock road, a few of the kids are still singing the Lantern song, flat and happy.}{arc_crush == "gate": Down on the dock road, Juno is sitting on a bollard with her band in her lap, not putting it on, not throwing it away.}{arc_crush == "tobin": Tobin has sent you a message: a photograph of his hip, bruised purple, and the words STILL MINE.}{arc_crush == "queue": Down on the dock road the boy in the school jacket is sitting on a bollard{a2_queue.reached or a2_queue.up_on_crate:, and Juno is sitting on the next one, and they are comparing the pale stripes on their wrists| with a steward's form on his knee, and Juno is on the next one, helping him spell the words on it}.}
-> a2_last_night

=== a2_last_night ===
# scene: skyline
By custom, the night before the festival's eve is dark for the whole city. No shared dream. Let them miss it, the stewards say, so they come back hungry.
Two million wristbands, unlit, their cultures sleeping grey. From the studio roof Neo-Lumen looks like an old photograph of itself.
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
    You said you'd rolled it back. # speaker: seraphina # needs: not update_kept
    I did Kell's towers. I kept a copy for the rest. I'm not a saint, Sera. I'm an engineer. # speaker: eliot # needs: not update_kept
}
{not asked_about_mira and not told_eliot_swing: That's my sister's band. Mira. She's down there, in the archive. She has a swing. # speaker: eliot # needs: not asked_about_mira and not told_eliot_swing}
I told myself the update was about connection. It is. It's about one connection. # speaker: eliot
She was nineteen. She had a fever that turned into something else, over one night. And I was here, at three in the morning, tuning tower four. She dreamed through the whole thing. I wasn't in the dream. I was fixing the dream. # speaker: eliot
* [Tell him the festival is not his séance.]
    Tomorrow is not for her, Eliot. It's for two million people who are alive. # speaker: seraphina
    No. It's not for her. Say it again. I need to hear it from somebody who isn't me. # speaker: eliot
    You say it again. He nods at each word, and doesn't look up.
    ~ nudge("eliot", -15)
* [Sit down on the floor and listen to the swing with him.]
    ~ eliot_trust += 1
    You sit down on the cold floor beside him. Neither of you says anything. The swing creaks, and creaks, high and then low.
    She always went too high. Mum used to shout from the kitchen. # speaker: eliot
    He has sat here every night this week pretending to check the towers. Tonight he stops pretending, because someone is sitting with him, and listens to his sister and nothing else.
    ~ nudge("eliot", 12)
* {archive_open} [Ask him what he'll say to her, if she's there tomorrow.]
    ~ eliot_trust += 1
    Go to bed, probably. She never did. # speaker: eliot
    He laughs, and then he doesn't, and then he tells you about the swing: the park in Meridian, the chain that pinched, the summer she was nine and he was sixteen and he pushed her until his arms gave out.
    ~ nudge("eliot", 8)
-
Then, without looking up, he asks it.
If it goes wrong tomorrow. If I have to choose. Will you tell me the truth, whatever it is? Not the curated version. # speaker: eliot
* (promised_truth) ["I'll tell you the truth."]
    ~ eliot_trust += 1
    I'll tell you the truth. Even if it's the one you don't want. # speaker: seraphina
    Especially then. # speaker: eliot
* (promised_safety) ["I'll tell you what keeps people safe."]
    I'll tell you what keeps two million people safe. That's the truth that matters. # speaker: seraphina
    He nods. It is not quite the answer he asked for, and you both know it.
    ~ nudge("eliot", -6)
-
When you leave he is still on the floor, but he has put the band on the console again, in its place.
-> a3_eve

=== a2_visit_maris ===
# scene: gallery
The Unshared is lit the old way, yellow. Maris is painting at two in the morning with music on and a plate of toast going cold on the lid of a tank.
{
- called_security:
    If you've come to edit the gallery, the paintings are flammable. # speaker: maris # needs: called_security
    But she lets you in.
- maris_invited:
    My hour. I've got a hundred ideas and ninety-eight of them are the ticket machine. # speaker: maris # needs: maris_invited and not called_security
- else:
    She's painting the spire with a crowd around it: all wearing bands, all looking in different directions.
}
{a1_crossroads.wine: On the lid of the tank, beside the toast, is the bottle of cheap wine you brought her, down to its last third. I hate it, she says, before you can ask. I'm finishing it out of spite. # needs: a1_crossroads.wine}
{arc_crush == "queue": I've been sorting the list all night. Two piles, mine and ours. Then I had to start a third, for the ones who said both, and a man who said his dog's. The third pile is the tallest. # speaker: maris # needs: arc_crush == "queue"}
{arc_crush != "" and arc_crush != "queue": There were seven people in that tent today. I counted. I keep counting. # speaker: maris # needs: arc_crush != "" and arc_crush != "queue"}
* {arc_crush != "queue"} ["It wasn't your fault."]
    It wasn't your fault. Someone threw a band. # speaker: seraphina
    I threw the question. Someone threw the band at it. That's how questions work. # speaker: maris
* {arc_crush == "queue"} ["Then the tallest pile is your answer."]
    Then the tallest pile is your answer. # speaker: seraphina
    It's an answer. Three weeks ago I'd have called it a scandal. # speaker: maris
* ["Then stop counting and paint."]
    Then stop counting and paint. # speaker: seraphina
    She looks at you, surprised. Then she picks up the brush.
    Bossy. I like it. Don't do it again. # speaker: maris
-
Sit. I want to paint you. Don't do that face. Do your other face. # speaker: maris
You sit on an upturned crate for an hour while she paints. She talks the whole time, about her father, about Dorian's terrible taste in shoes, about the year she stopped dreaming with the city and the silence afterwards, which she says was like learning to hear.
Then, without looking up from the canvas, she asks it.
What do you dream, Seraphina? Not the city. You. # speaker: maris
* [Tell her a dream you've never shared.]
    I'm on a night train that never stops. Every carriage is a festival I forgot to run, empty, the lanterns unlit. I walk through all of them, and I'm relieved. # speaker: seraphina
    Maris laughs. Then she stops laughing and puts the brush down.
    That is the saddest and funniest thing I've heard all year. Thank you. I mean it. I didn't think you'd give me one. # speaker: maris
    ~ nudge("seraphina", 10)
* [Tell her you don't have any left. The city has them all.]
    I don't. Not for years. Every night I'm on the bank watching other people's. # speaker: seraphina
    Then I'll paint that. # speaker: maris
    She does: a woman with a blue wrist and no face, standing beside a river that is full of everybody else.
    ~ nudge("maris", 8)
    ~ nudge("seraphina", -8)
* {kell_message == "carry"} [Tell her what Kell said: she can afford dark nights; the Outer Districts can't.]
    Maris puts the brush down.
    She said that? # speaker: maris
    She said half of what you say is right. # speaker: seraphina
    Which half? No. Don't tell me. I'll lie awake on it. # speaker: maris
    She goes back to painting, slower, and when you look at the canvas again she has put a tram ticket in your hand.
    ~ nudge("maris", -8)
* {kell_message == "herself"} [Ask whether Kell ever found her.]
    Maris wipes her hands, goes to the jar of brushes, and takes out a tram ticket folded in four.
    {arc_crush == "queue": At the end of your queue. Stood an hour for it, in that raincoat, and put this in my hand without a word. # speaker: maris|After the whistles. She walked up to me in the tent and put this in my hand without a word. # speaker: maris}
    In a small, square nurse's hand: YOU CAN AFFORD DARK NIGHTS. HALF MINE CAN'T AFFORD A WHOLE ONE. COME AND SEE. A.K. # needs: kell_message == "herself"
    I'm going. Tuesday. If you tell anyone I'll say you made it up. # speaker: maris
    ~ nudge("maris", -8)
-
She lets you see the canvas before you go. It's you. It's unmistakably you. She has got the tired in it.
-> a3_eve

=== a2_visit_dorian ===
# scene: curation-studio
Dorian cooks when he is frightened. The studio smells of garlic and burnt sugar, and twelve kinds of something are cooling on the console.
I keep thinking about Juno. She drowned in my water, and she'll carry it now. Some part of her will always know what the Flats smelled like, and she's never been. # speaker: dorian
Twenty years I've been giving people other people's grief to cry at. What if that's all catharsis is? Borrowed water. # speaker: dorian
* [Tell him the crowd is what makes it bearable.]
    Borrowed, shared, it's the same water. The difference is that no one drowns in it alone. That's what you build, Dorian. That's all of it. # speaker: seraphina
    He stirs the pot until the sugar stops hissing.
    All right. All right. I needed someone to say it back to me. # speaker: dorian
    ~ nudge("dorian", -12)
* [Tell him to build one thing for tomorrow just for himself.]
    ~ dorian_own_room = true
    Build something tomorrow that's yours. One boat. No one else's water under it. # speaker: seraphina
    For who? # speaker: dorian
    For whoever you were before you got good at this. # speaker: seraphina
    He turns the heat off under the pot. He's already sketching.
    ~ nudge("dorian", 12)
* [Ask him to tell you about the Flats. Here. Awake.]
    He does. It takes an hour. It isn't a dream and nothing about it is beautiful: the smell of the shelter, his mother's voice going hoarse at four thousand, the boy next to him who didn't wake up.
    Somewhere in the middle of it he starts crying, in a kitchen, in front of one person, and lets it happen.
    ~ nudge("dorian", 15)
-
* [Taste the burnt-sugar thing.]
    It is terrible. You eat all of it. He watches you with the anxious hope of a man who knows exactly how terrible it is.
* [Ask what he's cooking for.]
    For afterwards. There's always an afterwards. Someone has to have soup ready. # speaker: dorian
-
When you leave he gives you a tub of something to take home. It's still warm.
-> a3_eve
