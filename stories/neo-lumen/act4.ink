// Act 4: the aftermath and the debriefing. What the city lived through is sealed in
// night_outcome; what people say here (truths_told counts each raw truth told in public) can
// still change what the city makes of that night, and the endings say when it did.

=== a4_wake_the_reboot ===
# act: 4
# scene: curation-studio
# mood: somber
The morning after the festival that didn't happen, the studio smells of cold tea.
The feeds call it a technical interruption. Refunds are being issued. The anniversary will be rescheduled. Kell's first-timers in the Outer Districts slept soundly and woke with mild headaches, and most of them are waiting to hear whether it will happen again before they decide about next month.
Only you and Eliot remember the surge. You were at the bottom, by the archive, when the reboot came up through it, and whatever that did to you, it left you the night.
Dorian comes in at ten, barefoot, puzzled, rubbing his eyes.
{dorian_anchor:
    I sat up in the booth with my thumb on your light, like you said. I remember the first hour. Every band going white, and the console showing weather, and you going under. After that, nothing, and I woke up with my face wet. I never cry. I make other people cry. # speaker: dorian # needs: dorian_anchor
- else:
    Did something happen? I woke up in the booth with my face wet. I never cry. I make other people cry. It's a whole professional distinction. # speaker: dorian
}
{maris_painted:
    Across town, you hear later, Maris woke up with paint on her hands and no idea what she'd painted. # needs: maris_painted
- else:
    Across town, you hear later, Maris woke up furious, and couldn't say at whom.
}
* (tell_dorian) [Tell Dorian about the water on the stairs.]
    You tell him. The Flats, the stairs, his mother counting, the boy who thought his crying made the water rise.
    He listens with his hands around his cup, and doesn't interrupt once. It is landing; you can see it land.
    I'd like to remember that. I think I'd like to. Can you tell me again, slower? # speaker: dorian
    ~ nudge("dorian", 10)
* [Let him keep not knowing.]
    A long night. That's all. You were wonderful. # speaker: seraphina
    He takes it. He wants to. Whatever he lost down there, he doesn't know to miss it, and you decide that is a mercy, or tell yourself so.
    ~ nudge("dorian", -8)
-
Two days later, the Dream Cultivation Organizations call a debriefing.
# scene: debriefing
The old ferry terminal on the Ninth Pier: folding chairs, a tea urn, a feed for the city. Five hundred people came, mostly to complain about the refunds.
-> a4_debriefing

=== a4_wake_flawless_utopia ===
# act: 4
# scene: skyline
# mood: wonder
THE NIGHT NEO-LUMEN BECAME ONE, say the feeds, in letters as tall as the towers.
The city wakes up happy. Not relieved: happy. Strangers hold doors. Kell's first-timers queue at dawn in the Outer Districts to keep their bands. In Kell's wards, the night nurses report the quietest night in their records.
Kell sends the studio a crate of oranges from the Outer Districts market, and a note: THEY SLEPT. THANK YOU. A.K.
Dorian comes in at noon, still glowing, and sits down on the floor among the oranges, and then doesn't get up.
I didn't build that garden. No one built it. So why does everybody love it so much? Why do I? # speaker: dorian
* ["Because it was kind."]
    Because it was kind, Dorian. People have been waiting their whole lives for a kind night. # speaker: seraphina
    He peels an orange very slowly, as if it might be lying to him.
* ["Because it didn't ask anything of them."]
    Because it didn't ask anything of them. # speaker: seraphina
    He stops peeling.
    That's the nastiest true thing anyone's said to me this year. # speaker: dorian
-
Maris doesn't answer her messages. The Unshared has a sign on the door: CLOSED FOR REPAINTING.
* [Go to the gallery and knock.]
    # scene: gallery
    She opens the door after a long wait. Every canvas inside is new and every one of them is blossom, white and gold.
    I keep trying to paint the ticket machine. I know there was one. I can't see it any more. It's like trying to remember a word in a language I used to speak. # speaker: maris
    You stand with her in front of the blossom until she closes the door again, gently, on both of you.
    ~ nudge("maris", 8)
