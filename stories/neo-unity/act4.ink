// Act 4: the aftermath. Elara reimagines her work; she and Jaxon start the community forums; Liora's
// co-op charter; Talon's DreamCraft workshops.

=== a4_morning ===
# act: 4
# scene: architect-studio
# mood: calm
Three days later.
The studio smells of cold coffee and the floor tape has started to peel.
{night == "mosaic-coops": Your glass won't stop. People are sending you their dreams: not to use, just to show you. A drummer. A retired teacher. Hesper Lund, who sends a photograph of a boat.}
{night == "grand-design": The Council has sent flowers, an actual bouquet, with a card about the harmony index. Under it, from Okoro, a plain note: Fewest falls on record. Thank you. I mean that.}
{night == "split-screen": The news feeds call it the Night of Two Skies. Half of them call it a disaster. The other half call it the best night the city has had in years. The two halves can't agree which is which.}
{night == "lights-out": The feeds are full of the plaza, and the plaza looked wonderful. There is one item about Stack Nine, near the bottom, under the weather.}
* [Answer the glass.]
    You answer three messages and then stop, because each one wants something different from you and all of them are right.
* [Turn the glass face down.]
    You turn it face down. It buzzes against the desk like a trapped bee for the rest of the morning.
- The master file is open on the big screen. The whole night, frozen at the dawn bell: {projection_answer == "override": your {design_core == "chord": chord|{design_core == "market": market|prisms}}, whole and bright, with a faint dark bruise on the right where the other half used to be.|your {design_core == "chord": chord|{design_core == "market": market|prisms}} on one side of the seam, his dreams on the other, and all the threads that crossed it.}
You scrub back to the first minute. {opening == "all": Eighty thousand people going under in one breath. You still think it's the best thing you've ever made. You're less sure what it was for.}{opening == "districts": The districts going in one by one, each in its own colour, slightly out of time. It looks better now than it did on the night.}{opening == "kites": The kites going up first, for a boy at a window in Stack Nine. Whatever else the night was, that part was kept.}
It's still good. It's not finished. It's never going to be finished the way it was.
* [Break it apart into tiles: a mosaic, each piece somebody's own dream, held in one frame.]
    ~ remade = "mosaic"
    ~ nudge("elara", 15)
    You start cutting. Not erasing: cutting, the way you'd cut a window. Each tile one person's dream, with its own edge, its own colour, its own small ugly corner.
    From far enough away, it's still a picture. Up close, it's a crowd.
    It's years since you designed something you couldn't predict.
* [Rebuild it whole: one design the whole city can share, with room inside it for everyone who felt split.]
    ~ remade = "whole"
    ~ nudge("elara", -15)
    You rebuild it from the floor up, bigger, with the green door and {village_thread == "smoothed": Hesper's harbour, grey-green this time and the church bell ringing under the water, the way she lived it,|Hesper's harbour} and the bread staircase all inside it from the first frame, so that next time there is no outside to be shut out in.
    You have never made anything so generous. You hope that's the same as beautiful.
* [Send the files to Talon and Liora: let the people who were in it change it.]
    ~ remade = "shared"
    ~ liora_trust += 1
    ~ nudge("elara", 5)
    You pack the master file, every thread and every setting, and send it to Talon and to Liora with one line: do what you want with it.
    Within an hour Liora replies: I don't know what any of this is. I'm giving it to Oduya.
    Within two, Oduya has made the kites orange.
- -> a4_jaxon

=== a4_jaxon ===
# scene: sleepless-sanctuary
# mood: somber
{night == "grand-design": The Sleepless Sanctuary is half empty. A lot of its regulars slept through the festival night in the Sync, their first full night in years, and haven't come back to say so. Jaxon is sitting on the steps among cardboard boxes, the projectors stacked like firewood.}
{night == "split-screen": The Sleepless Sanctuary is too full. There's a queue down the block, people holding their dreams on scraps of paper. Jaxon is at the door, looking at them like a man who ordered one coffee and got a truck.}
{night == "mosaic-coops": The Sleepless Sanctuary's doors are open and someone has hung a sign on them: DREAM SWAP, TUESDAYS. Inside, a Fenwright drummer is teaching Tamsin to play on a thermos.}
{night == "lights-out": The Sleepless Sanctuary is dark. Jaxon isn't there. Tamsin tells you he's been in Stack Nine for three days, carrying dishes up stairs for Oduya.}
{night == "lights-out":
    # scene: underserved-zone
    You find him on a roof in the Stacks, sitting beside a relay dish with no rope on it.
    My projector doubled the load. I've done the arithmetic. I did it to them as much as you did. # speaker: jaxon
- else:
    He sees you before you're close.
}
{jaxon_trust >= 3: He doesn't get up, but he shifts over so there's room beside him. With Jaxon that's an embrace.}
{jaxon_trust <= 0: He doesn't move anything. You stand. It seems to be the arrangement.}
{projection_answer == "override":
    You buried us. You had your reasons; Okoro's people carried a kid off the seam, I saw. I just want you to know what it looked like from underneath. # speaker: jaxon
- else:
    You could have buried us. You didn't. I keep waiting to find out why. # speaker: jaxon
}
{night == "lights-out": He tips his head back against the dish.|He tips his head back against the wall.}
So. What now, Architect? # speaker: jaxon
* [Ask him to build the next dreamscape with you. His half and yours, from the start.]
    ~ jaxon_invited = true
    ~ jaxon_trust += 1
    Build the next one with me. Not a protest, not a hijack. From the first sketch. Your half and mine, in the same file. # speaker: elara
    He laughs, and stops laughing when he sees you mean it.
    You want me in the Tower. # speaker: jaxon
    I want you in the file. The Tower can come or not. # speaker: elara
    He studies his hands.
    I'd need the door in it. Whole. # speaker: jaxon
    {first_sketch == "door":
        It's already in it. Bottom corner. It's been there since the first night. # speaker: elara
        He thinks it's a figure of speech until you show him on your glass: thumbnail-sized, fish handle and all. He has to look away.
    - else:
        Then it goes in first. Before anything else. Whole. # speaker: elara
    }
* {projection_answer != "override"} [Tell him he got what he wanted, and you hope it was worth it.]
    ~ jaxon_trust -= 1
    ~ nudge("jaxon", 10)
    You got what you wanted. I hope it was worth it. # speaker: elara
    I didn't want anything. I wanted the door back. # speaker: jaxon
    Did you get it? # speaker: elara
    He doesn't answer, which is the answer.
* {told_dream} [Tell him you dreamed the staircase last night, alone, all the way to the bottom.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 10)
    I dreamed the staircase last night. I didn't sync. I went all the way to the bottom. # speaker: elara
    What's at the bottom? # speaker: jaxon
    A door. Not yours. Mine. Blue, with a handle I didn't recognise. I didn't open it. I wanted to save it. # speaker: elara
    Jaxon smiles, slowly, the old smile with nothing shut behind it.
    Yeah. That's how it starts. # speaker: jaxon
* {projection_answer == "override"} [Tell him you'd bury it again, with that kid on the seam.]
    ~ jaxon_trust -= 1
    ~ nudge("jaxon", 10)
    There was a kid on the seam, Jaxon. Okoro had her hand on the switch. I'd do it again. # speaker: elara
    I know you would. That's why I'm sitting down here and you're standing up there. # speaker: jaxon
    He picks at the tape on a projector box until a strip of it comes away.
    Next time there's a kid on the seam, come and get me first. I've got arms. # speaker: jaxon
* {projection_answer == "override"} [Apologise for burying his half of the sky.]
    ~ jaxon_trust += 1
    ~ nudge("elara", 5)
    I'm sorry. I buried a thousand people's dreams in front of them. There were people on the seam and Okoro had her hand on the switch, and I was frightened. All of that's true. I'm still sorry. # speaker: elara
    He nods, slowly.
    Thank you. I'm still angry. Both things. # speaker: jaxon
* {projection_answer != "override"} [Tell him you're not sorry you built it. He slept in it too.]
    ~ nudge("jaxon", -5)
    ~ nudge("elara", -5)
    I'm not sorry I built it, Jaxon. A lot of people got through a lot of nights inside it. You did. # speaker: elara
    I did. # speaker: jaxon
    It comes out slowly, a debt paid late.
- The city's going to argue about that night for a year. In kitchens, on trams, in the feeds. It'll be ugly. # speaker: jaxon
* [“Then let's give it a room to argue in. You and me.”]
    Then let's give it a room. Not the Council chamber. A forum, every week, anyone can come. You and me on the door. # speaker: elara
* [“The Council will hold hearings.”]
    The Council will hold hearings. # speaker: elara
    Hearings. Where the Council hears. I'm thinking of something where everyone else gets to. # speaker: jaxon
    A forum, then. Every week. Anyone can come. # speaker: elara
- {jaxon_trust >= 2: Together? # speaker: jaxon|I'll run it with you. I won't shake your hand on a stage. # speaker: jaxon}
{jaxon_trust >= 2: Together. # speaker: elara|Fine. No handshakes. # speaker: elara}
Where? # speaker: jaxon
* [The Sleepless Sanctuary: his ground.]
    ~ forum_place = "sanctuary"
    {night == "lights-out": The Sanctuary. Your dome, once you're home from the Stacks.|Here. Your dome.} Your tea. # speaker: elara
    The tea will frighten them off. # speaker: jaxon
    Then only the brave will come. # speaker: elara
* [The old tram depot: neutral ground.]
    ~ forum_place = "depot"
    The old tram depot. It's nobody's and it's got a roof. # speaker: elara
    And a counting machine from before the Sync that you have to hit. Perfect. # speaker: jaxon
* [Stack Nine's courtyard: the people it costs most.]
    ~ forum_place = "courtyard"
    Stack Nine's courtyard. They paid the most for the night. They shouldn't have to take a tram to talk about it. # speaker: elara
    Liora will say we're recruiting in her waiting room. # speaker: jaxon
    She'll say it with a thermos in her hand. # speaker: elara
- -> a4_first_forum

=== a4_first_forum ===
# scene: forum
# mood: tense
# sfx: crowd
The first forum is on a Tuesday, {forum_place == "sanctuary": under the cracked dome of the Sanctuary|{forum_place == "depot": in the old tram depot, among the dead trams|in the courtyard of Stack Nine, under the washing lines}}.
You expected forty people. Four hundred come. They bring chairs, then run out of chairs, then sit on each other's coats.
Jaxon stands at one end with a microphone. You stand at the other. Between you, a hand-painted sign: SAY YOUR DREAM. THEN SAY YOUR PIECE.
Who goes first? # speaker: jaxon
* [Okoro, for the Ambassadors.]
    Sefa Okoro stands up in her washed-out scarf, and the room goes quiet out of something close to respect.
    I've sat on the stairs with four thousand people a night who fell out. Most of them are poor. All of them were frightened. # speaker: Ambassador Okoro
    I don't care if the dream is the Architect's or the Stack's or yours. I care that no one wakes up in the dark holding a stranger's dead dog. One relay, scheduled for everyone, and not a soul shed for being cheap. That's my piece. # speaker: Ambassador Okoro
    Her dream, she says, sitting down, was her brother's voice. The Sync gave it back to her after the riots. She doesn't elaborate, and the room doesn't ask her to.
* [Oduya, for the skeptics.]
    Oduya stands up and doesn't bother with the microphone.
    I don't want the Tower's relay. I want my own. With parts. When we want to dream with the city, we'll call. When we don't, we won't, and we keep our slots. # speaker: Oduya
    His dream, he says, is a dish that doesn't need rope. He says it so flatly that half the room laughs and the other half doesn't, because they know it's true.
- Then a woman near the front stands up, without waiting her turn, holding a photograph. It takes you a moment to recognise her: the festival's announcer, off duty, in a cardigan, smaller without the sky behind her.
My mother dreamed of a kitchen in Fenwright every night for sixty years. After DreamSync came to our block she stopped. Did you smooth it? Was it you? # speaker: Festival announcer
* [“Probably. I'm sorry.”]
    ~ jaxon_trust += 1
    Probably. I built a lot of nights that ran over a lot of kitchens. I didn't know hers was there. I should have asked. I'm sorry. # speaker: elara
    She sits down slowly. She doesn't forgive you. She does stop standing.
* [“The Sync smooths what hurts. Some nights that's a mercy.”]
    ~ nudge("elara", -5)
    The Sync smooths what hurts. That's what it's for, some nights. Maybe your mother slept better. I don't know. I'd like to ask her. # speaker: elara
    She's dead. She slept very well. # speaker: Festival announcer
    It hangs there. Okoro, near the front, nods once at you, the smallest nod, as if to say: that's the true answer, and it's a hard one.
- The forum runs three hours over. Jaxon and you lock up together; you're the only two with keys.
{jaxon_trust >= 3: On the step he hands you his thermos without asking if you want it. It's the first thing he's handed you since the testing chair.}
Same time next week? # speaker: jaxon
* [“Same time.”]
    Same time. # speaker: elara
* [“Earlier. Your tea needs longer to get worse.”]
    Earlier. Your tea needs longer to get that bad. # speaker: elara
    It's a craft, Elara. Like yours. # speaker: jaxon
- -> a4_liora

=== a4_liora ===
# scene: underserved-zone
# mood: hope
Liora's laundromat has a new sign in the window, hand-lettered: STACK NINE DREAM CO-OP, FIRST MEETING THURSDAY.
* [Knock.]
    You knock on the glass. Liora waves you in without looking up, as if she's been expecting you for a week.
* [Walk straight in, like a regular.]
    You walk in. The door sticks. You know, now, to lift it as you push.
- {relay_cut: The relay on the roof is still dark. | The relay on the roof has new rope on it, and, beside the rope, two real brackets that somebody actually paid for.}
She is drafting something on the back of a relay manual, in pencil, crossing out more than she writes.
A co-op. The Stack owns its relay. The Stack decides its own nights. When we want to sync with the city, we vote, and we sync. When we don't, we don't, and we don't get dropped for being cheap. # speaker: liora
{sided_with == "jaxon": Don't look like that. Yes, it's half his leaflet. I listened, in the courtyard, when you took his side. Don't tell him. # speaker: liora}
{sided_with == "liora": You said access first, in the courtyard. This is access. It's just access we own. # speaker: liora}
The forums will vote on it in a fortnight, at the third one. Okoro's bringing Unified Access, and it's a good plan, which is the trouble. Kade's bringing his leaflet. I'm bringing this. # speaker: liora
{liora_trust >= 2: I'd like not to bring it alone. # speaker: liora|I'm not asking you for anything. I'm telling you so you don't hear it from the feeds. # speaker: liora}
* (offered_name) [Help her draft it, and offer your studio's name on the first page.]
    ~ liora_trust += 1
    ~ nudge("liora", -10)
    Put my name on it. The studio's name. First page, not the footnotes. # speaker: elara
    Your name opens doors I'd need a crowbar for. # speaker: liora
    That's what it's for. # speaker: elara
    She writes it in, in pencil, and then, after a moment, goes over it in pen.
* [Tell her to take the Stacks off the city grid entirely, and stop asking the Tower for anything.]
    ~ nudge("liora", 15)
    ~ nudge("elara", 5)
    Why sync with the city at all? Take the Stacks off the grid. Build your own nights. Stop asking us for anything. # speaker: elara
    Liora puts the pencil down.
    Because four hundred slots on rope is what going alone looks like, and I've been doing it for twelve years. # speaker: liora
    But I'll think about it. Oduya wants to. Half the Stack wants to. I'm tired, Elara. Tired people think about a lot of things. # speaker: liora
* [Ask her why not Okoro's plan. No one would fall out.]
    ~ liora_trust += 1
    ~ nudge("liora", -5)
    Why not Okoro's plan? Every bed, central scheduling, no one falls out. That's what you've wanted for twelve years. # speaker: elara
    It is. Sefa's a good woman and it's a good plan and I'd vote for half of it. # speaker: liora
    The other half is who holds the switch. Every Monday for twelve years it's been someone upstairs. I want one switch down here. Just one. # speaker: liora
    She doesn't seem to mind that you asked. She seems, if anything, relieved that someone made her say it.
* {relay_cut} [Apologise for the relay, without any excuses.]
    ~ apologised_relay = true
    ~ liora_trust += 2
    ~ nudge("liora", -10)
    I cut your relay to save my sky. I said it was for eighty thousand people. It was for me. I'm sorry. # speaker: elara
    Liora doesn't answer at once.
    Pell fell out at half past three and sat in the dark with a stranger's dead mother until six. Don't be sorry to me. Be sorry to him. # speaker: liora
    Then, quieter: But thank you for not explaining. Everyone explains. # speaker: liora
* {heard_pell or promised_pell} [Ask after Pell.]
    ~ liora_trust += 1
    How's Pell? # speaker: elara
    {relay_cut: Ask him yourself. He's upstairs. He hasn't slept properly since. | See for yourself.}
    # sfx: door
    Pell comes down the stairs two at a time with a sheet of paper: a drawing of a kite, in orange, on a string that goes right off the edge of the page.
    {relay_cut:
        I didn't see the end. Again. # speaker: Pell
    - else:
        I saw the end. I saw the whole thing. # speaker: Pell
    }
- -> a4_workshop

=== a4_workshop ===
# scene: dream-coop
# mood: wonder
Nine days later.
Talon's first DreamCraft workshop is in the back room of the co-op laundromat, between the dryers, because it was the only room in the city he couldn't get a booking fee for.
Twenty people in a half circle, wearing loom gloves he's made from wire and old festival lights. A drummer, two Ambassadors, a nurse from Liora's clinic, Tamsin from the Sanctuary. {village_thread == "asked" or village_thread == "kept": And in the front row, in a good coat, Hesper Lund, ninety-one, who has come to learn how to weave her own village.}
{night == "grand-design": Talon has already had three calls from the Council asking if the workshops could teach the grand design. He said yes to one of them, and feels odd about it, and can't say why.}
{night == "split-screen": Half the people here came because they want to make their own dreams and keep them. The other half came because they miss the plaza. They sit on opposite sides of the room.}
{seams == "blended": He keeps glancing at the wall where he pinned a still of the blended sky. He's proud of it. He also, you notice, has turned it slightly to face the wall.}
{seams == "shown": He has pinned a still of the quilted sky over the door, seams and all. People touch it on the way in, like a horseshoe.}
* [Take a pair of wire gloves and sit in the circle.]
    You take a pair of gloves and sit between the nurse and the drummer. Talon pretends not to be delighted. He is bad at pretending.
* [Stand at the back and watch him teach.]
    You stand by the dryers. He teaches the way he weaves: too loud, too fond, with his whole body.
- Every workshop needs a first rule. I've been up all night trying to write it. Everything I write sounds like a poster. # speaker: talon
You say it. Whatever you say, I'll paint it on the wall. # speaker: talon
* [Everyone weaves their own thread first, before anyone touches anyone else's.]
    ~ workshop_rule = "own"
    ~ nudge("talon", 10)
    Everyone weaves their own thread first. Before anyone touches anyone else's. # speaker: elara
    Talon writes it on the wall in letters a metre high, and then stands back and reads it twice.
    That's going to make the first hour very quiet. # speaker: talon
    Quiet's allowed. # speaker: elara
* [No one weaves alone.]
    ~ workshop_rule = "together"
    ~ nudge("talon", -10)
    No one weaves alone. # speaker: elara
    Talon beams. He writes it in gold, in capitals, with a little flourish on the W that you will never be able to unsee.
    That one I can teach. I was born to teach that one. # speaker: talon
* {stance("talon") > -30} [No rule. Let them write the first rule themselves.]
    ~ workshop_rule = "none"
    ~ nudge("talon", 15)
    No rule. Give them the wall and the paint. Let them write it. # speaker: elara
    Talon opens his mouth to argue, and closes it, and hands the paintbrush to {village_thread == "asked" or village_thread == "kept": Hesper, who is nearest|the nurse, who is nearest}.
    She takes her time, then writes, in a careful hand: BRING SOMETHING WET.
    What it means is anybody's guess. Everyone agrees it's the rule.
- The workshop runs four hours over time. The dryers start up for the night shift before anyone looks at a clock.
Walking out, Talon asks you something, very quietly for him.
Did we do it right? That night? # speaker: talon
* [“We did it out loud. That's a start.”]
    We did it out loud, in front of everyone. That's a start. # speaker: elara
    He nods, as if that's the most he'd hoped for.
* [“I don't know yet.”]
    I don't know yet. Ask me after the vote. # speaker: elara
    I'll ask you after every vote. For years. You know that. # speaker: talon
- -> a5_forum
