// Act 4: the aftermath. Elara reimagines her work; Jaxon's stance; Liora's momentum; Talon's DreamCraft workshops.

=== a4_morning ===
# act: 4
# scene: architect-studio
# mood: calm
Three days later.
The studio smells of cold coffee and the floor tape has started to peel.
{night == "mosaic-coops": Your glass won't stop. People are sending you their dreams: not to use, just to show you. A drummer. A retired teacher. Hesper Lund, who sends a photograph of a boat.}
{night == "grand-design": The Council has sent flowers, an actual bouquet, with a card: ELEVEN POINTS. Ruhl wants a sequel. Ruhl wants it by spring.}
{night == "split-screen": The news feeds call it the Night of Two Skies. Half of them call it a disaster. The other half call it the best night the city has had in years. Nobody agrees on which half is which.}
{night == "lights-out": The feeds are full of the plaza, and the plaza looked wonderful. There is one item about Stack Nine, near the bottom, under the weather.}
The master file is open on the big screen. The whole night, frozen at the dawn bell: {projection_answer == "override": your design, whole and bright, with a faint dark bruise on the right where the other half used to be.|the seam, and all the threads that crossed it.}
It's still good. It's not finished. It's never going to be finished the way it was.
* [Break it apart into tiles: a mosaic, each piece somebody's own dream, held in one frame.]
    ~ nudge("elara", 15)
    You start cutting. Not erasing: cutting, the way you'd cut a window. Each tile one person's dream, with its own edge, its own colour, its own small ugly corner.
    From far enough away, it's still a picture. Up close, it's a crowd.
    It's the first time in years you've designed something you couldn't predict.
* [Rebuild it stronger: one design, the whole city, and no seam anyone can pull on.]
    ~ nudge("elara", -15)
    You seal the seam. You thicken the weave. You build it again, bigger, so that next time, whoever comes with a projector and a grudge finds nothing to grip.
    It is the most beautiful thing you have ever made, and it has no handles on it anywhere.
* [Send the files to Talon and Liora: let the people who were in it change it.]
    ~ nudge("elara", 5)
    ~ nudge("liora", -5)
    You pack the master file, every thread and every setting, and send it to Talon and to Liora with one line: do what you want with it.
    Within an hour Liora replies: I don't know what any of this is. I'm giving it to Oduya.
    Within two, Oduya has made the kites orange.
- -> a4_jaxon

=== a4_jaxon ===
# scene: sleepless-sanctuary
# mood: somber
{night == "grand-design": The Sleepless Sanctuary has a padlock on it and an Authority notice on the padlock. Jaxon is sitting on the steps among cardboard boxes, the projectors stacked like firewood.}
{night == "split-screen": The Sleepless Sanctuary is too full. There's a queue down the block, people holding their dreams on scraps of paper. Jaxon is at the door, looking at them like a man who ordered one coffee and got a truck.}
{night == "mosaic-coops": The Sleepless Sanctuary's doors are open and someone has hung a sign on them: DREAM SWAP, TUESDAYS. Inside, a Fenwright drummer is teaching Mira to play on a thermos.}
{night == "lights-out": The Sleepless Sanctuary is dark. Jaxon isn't there. Mira tells you he's been in Stack Nine for three days, carrying dishes up stairs for Oduya.}
{night == "lights-out":
    # scene: underserved-zone
    You find him on a roof in the Stacks, sitting beside a relay dish with no rope on it.
    My projector doubled the load. I've done the arithmetic. I did it to them as much as you did. # speaker: jaxon
- else:
    He sees you before you're close.
}
{projection_answer == "override":
    You buried us. You had every right. It was your sky. I just want you to know what it looked like from underneath. # speaker: jaxon
- else:
    You could have buried us. You didn't. I keep waiting to find out why. # speaker: jaxon
}
He tips his head back against the wall.
So. What now, Architect? # speaker: jaxon
* [Ask him to build the next dreamscape with you. His half and yours, from the start.]
    ~ jaxon_invited = true
    ~ nudge("jaxon", -10)
    Build the next one with me. Not a protest, not a hijack. From the first sketch. Your half and mine, in the same file. # speaker: elara
    He laughs, and stops laughing when he sees you mean it.
    You want me in the Tower. # speaker: jaxon
    I want you in the file. The Tower can come or not. # speaker: elara
    He looks at his hands for a long time.
    I'd need the door in it. Whole. # speaker: jaxon
    {first_sketch == "door":
        It's already in it. Bottom corner. It's been there since the first night. # speaker: elara
        He thinks it's a figure of speech until you show him on your glass: thumbnail-sized, fish handle and all. He has to look away.
    - else:
        Then it goes in first. Before anything else. Whole. # speaker: elara
    }
* [Tell him he got what he wanted, and you hope it was worth it.]
    ~ nudge("jaxon", 10)
    You got what you wanted. I hope it was worth it. # speaker: elara
    I didn't want anything. I wanted the door back. # speaker: jaxon
    Did you get it? # speaker: elara
    He doesn't answer, which is the answer.
* {told_dream} [Tell him you dreamed the staircase last night, alone, all the way to the bottom.]
    ~ nudge("jaxon", -10)
    ~ nudge("elara", 10)
    I dreamed the staircase last night. I didn't sync. I went all the way to the bottom. # speaker: elara
    What's at the bottom? # speaker: jaxon
    A door. Not yours. Mine. Blue, with a handle I didn't recognise. I didn't open it. I wanted to save it. # speaker: elara
    Jaxon smiles, slowly, the old smile with nothing shut behind it.
    Yeah. That's how it starts. # speaker: jaxon
* {projection_answer == "override"} [Apologise for burying his half of the sky.]
    ~ nudge("jaxon", -10)
    ~ nudge("elara", 5)
    I'm sorry. I buried a thousand people's dreams in front of them because Ruhl had her hand on a switch and I was frightened. That's the whole reason. # speaker: elara
    He nods, slowly.
    Thank you. I'm still angry. Both things. # speaker: jaxon
- -> a4_liora

=== a4_liora ===
# scene: underserved-zone
# mood: hope
Liora's laundromat has a new sign in the window, hand-lettered: STACK NINE DREAM CO-OP, FIRST MEETING THURSDAY.
{relay_cut: The relay on the roof is still dark. | The relay on the roof has new rope on it, and, beside the rope, two real brackets that somebody actually paid for.}
She is drafting something on the back of a relay manual, in pencil, crossing out more than she writes.
A co-op. The Stack owns its relay. The Stack decides its own nights. When we want to sync with the city, we vote, and we sync. When we don't, we don't, and nobody drops us for being cheap. # speaker: liora
There's a forum in three weeks. Ruhl's bringing a plan. Kade's bringing a plan. I'm bringing this, and I'd like not to bring it alone. # speaker: liora
* (offered_name) [Help her draft it, and offer your studio's name on the first page.]
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
    Because four hundred slots on rope is what going alone looks like, and I've been doing it for eleven years. # speaker: liora
    But I'll think about it. Oduya wants to. Half the Stack wants to. I'm tired, Elara. Tired people think about a lot of things. # speaker: liora
* {relay_cut} [Apologise for the relay, without any excuses.]
    ~ apologised_relay = true
    ~ nudge("liora", -10)
    I cut your relay to save my sky. I told myself it was for eighty thousand people. It was for me. I'm sorry. # speaker: elara
    Liora looks at you for a long moment.
    Pell fell out at half past three and sat in the dark with a stranger's dead mother until six. Don't be sorry to me. Be sorry to him. # speaker: liora
    Then, quieter: But thank you for not explaining. Everybody explains. # speaker: liora
* {heard_pell or promised_pell} [Ask after Pell.]
    ~ nudge("liora", -5)
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
Twenty people in a half circle, wearing loom gloves he's made from wire and old festival lights. A drummer, two Ambassadors, a nurse from Liora's clinic, Mira from the Sanctuary. {village_thread == "asked" or village_thread == "kept": And in the front row, in a good coat, Hesper Lund, ninety-one, who has come to learn how to weave her own village.}
{night == "grand-design": Talon has already had three calls from Ruhl's office asking if the workshops could teach the grand design. He hasn't called back.}
{night == "split-screen": Half the people here came because they want to make their own dreams and keep them. The other half came because they miss the plaza. They sit on opposite sides of the room.}
Every workshop needs a first rule. I've been up all night trying to write it. Everything I write sounds like a poster. # speaker: talon
You say it. Whatever you say, I'll paint it on the wall. # speaker: talon
* [Everyone weaves their own thread first, before anyone touches anyone else's.]
    ~ workshop_rule = "own"
    ~ nudge("talon", 10)
    Everyone weaves their own thread first. Before anyone touches anybody else's. # speaker: elara
    Talon writes it on the wall in letters a metre high, and then stands back and reads it twice.
    That's going to make the first hour very quiet. # speaker: talon
    Quiet's allowed. # speaker: elara
* [Nobody weaves alone.]
    ~ workshop_rule = "together"
    ~ nudge("talon", -10)
    Nobody weaves alone. # speaker: elara
    Talon beams. He writes it in gold, in capitals, with a little flourish on the W that you will never be able to unsee.
    That one I can teach. I was born to teach that one. # speaker: talon
* {stance("talon") > -30} [No rule. Let them write the first rule themselves.]
    ~ workshop_rule = "none"
    ~ nudge("talon", 15)
    No rule. Give them the wall and the paint. Let them write it. # speaker: elara
    Talon opens his mouth to argue, and closes it, and hands the paintbrush to Hesper, who is nearest.
    She thinks about it for a long time, then writes, in a careful old hand: BRING SOMETHING WET.
    Nobody knows what it means. Everybody agrees it's the rule.
- The workshop runs four hours over time. Nobody notices until the dryers start up for the night shift.
-> a5_forum