* (kell_note) [Give her space. Answer Kell's note instead.]
    You write Kell a note: thank you, it was a team effort, your people deserved it. It's all true. It sits on the page, polished and shut.
    ~ nudge("seraphina", -8)
-
Two days later, the Dream Cultivation Organizations call a debriefing, mostly so that people can say thank you in public.
# scene: debriefing
# mood: calm
The old ferry terminal on the Ninth Pier: folding chairs, a tea urn, a feed for the city. Two thousand people came. They brought oranges too.
-> a4_debriefing

=== a4_wake_thousand_nights ===
# act: 4
# scene: skyline
# mood: somber
The next night, forty per cent of Neo-Lumen's bands light up for the Tide. The night after, thirty-three.
The feeds are full of people explaining, at length, what they dreamed when they were finally on their own. Some of it is wonderful. Some of it is the worst night of their lives. Hardly anyone is listening to anyone else's.
Juno slept ten hours after the night, and then took her band off. She sent you a message when she woke: THERE WAS SOMETHING THERE. THANK YOU. I THINK.
In the Outer Districts, Kell's night nurses are back on double shifts. The wards are filling again with people who can't sleep alone and have forgotten how to try.
The Transceiver hall runs at half power.
{dorian_fear == "room" or dorian_own_room:
    Dorian has been in his small boat every night since, he tells you, and doesn't want to come out. # needs: dorian_fear == "room" or dorian_own_room
- else:
    Dorian has not come to the studio at all.
}
* [Put your band back on tonight.]
    # scene: curation-studio
    You lie down on the studio cot and let it take you under. The Tide is thin: a few thousand lanterns on a wide, empty river. You walk the bank anyway, because someone should.
    ~ nudge("seraphina", -8)
* [Leave it off. Tonight, at least.]
    You sleep in your own bed, alone, as you haven't in years. You dream of the night train again. This time it stops at a station, and you get off, and you don't know where you are.
    ~ nudge("seraphina", 8)
* (kell_ward) [Go out to the Outer Districts and walk a ward with Kell.]
    You find her at two in the morning in a converted boathouse on the Kestrel Row canal, forty beds, forty people staring at the ceiling.
    Half of them had their first shared night on the festival's eve. Now they can't get back in, and they can't sleep out. # speaker: Amara Kell
    You sit by a bed until a man who drives the night trams falls asleep holding your sleeve.
    ~ nudge("seraphina", -4)
-
A week later, the Dream Cultivation Organizations call a debriefing, because someone has to.
# scene: debriefing
The old ferry terminal on the Ninth Pier: folding chairs, a tea urn, a feed for the city. A few hundred people came. Half of them aren't wearing bands.
-> a4_debriefing

=== a4_wake_living_tapestry ===
# act: 4
# scene: festival-grounds
# mood: hope
At dawn the Arc is full of people who won't go home.
They are sitting on the terraces in their sleeping clothes, introducing themselves to each other. You were in my kitchen. You were on my stairs. I pushed your swing. I stood in your parking structure for an hour and I'm so sorry about your father.
Tobin and Juno are sharing a flask of tea on the top step, arguing about something, both of them laughing.
Amara Kell finds you by the booth. Her raincoat has a tear in it. She has been up all night on the feeds with her districts, and she looks like someone who has been handed a baby she did not order and is already fond of.
Some of mine woke up crying. Most of them woke up talking. What on earth do I tell the council? # speaker: Amara Kell
* (kell_paragraph) [Tell them the truth: it was terrible, and it was the best night of their lives.]
    Tell them it was terrible. Tell them no one will ever forget it. Tell them those are the same sentence. # speaker: seraphina
    Kell looks out at the terraces, where a woman from her districts is showing a banker from Meridian how to fold a paper lantern.
    That is not a sentence, Seraphina. That is a paragraph. # speaker: Amara Kell
    But she goes and writes it down.
    ~ nudge("seraphina", 6)
* [Tell them it was a festival. That's what festivals are for.]
    Tell them it was a festival. The whole city in one place, finding out about each other. That's what we're for. # speaker: seraphina
    She almost smiles. That one she can say to a council.
    ~ nudge("seraphina", -6)
-
Three days later, the Dream Cultivation Organizations call a debriefing. It has to move twice to find a hall big enough.
# scene: debriefing
The old ferry terminal on the Ninth Pier: folding chairs, a tea urn, a feed for the city. Four thousand people inside, more on the pier, and someone has brought soup.
-> a4_debriefing

=== a4_debriefing ===
You stand at the front. Kell sits to one side in her raincoat, with a stack of tram tickets covered in notes. Eliot is in the second row, with the dark wristband on his own wrist for the first time. Dorian has his shoes on: a sign, with him, of nerves.
{dorian_anchor:
    He keeps glancing at your wrist. On the night he watched your light from the booth until the surge took him too. # needs: dorian_anchor
- else:
    He sits on the end of the front row, near enough to take your hand again. He held it all the way down, on the night. # needs: not dorian_anchor
}
{
- a4_wake_thousand_nights.kell_ward:
    Kell catches your eye as you pass: the tram driver asks after you. He has slept twice since, with the light on. # needs: a4_wake_thousand_nights.kell_ward
- a4_wake_flawless_utopia.kell_note:
    Your note is on top of Kell's tickets, one word underlined, "deserved", and a question mark. # needs: a4_wake_flawless_utopia.kell_note
- a4_wake_living_tapestry.kell_paragraph:
    Kell's top ticket is your paragraph, written out again smaller, to fit. # needs: a4_wake_living_tapestry.kell_paragraph
}
{
- night_outcome == "the-reboot":
    Maris sits at the back with her arms crossed{maris_painted: and paint still under her nails}, watching you as if you owe her something and she can't remember what.
- night_outcome == "flawless-utopia":
    Maris sits at the back, very still, with no paint on her hands.
- else:
    Maris sits on the edge of the stage, because of course she does.
}
Everyone is looking at you. They want to know how to feel about it. That has always been your job.
{night_outcome == "the-reboot": No one here can say what the night was. You and Eliot are the only two who could, and what you say now is all the night this city will ever have.|What the night was is settled. What it meant is still being decided, in rooms like this one, and everyone in this one knows it.}
* [Start with what went wrong.]
    ~ truths_told += 1
    You start with the towers, the amber lights, the surge, and you don't round anything off. {night_outcome == "the-reboot": They don't remember it, so you describe it, and you watch them try to imagine a night they lived through.}
    It takes twenty minutes. Not one person leaves.
    ~ nudge("seraphina", 8)
* [Start with what held.]
    You start with the people: the ones who held on, the ones who went back for strangers, the engineer who stayed at the bottom until it was over.
    The room warms and settles.
    ~ nudge("seraphina", -8)
-
Then Kell stands, and the room quiets.
{night_outcome == "flawless-utopia": My districts slept eight hours straight for the first time in their lives. I'd like that on the record before anyone tells me what it cost.|I've got a district of new sleepers who are deciding this week whether to keep their bands.} # speaker: Amara Kell
{
- update_kept == false:
    Eliot tells me mine were on the towers he rolled back. They got the picture and none of the weather, and woke up cross, not hurt. I'm told someone asked for that. Thank you. # speaker: Amara Kell # needs: not update_kept
- archive_open:
    Eliot tells me the archive was left open on purpose. Some of mine met their dead on the night{night_outcome == "the-reboot":, and lost them again at the reboot without ever knowing.|. A woman from Kestrel Row sat on the flood steps with her boy for an hour.} I don't know what form that goes on. # speaker: Amara Kell # needs: archive_open
- else:
    Eliot tells me there was a wall, and it held for forty minutes, and then mine were in the weather with everyone else, on their first night. # speaker: Amara Kell # needs: update_kept and not archive_open
}
I'm not here to bury anything. My wards need to hear, from the people who run the night, that it's safe to lie down in it. A fault, found, fixed. If that's true, I'd like someone to say it. # speaker: Amara Kell
She doesn't look at Eliot. Everyone else does.
* (never_again) [Say it for her. A fault, fixed, never again.]
    A technical fault. We've found it. It won't happen again. # speaker: seraphina
    In the second row Eliot nods. You have done him a kindness, maybe.
    It won't. I'll make sure. {update_kept == false:I kept a copy of what I was told to roll back. That copy was the fault. It's gone now.|Whatever the towers were reaching for, they won't reach that far again.} # speaker: eliot
    Kell sits down. In the Outer Districts, Kell's new sleepers hear it on the feed and keep their bands on.
    ~ nudge("eliot", -10)
* {asked_about_mira or told_eliot_swing or a2_visit_eliot} [Ask Eliot to tell them about the archive, and about the swing.]
    ~ truths_told += 1
    Eliot stands up. He takes his time about it.
    There's a layer under the Transceivers where every dream the city has ever had is kept. I went looking in it for my sister. She died seven years ago, at nineteen. I built the update so I could find her, and I said it was for you. I half believed it. # speaker: eliot
    {update_kept == false: I was told to roll it back. I rolled back the east bank and kept a copy running on the rest. The half I kept is the half that broke. # speaker: eliot # needs: not update_kept}
    {
    - night_outcome == "living-tapestry":
        On the night, some of you pushed her swing. I'd like to thank you for that. I don't know how. # speaker: eliot # needs: night_outcome == "living-tapestry"
    - night_outcome == "the-reboot":
        I erased her on the night. And all of it, all of you, everything you saw. It was the right call. I'll never know if it was the right call. # speaker: eliot # needs: night_outcome == "the-reboot"
    - else:
        She's gone now, the way everyone's night is gone. I don't know if that's better. # speaker: eliot
    }
    The terminal stays silent while the tea urn ticks. Then Wen, in the fourth row, starts clapping, slowly, and doesn't stop until others join her.
    ~ nudge("eliot", 12)
* [Tell them what happened yourself, and keep Eliot's grief out of it.]
    ~ truths_told += 1
    You tell them about the archive and the update and the weight on the towers, and you leave one nineteen-year-old on a swing out of it. It isn't yours to give them.
    Eliot catches your eye from the second row and holds it. Thank you, he mouths. Whatever else the city gets of the night, it doesn't get her. She stays his.
    ~ eliot_trust += 1
    ~ nudge("eliot", 5)
-
-> questions

= questions
Then the floor opens, and the hands go up.
{arc_refereed:
    Juno is first. She looks at you before she stands. On the Arc you stepped in between her and Tobin, and she still checks with you whose turn it is. Then she stands anyway, and this time her voice doesn't shake. # needs: arc_refereed
- else:
    Juno is first. She stands without being called on or looking round for leave. On the Arc, when it started, you didn't step in between her and Tobin; you let them go at it first, and she seems to have taken that as permission for life. This time her voice doesn't shake. # needs: not arc_refereed
}
{
- night_outcome == "thousand-nights":
    I was on my own all night. First time ever. A jetty, and my own lights in the water. Was that mine? Or is that just what's left when everybody else lets go? # speaker: Juno # needs: night_outcome == "thousand-nights"
- night_outcome == "the-reboot":
    I don't remember it. None of us do. Was any of it mine? Did I get to have it before you took it back? # speaker: Juno # needs: night_outcome == "the-reboot"
- night_outcome == "flawless-utopia":
    Was any of it mine? It was lovely. It felt like yours. It felt like the orchard on the spire. # speaker: Juno # needs: night_outcome == "flawless-utopia"
- else:
    Was any of it mine? The night. What I saw. Or was it all everybody else's again? # speaker: Juno
}
* [Tell her the truth: you can't know, and neither can she, yet.]
    ~ truths_told += 1
    {
    - night_outcome == "thousand-nights":
        I don't know, Juno. It might have been all yours. It might be what a person sounds like with a million people gone quiet round her. We haven't got the tools to tell, and I'm not going to pretend we have. # speaker: seraphina
    - night_outcome == "the-reboot":
        I don't know, Juno. It's gone, and whatever was yours went with it. I'm not going to pretend I know what was in it. # speaker: seraphina
    - else:
        I don't know, Juno. Neither does anyone. Some of it was yours. Some of it was Dorian's, and Tobin's, and mine. We haven't got the tools to sort it, and I'm not going to pretend we have. # speaker: seraphina
    }
    She nods, furious and relieved in equal parts.
    Then I'll sort it myself. # speaker: Juno
    ~ nudge("seraphina", 6)
* [Tell her it was hers because she was in it.]
    {night_outcome == "thousand-nights":
        It was yours because you were there. Even on your own. Especially on your own. # speaker: seraphina
    - else:
        It was yours because you were there. That's what a shared night is. Yours, and everyone's, at once. # speaker: seraphina
    }
    She thinks about that. It isn't the answer she came for, but she sits down with it.
    ~ nudge("seraphina", -6)
* [Pass the question to Tobin.]
    Tobin stands up, creaking.
    {night_outcome == "thousand-nights":
        Love, I spent that night on my own for the first time in twenty-seven years. A bakery, and no wife in it. I still couldn't tell you which bits were mine. Turns out you don't need to. You need someone to ask you in the morning. # speaker: Tobin
    - else:
        Love, I've been sharing my nights for twenty-seven years, and I still don't know which bits were mine. Turns out you don't need to. You need someone to ask you in the morning. # speaker: Tobin
    }
    ~ nudge("dorian", -4)
-
{
- arc_side == "tobin":
    Tobin catches your eye across the room and nods. On the Arc you took his side; he hasn't forgotten. Juno doesn't look at you. # needs: arc_side == "tobin"
- arc_side == "juno":
    Juno catches your eye across the room. On the Arc you took her side; she hasn't forgotten. Tobin has his arms folded. # needs: arc_side == "juno"
- else:
    Tobin and Juno are sitting together, three rows back. They came in together. The room can't work out why.
}
{night_outcome == "the-reboot" or night_outcome == "flawless-utopia": At the back, Maris has her hand up, and keeps it up.|At the edge of the stage, Maris has her hand up, and keeps it up.}
{
- night_outcome == "living-tapestry":
    She has a roll of canvas under her arm, and sixty-three names written up her wrist in biro. # needs: night_outcome == "living-tapestry"
- night_outcome == "flawless-utopia":
    It's the first time she's lifted a hand since the festival.
- night_outcome == "thousand-nights":
    She looks tired. She looks, for the first time since you've known her, unsure she was right.
- else:
    She has no idea what she means to say. She just knows she has to say something.
}
* (maris_floor) [Give Maris the floor.]
    ~ truths_told += 1
    She comes to the front. She doesn't use the microphone.
    {
    - night_outcome == "living-tapestry":
        I spent eight years telling you your dreams weren't yours. On the night I found out some of them were also mine. I'd like to start something. Dark nights and shared nights, both, and no one editing anyone. If you want in, there are sixty-three names on my arm and room for more. # speaker: maris # needs: night_outcome == "living-tapestry"
    - night_outcome == "flawless-utopia":
        Does anyone remember a ticket machine? From the night. It was in the sky, I think. I painted it. # speaker: maris # needs: night_outcome == "flawless-utopia"
        The room is quiet. Then, somewhere near the back, a man in a night-tram driver's jacket puts his hand up. Then a woman by the urn. Not many. Some.
    - night_outcome == "thousand-nights":
        I wanted you to have your own dreams. I never wanted you to have only them. I didn't know those were different until last week. # speaker: maris # needs: night_outcome == "thousand-nights"
    - else:
        {maris_painted:I painted something that night. I woke up with it under my nails.|Something happened to me that night. I woke up angrier than I've been in eight years.} None of us remember what it was, and I think that's the worst thing that's ever happened to this city, and we didn't even notice it happen. # speaker: maris
    }
    ~ nudge("maris", -10)
* [Not today, Maris.]
    Not today. Let them have today. # speaker: seraphina
    She lowers her hand slowly.
    That's what you said about the orchard. You just didn't say it out loud. # speaker: maris
    ~ nudge("maris", 12)
-
-> plans

= plans
Dorian stands up at the end, without being asked, and says he has an idea for next year.
{
- centerpiece == "chorus":
    I gave you the Chorus this year. One song. I wanted the new districts to feel held, and then the towers held all of us a lot harder than I meant. # speaker: dorian # needs: centerpiece == "chorus"
- centerpiece == "rooms":
    I gave you the Thousand Rooms this year. Every door open. I wanted you to be yourselves in company, and then the walls came down and we found out what that means. # speaker: dorian # needs: centerpiece == "rooms"
- else:
    I gave you the River Mouth this year. Everybody brings something. Well. Everybody brought everything. # speaker: dorian # needs: centerpiece == "river"
}
{
- night_outcome == "living-tapestry":
    So next year we build it out of what you brought. All of it. Your kitchens and your stairs and your parking structures. No centrepiece. Just the city, the way it was on the night. # speaker: dorian # needs: night_outcome == "living-tapestry"
- night_outcome == "flawless-utopia":
    The garden. Again. Bigger. Every night, if they'll let us. I don't know how it works, but I know how to build it. # speaker: dorian # needs: night_outcome == "flawless-utopia"
- night_outcome == "thousand-nights":
    Small dreams. Twelve people at a time, fifteen at most. Around a table. You come because you want to, and you leave when you've said what you came to say. # speaker: dorian # needs: night_outcome == "thousand-nights"
- else:
    Something that could have held that night. I don't remember it, but I know it needed holding. # speaker: dorian # needs: night_outcome == "the-reboot"
}
He looks at you, not at Kell. He has always waited for you first.
* [Tell him you'll build it with him.]
    Together, then. Like the Tide. # speaker: seraphina
    Like the Tide. # speaker: dorian
    ~ nudge("dorian", -10)
* [Tell him to build the first one alone.]
    Build the first one on your own. Then show me. # speaker: seraphina
    He grins, suddenly and hugely, as if you've handed him the keys to something.
    ~ nudge("dorian", 10)
* [Ask the room what they'd build.]
    ~ truths_told += 1
    You turn to the room.
    What would you build? # speaker: seraphina
    There is an awkward pause, the kind that happens in a room that has never been asked. Then Wen puts her hand up. Then a night-tram driver. Then forty people at once, and Dorian is scribbling on his arm because he has run out of paper.
    ~ nudge("dorian", 6)
    ~ nudge("seraphina", 6)
-
{
- a2_queue.reached:
    By the door, Ossie, the boy who threw his band at the spire, is already stacking chairs with his band back on. You told him he'd earned a night off, he says. He took three, and then he wanted the company back. # needs: a2_queue.reached
- a2_queue.up_on_crate:
    By the door, Ossie, the boy who threw his band at the spire, is already stacking chairs, and people keep stopping him to say they heard him on the crate. He dreams about forklifts less, he says. He talks about them more. # needs: a2_queue.up_on_crate
- arc_crush == "queue":
    By the door, Ossie, the boy who threw his band at the spire, is already stacking chairs beside the steward who took his elbow on the Arc. She has signed him up for night classes. You turned back to the crate, he tells you, politely, and you didn't look.
}
-> a4_close

=== a4_close ===
# mood: calm
When the questions are done, Wen finds you at the urn.
{
- wen_kitchen == "left":
    You left me in my kitchen, on the Tide. I asked the Cultivation office who did it. I wanted to say thank you. My mother's been dead nine years, and that was the first time I got to sit with her. # speaker: Wen # needs: wen_kitchen == "left"
- wen_kitchen == "lantern":
    I found him. Tomas. His sister wrote the lantern. I've met her twice now, for soup. Thought you should know where your lantern went. # speaker: Wen # needs: wen_kitchen == "lantern"
- else:
    I walked into your river, on the Tide. I never decided if I was glad. I've decided. I'm glad. But I'd like to be asked, next time. # speaker: Wen # needs: wen_kitchen == "folded"
}
She squeezes your hand and goes out onto the pier, where the light is going.
{
- truths_told >= 3 and night_outcome == "the-reboot":
    Behind her, the terminal is still full. Every chair is still taken. People are telling each other what they woke up with, the wet face, the paint, the anger with no name, and trying to fit the pieces to what you told them, and none of them agree, and none of them are leaving.
- truths_told >= 3:
    Behind her, the terminal is still full. Every chair is still taken. People are telling each other what they saw, what they didn't, what they think it meant, and none of them agree, and none of them are leaving.
- truths_told <= 1:
    Behind her, the terminal empties quickly and kindly. People have what they came for: a sentence they can live with. It is a good sentence. You helped write it.
- else:
    Behind her, the terminal empties slowly. Some people leave with the sentence. Some stay to argue with it.
}
-> a5_year
