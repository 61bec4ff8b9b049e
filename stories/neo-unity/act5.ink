// Act 5: the last day and the Last Night. The second forum, Liora's charter, Talon's workshop, the third
// forum's vote at dusk, and then the Last Night itself, shaped by what passed (endings.ink).

=== a5_second_forum ===
# act: 5
# scene: second-forum
# mood: tense
# sfx: crowd
Nine o'clock, {forum_place == "sanctuary": under the cracked dome of the Sanctuary, in the smell of bitter tea|{forum_place == "depot": back in the tram depot, among the dead trams|in the courtyard of Stack Nine, under the washing lines}}. The second forum is louder than the first.
{night == "lights-out": Half the room is from the Stacks, and they haven't sat down.}{night == "split-screen": The room has split itself before anyone speaks: plaza people by the door, north-tower people by the wall, a gap down the middle nobody walks through.}{night == "grand-design": The room is full of people who slept better last night than they have in years, and a few who didn't sleep at all and look at the others as if they'd been robbed.}{night == "mosaic-coops": The room is full of people who want to tell you what they dreamed, and a few who want to tell you what it cost.}
Okoro has brought charts. Oduya has brought a relay dish, an actual dish, and put it on a chair, where it sits like a witness.
* [Take a seat in the back row.]
    You sit at the back, where the founders of a forum have no business sitting. Jaxon notices, and lets it go.
* [Stand at the front beside Jaxon.]
    You stand beside Jaxon at the front. {forum_hearing:The clerk's rules of order say nothing about where founders stand, so you stand.|Founders stand; it's the only rule the forum has so far. # needs: not forum_hearing}
- Tamsin stands up for the Right to Dream Alone. Nine years of insomnia, she says, and then Night Two, when she unpatched on purpose and slept on her own on a mat in the middle of eighty thousand, and it was the first sleep in nine years she didn't owe anybody.
The room stands up for her. Then a young man steps out of the row behind Oduya's chair and hits the relay dish with the flat of his hand, like a gong, again and again, until the whole room rings and Tamsin can't be heard.
He is shouting that his mother fell out four times last winter, and alone is what she got. The announcer, nearest with a microphone, holds it out to him without being asked. He doesn't take it. He hits the dish again.
* [Leave him to Jaxon.]
    ~ nudge("jaxon", -5)
    Jaxon walks over and stands beside the dish, not in front of it, and waits. When the ringing dies he asks the young man his mother's name, and says it into the microphone, and Tamsin writes it on her clipboard. The young man stays to talk.
* [Take the microphone and answer him yourself.]
    She fell out because a relay shed her for being cheap, you tell the room. That's not alone. That's dropped. We'll vote on both. The young man takes his hand off the dish.
* [Go and put your hand flat on the dish until it stops ringing.]
    You cross the room and lay your palm on the dish. The ringing runs up your arm and dies there. You stand with him, saying nothing, a Dream Architect with her hand on a stranger's anger, until he says sorry to you and not to Tamsin, and then, seeing your face, to Tamsin.
- By half past ten the board has three proposals on it, and a vote called for dusk, in the depot, an hour before the Last Night's bell. Whatever passes runs from the Last Night on.
Someone near the front asks the question the whole room has come to ask, and asks it of you.
What were they? The two nights. You made them. What were they? # speaker: Festival announcer
It's the announcer again, in the same cardigan. She isn't asking for a speech. She wants to know.
* [“One night, twice. The city held.”]
    One night, twice. We split and we held. That's what this city does. # speaker: elara
    She writes it down, as if she means to check it later.
* [“A lot of nights, in one place.”]
    A lot of nights in one place. Eighty thousand of them. Some of them touched. # speaker: elara
    She writes it down, and underlines something.
* [“I don't know yet. Ask me after the Last Night.”]
    I don't know. It isn't finished. Ask me after the Last Night. # speaker: elara
    I will, she says, and sits.
- -> a5_liora

=== a5_liora ===
# scene: underserved-zone
# mood: hope
Noon. Liora's laundromat has a new sign in the window, hand-lettered, the ink still wet: STACK NINE DREAM CO-OP, FIRST MEETING TONIGHT, BEFORE THE BELL.
* [Knock.]
    You knock on the glass. Liora waves you in without looking up. She's been expecting you all morning.
* [Walk straight in, like a regular.]
    You walk in. The door sticks. You know, now, to lift it as you push.
- {
- relay_cut:
    The relay on the roof is still dark, rope and all. It came back at six, when the two-to-six was over and Stack Nine was too wide awake to use it.
- night == "lights-out":
    The dish on the roof has no rope on it now. Oduya took it down at dawn and hasn't put anything back. The dish just sits there, unfastened, pointed at the towers.
- else:
    The relay on the roof has a fresh knot of rope on it from this morning, and Oduya on a ladder beside it, reading out the list of parts he still doesn't have.
}
Liora is drafting something on the back of a relay manual, in pencil, crossing out more than she writes.
A co-op. The Stack owns its relay. The Stack decides its own nights. When we want to sync with the city, we vote, and we sync. When we don't, we don't, and we don't get dropped for being cheap. # speaker: liora
{sided_with == "jaxon": Don't look like that. Yes, it's half his leaflet. I listened, in the courtyard, when you took his side. Don't tell him. # speaker: liora # needs: sided_with == "jaxon"}
{sided_with == "liora": You said access first, in the courtyard. This is access. It's just access we own. # speaker: liora # needs: sided_with == "liora"}
The forum votes at dusk. Okoro's bringing Unified Access, and it's a good plan, which is the trouble. Kade's bringing his leaflet. I'm bringing this. # speaker: liora
{liora_trust >= 2: I'd like not to bring it alone. # speaker: liora|I'm not asking you for anything. I'm telling you so you don't hear it from the feeds. # speaker: liora}
* (offered_name) [Help her draft it, and offer your studio's name on the first page.]
    ~ name_on_charter = true
    ~ liora_trust += 1
    ~ nudge("liora", -10)
    Put my name on it. The studio's name. First page, not the footnotes. # speaker: elara
    Your name opens doors I'd need a crowbar for. # speaker: liora
    That's what it's for. # speaker: elara
    She writes it in, in pencil, and then, after a moment, goes over it in pen.
    Then, under the switch clause, she writes a line that wasn't in any of the crossings-out: when the Stack votes to, it dreams with the city, the whole night, and no one upstairs may shed it.
    With the Tower's name on our switch, I can afford to say we'll use it to join you. Don't make me sorry about the pen. # speaker: liora
* [Tell her to take the Stacks off the city grid entirely, and stop asking the Tower for anything.]
    ~ nudge("liora", 15)
    ~ nudge("elara", 5)
    Why sync with the city at all? Take the Stacks off the grid. Build your own nights. Stop asking us for anything. # speaker: elara
    Liora puts the pencil down.
    Because one slot for every three beds, on a dish held with rope, is what going alone looks like, and I've been doing it since before Pell was born. # speaker: liora
    But I'll think about it. Oduya wants to. Half the Stack wants to. I'm tired, Elara. Tired people think about a lot of things. # speaker: liora
* [Ask her why not Okoro's plan. Every bed, and every sleeper kept under.]
    ~ liora_trust += 1
    ~ nudge("liora", -5)
    Why not Okoro's plan? Every bed, central scheduling, every sleeper kept under. That's what you've wanted since you opened this clinic. # speaker: elara
    It is. Sefa's a good woman and it's a good plan and I'd vote for half of it. # speaker: liora
    The other half is who holds the switch. Every Monday since I opened that door it's been someone upstairs. I want one switch down here. Just one. # speaker: liora
    She doesn't seem to mind that you asked. She seems, if anything, relieved that someone made her say it.
* {relay_cut} [Apologise for the relay, without any excuses.]
    ~ apologised_relay = true
    ~ liora_trust += 2
    ~ nudge("liora", -10)
    I cut your relay to save my sky. I said it was for eighty thousand people. It was for me. I'm sorry. # speaker: elara
    Liora doesn't answer at once.
    Pell fell out at two, five minutes after he lay down, and sat in the dark with a stranger's dead mother until six. Don't be sorry to me. Be sorry to him. # speaker: liora # needs: relay_cut
    Then, quieter: But thank you for not explaining. Everyone explains. # speaker: liora
* [Ask after Pell.]
    ~ liora_trust += 1
    How's Pell? # speaker: elara
    {relay_cut: Ask him yourself. He's upstairs. He hasn't slept since two. | See for yourself.}
    # sfx: door
    Pell comes down the stairs two at a time with a sheet of paper: {promised_pell: a drawing of a kite, in orange, on a string that goes right off the edge of the page|a drawing of the plaza sky, all of it in one crayon, because it's the one he had}.
    {relay_cut:
        I didn't see the end. Again. # speaker: Pell
    - else:
        It went dark for a bit, and then it came back, and I saw the end. {promised_pell: And the kites. You said the whole way, and it was nearly.|It didn't have a dog in it.} # speaker: Pell
    }
- -> a5_workshop

=== a5_workshop ===
# scene: dream-coop
# mood: wonder
Afternoon. Talon's first DreamCraft workshop is in the back room of the co-op laundromat, between the dryers, because it was the only room in the city he couldn't get a booking fee for.
Twenty people in a half circle, wearing loom gloves he's made from wire and old festival lights. A drummer, two Ambassadors, a nurse from Liora's clinic, Tamsin from the Sanctuary. {village_thread == "asked" or village_thread == "kept": And in the front row, in a good coat, Hesper Lund, ninety-one, who has come to learn how to weave her own village. # needs: village_thread == "asked" or village_thread == "kept"}
{night == "grand-design": Talon has already had three calls from the Council asking if the workshops could teach the grand design. He said yes to one of them, and feels odd about it, and can't say why.}
{night == "split-screen": Half the people here came because they want to make their own dreams and keep them. The other half came because they miss the plaza. They sit on opposite sides of the room.}
{seams == "blended": His eyes keep going back to the wall where he pinned a still of the blended sky. He's proud of it. He also, you notice, has turned it slightly to face the wall. # needs: seams == "blended"}
{seams == "shown": He has pinned a still of the quilted sky over the door, seams and all. People touch it on the way in, like a horseshoe. # needs: seams == "shown"}
* [Take a pair of wire gloves and sit in the circle.]
    You take a pair of gloves and sit between the nurse and the drummer. Talon pretends not to be delighted. He is bad at pretending.
* [Stand at the back and watch him teach.]
    You stand by the dryers. He teaches too loud, too fond, with his whole body.
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
* [No rule. Let them write the first rule themselves.]
    ~ workshop_rule = "none"
    ~ nudge("talon", 15)
    No rule. Give them the wall and the paint. Let them write it. # speaker: elara
    Talon opens his mouth to argue, and closes it, and hands the paintbrush to {village_thread == "asked" or village_thread == "kept": Hesper, who is nearest|the nurse, who is nearest}.
    She takes her time, then writes, in a careful hand: BRING SOMETHING WET.
    What it means is anybody's guess. Everyone agrees it's the rule.
- The workshop runs an hour over. The dryers start up for the night shift before anyone looks at a clock, and then everyone has to run for the tram to make the vote.
Walking out, Talon hangs the twenty pairs of wire gloves on the dryer doors to cool, one pair per door, and stands back from them.
Thursday's workshop needs a second teacher. Someone worse at it than me, so they're not frightened. # speaker: talon
* [“I'll be worse at it than you. I've had practice.”]
    I'll come Thursday. I'll be terrible. # speaker: elara
    He writes your name on the dryer door in marker, under his own, smaller.
* [“Ask Hesper. Ninety-one, and she argues.”]
    Ask Hesper. She's ninety-one and she'll argue with every thread. # speaker: elara
    He laughs so loud the nurse jumps. Then he writes HESPER? on the dryer door, and doesn't rub it out.
- -> a5_forum
=== a5_forum ===
# scene: forum
# mood: tense
# sfx: crowd
Dusk. The third forum in two days, and the one with the vote.
{forum_place == "depot": It fills the old tram depot to the doors; it's the only roof in the city big enough and cheap enough.|It has outgrown {forum_place == "sanctuary": the Sanctuary's dome|the courtyard of Stack Nine} in a single morning, and comes back to the old tram depot, because it's the only roof in the city big enough and cheap enough.}
Benches from every district, none of them matching. Pell sits on Oduya's shoulders near the back. Tamsin has brought a thermos for every row. Talon is in the last seat with his coat over his knees, pretending not to be nervous for you.
* [Ask Jaxon if he's nervous.]
    Nervous? # speaker: elara
    I threw up in the tram. Twice. Don't tell {forum_hearing:the clerk|Tamsin}, she'll put it in the minutes. # speaker: jaxon
* [Tell Jaxon {forum_hearing:his tie|the sign} is crooked.]
    {forum_hearing:
        Your tie's crooked. # speaker: elara # needs: forum_hearing
    - else:
        Your sign's crooked. # speaker: elara # needs: not forum_hearing
    }
    It's a forum, Elara. Everything in here is crooked. That's the point. # speaker: jaxon
- {forum_hearing:The Council's clerk is back at her folding table with her bell. Jaxon stands by it with you.|Jaxon is on the door with you, as on the first morning.} {jaxon_trust >= 3: He bumps your shoulder as the last bench fills. It's as close as he comes to saying thank you.|He nods to you, once, and watches the room.}
Three proposals on the board. One vote tonight.
Unified Access. Every bed in the city on the DreamSync relay, starting tonight, with the Last Night, and every zone by winter. Scheduled centrally, so that no one, ever, falls out. # speaker: Ambassador Okoro
I've carried people off the stairs for twenty years. I would like to retire. # speaker: Ambassador Okoro
* [Clap for Okoro.]
    You clap. So does half the depot.
* [Keep your hands still, for now.]
    You keep your hands in your lap. You're not the only one.
- {village_thread == "kept" or village_thread == "asked": Hesper Lund is in the front row in her good coat. The last vote she saw put a wall between her and her village; she has come to watch this one from close up. # needs: village_thread == "kept" or village_thread == "asked"}
Okoro sits down to warm, heavy applause. It's a good plan. She knows it's a good plan, and so does everyone who has ever sat up with someone who fell out.
The Co-op Charter. Each Stack owns its relay and votes on its own nights, starting with whether it joins tonight's. The city helps pay. The city doesn't choose. # speaker: liora
{a5_liora.offered_name: Your studio's name is on the first page of her charter, in pen, where she promised it would be. # needs: name_on_charter}
The Right to Dream Alone. Anyone can unpatch, any night, tonight included, and it doesn't count against their building's slots or their index. That's it. That's the whole thing. It fits on a leaflet. # speaker: jaxon
{stance("jaxon") < 0: Then he adds a line that isn't on the leaflet: and anyone who steps out can step back in, the same night, no questions. Tamsin looks up from her clipboard. It's the first time anyone in the depot has heard him say it.}
{jaxon_invited: When he finishes, he glances at you, as he used to from the testing chair, to see if it landed.}
{relay_cut and not apologised_relay and not a5_liora.offered_name: Liora doesn't look at you once. You notice she never asked you to sign anything.}
* [Catch Liora's eye.]
    {liora_trust >= 2: She lifts her chin a fraction. It might be a question. It might be: go on, then.|She looks through you, at the board, at her own charter.}
* [Catch Okoro's eye.]
    Okoro lifts her eyebrows at you, pleasantly: have you eaten?
- The chair calls your name. The Architect of Kaleidoscope Nights, and co-founder of these forums. Everyone in the depot turns around.
* {not relay_cut or apologised_relay or a5_liora.offered_name} [Sign Liora's charter, there at the lectern, and say why.]
    ~ coop_charter = true
    ~ forum_vote = "charter"
    ~ liora_trust += 1
    ~ nudge("liora", -10)
    You walk down to the front, take Liora's pen, and sign the charter on the lectern in front of everyone.
    Because on Night Two, the only person who knew exactly how many people were in that sky was her. Every other one of us was counting the wrong thing. # speaker: elara
    And because a switch in every Stack means the city has to ask them, every time. I want a city that has to ask. # speaker: elara
    Liora takes the pen back. Her hand isn't quite steady.
    Don't make it a speech, Nyx. # speaker: liora
    Too late. # speaker: elara
* [Back Okoro's Unified Access: every bed, and no one ever falls out again.]
    ~ forum_vote = "unified"
    ~ nudge("elara", -10)
    Every bed. Every sleeper kept under. I've met a boy who falls out. I'd like him not to. Sefa's carried enough people off enough stairs. # speaker: elara
    Okoro puts a hand flat on her heart, briefly, and takes it away.
    In the front row, Liora closes her folder and squares its corners with both hands, a woman tidying a desk she has been told to leave.
* [Back Jaxon's Right to Dream Alone: let anyone step out of the Sync without paying for it.]
    ~ forum_vote = "alone"
    ~ nudge("elara", 10)
    ~ nudge("jaxon", -10)
    Anyone should be able to step out for a night without losing their place. I didn't know I'd lost my own dream until someone asked. # speaker: elara
    Jaxon stares at you like a man who's been pushing a door for a year and just watched it open on its own.
    On the way back to his seat he stops at Okoro's table and shakes her hand, where the whole Sanctuary can see it. Heard, he has room for her. He always did, once someone heard him first.
    From the last row, Talon, quietly: huh. Like he's surprised to find he agrees.
- The depot is noisy now. They give you one more minute, to say what the nights meant.
* [Tell them about dawn on the plaza, when strangers sat up on the same mats.]
    ~ forum_speech = "together"
    ~ nudge("talon", -10)
    ~ nudge("elara", -5)
    {crowd_swapped:
        On the first night, eighty thousand people swapped dreams with strangers. I've never seen this city so together. That's the thing worth keeping. # speaker: elara # needs: crowd_swapped
    - else:
        Two nights running, the sky split, and eighty thousand people still came back to the same plaza to lie down. I've never seen this city so together. That's the thing worth keeping. # speaker: elara
    }
    Talon, in the back row, is the first to clap. He claps hard enough to start an engine.
* [Tell them about the moment you could see where one person stopped and the next began.]
    ~ forum_speech = "apart"
    ~ nudge("talon", 10)
    ~ nudge("elara", 5)
    On these nights, after years of not looking, I could see where one person stopped and the next began. It was frightening. I wouldn't trade it. # speaker: elara
    Talon doesn't clap. He sits very still and looks at his gloves, as though they've said something to him.
* {jaxon_invited} [Call Jaxon up to say it with you.]
    ~ forum_speech = "with_jaxon"
    ~ jaxon_trust += 1
    ~ nudge("jaxon", -10)
    Jaxon. Come up here. # speaker: elara
    He comes down the aisle to a noise that is half boos and half something else.
    We started these forums together, on a roof, at dawn. We're building the Last Night together. His half and mine, in one file, from the first sketch. We don't agree about most of it. We're doing it anyway. # speaker: elara # needs: jaxon_invited
    She's exaggerating. We agree about the fish. # speaker: jaxon
    The depot laughs. It's the first time all night it has laughed at the same thing.
- -> a5_vote

=== a5_vote ===
# mood: calm
# sfx: bell
They count.
It takes an hour, because the tram depot's counting machine dates from before the Sync and has to be hit.
* [Wait outside in the cold.]
    You stand outside with a cup of Tamsin's tea. Across the city the plaza towers are warming up for the Last Night, and the windows are lowering their lights to amber, tower by tower, the same as every night.
    Not quite the same as every night. You can see a few windows, here and there, that don't.
* (helped_count) [Stay inside and help hit the machine.]
    Oduya shows you where to hit it. There is a dent worn into the casing by years of people hitting it in the same place. You add to the dent.
    Through the depot's high windows the city is lowering its lights to amber for the Last Night, most of it. Not all.
- The depot doors open. The Last Night's first bell is forty minutes off.
~ temp outcome = festival_outcome()
{outcome == "mosaic-coops": -> ending_mosaic_coops}
{outcome == "grand-design": -> ending_grand_design}
{outcome == "split-screen": -> ending_split_screen}
{outcome == "lights-out": -> ending_lights_out}
-> ending_mosaic_coops
