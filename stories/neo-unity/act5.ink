// Act 5: the third of the forums Elara and Jaxon started, and the vote on access. It ends by asking the
// rule which city Kaleidoscope Nights left behind.

=== a5_forum ===
# act: 5
# scene: forum
# mood: tense
# sfx: crowd
Three weeks after the night.
The second forum was louder than the first. Tamsin spoke for the Right to Dream Alone and got a standing ovation and a thrown shoe, in that order. Okoro brought charts. Oduya brought a dish, an actual relay dish, and put it on a chair.
* [Remember how Jaxon handled the shoe.]
    Jaxon picked the shoe up, read the size out loud, and asked if its owner would like it back or would rather dream alone without it. The owner came up for it, red-faced, and stayed to talk.
* [Remember what you said when the shoe landed.]
    You said that anyone who'd thrown a shoe at a dream forum had clearly been awake too long, and the room laughed, and the thrower laughed hardest.
- The third forum has the vote. {forum_place == "depot": It fills the old tram depot to the doors; it's the only roof in the city big enough and cheap enough.|It has outgrown {forum_place == "sanctuary": the Sanctuary's dome|the courtyard of Stack Nine}, and meets in the old tram depot, because it's the only roof in the city big enough and cheap enough.}
Benches from every district, none of them matching. Pell sits on Oduya's shoulders near the back. Tamsin has brought a thermos for every row. Talon is in the last seat with his coat over his knees, pretending not to be nervous for you.
* [Ask Jaxon if he's nervous.]
    Nervous? # speaker: elara
    I threw up in the tram. Twice. Don't tell Tamsin, she'll put it in the minutes. # speaker: jaxon
* [Tell Jaxon the sign is crooked.]
    Your sign's crooked. # speaker: elara
    It's a forum, Elara. Everything in here is crooked. That's the point. # speaker: jaxon
- Jaxon is on the door with you, as he has been every week. {jaxon_trust >= 3: He bumps your shoulder as the last bench fills. It's the closest he's come to a handshake on a stage.|He nods to you, once, and watches the room.}
Three proposals on the board. One vote tonight.
Unified Access. Every bed in the city on the DreamSync relay by winter. Every zone, every slot. Scheduled centrally, so that no one, ever, falls out. # speaker: Ambassador Okoro
I've carried people off the stairs for twenty years. I would like to retire. # speaker: Ambassador Okoro
* [Clap for Okoro.]
    You clap. So does half the depot.
* [Keep your hands still, for now.]
    You keep your hands in your lap. You're not the only one.
- Okoro sits down to warm, heavy applause. It's a good plan. She knows it's a good plan, and so does everyone who has ever sat up with someone who fell out.
The Co-op Charter. Each Stack owns its relay and votes on its own nights. The city helps pay. The city doesn't choose. # speaker: liora
{a4_liora.offered_name: Your studio's name is on the first page of her charter, in pen, where she promised it would be.}
The Right to Dream Alone. Anyone can unpatch, any night, and it doesn't count against their building's slots or their index. That's it. That's the whole thing. It fits on a leaflet. # speaker: jaxon
{jaxon_invited: When he finishes, he glances at you, the way he used to from the testing chair, to see if it landed.}
{relay_cut and not apologised_relay and not a4_liora.offered_name: Liora doesn't look at you once. You notice she never asked you to sign anything.}
* [Catch Liora's eye.]
    {liora_trust >= 2: She lifts her chin a fraction. It might be a question. It might be: go on, then.|She looks through you, at the board, at her own charter.}
* [Catch Okoro's eye.]
    Okoro lifts her eyebrows at you, pleasantly, the way a nurse asks whether you've eaten.
- The chair calls your name. The Architect of Kaleidoscope Nights, and co-founder of these forums. Everyone in the depot turns around.
* {not relay_cut or apologised_relay or a4_liora.offered_name} [Sign Liora's charter, there at the lectern, and say why.]
    ~ coop_charter = true
    ~ forum_vote = "charter"
    ~ liora_trust += 1
    ~ nudge("liora", -15)
    ~ nudge("talon", -5)
    You walk down to the front, take Liora's pen, and sign the charter on the lectern in front of everyone.
    Because on the night, the only person who knew exactly how many people were in that sky was her. Every other one of us was counting the wrong thing. # speaker: elara
    And because a switch in every Stack means the city has to ask them, every time. I want a city that has to ask. # speaker: elara
    Liora takes the pen back. Her hand isn't quite steady.
    Don't make it a speech, Nyx. # speaker: liora
    Too late. # speaker: elara
* [Back Okoro's Unified Access: every bed, and no one ever falls out again.]
    ~ forum_vote = "unified"
    ~ nudge("elara", -10)
    ~ nudge("liora", 10)
    Every bed. No one falls out. I've met a boy who falls out. I'd like him not to. Sefa's carried enough people off enough stairs. # speaker: elara
    Okoro puts a hand flat on her heart, briefly, and takes it away.
    In the front row, Liora closes her folder slowly and squares its corners with both hands, the way you tidy a desk you've been told you're leaving.
* [Back Jaxon's Right to Dream Alone: let anyone step out of the Sync without paying for it.]
    ~ forum_vote = "alone"
    ~ nudge("elara", 10)
    ~ nudge("talon", 10)
    Anyone should be able to step out for a night without losing their place. I didn't know I'd lost my own dream until someone asked. # speaker: elara
    Jaxon stares at you like a man who's been pushing a door for a year and just watched it open on its own.
    From the last row, Talon, quietly: huh. Like he's surprised to find he agrees.
- The depot is noisy now. They give you one more minute, to say what the night meant.
* [Tell them about dawn on the plaza, when strangers sat up still talking to each other.]
    ~ forum_speech = "together"
    ~ nudge("talon", -10)
    ~ nudge("elara", -5)
    {crowd_swapped:
        On the night, eighty thousand people swapped dreams with strangers. I've never seen this city so together. That's the thing worth keeping. # speaker: elara
    - else:
        On the night, the sky split in half, and eighty thousand people got up off their mats at dawn still speaking to each other. I've never seen this city so together. That's the thing worth keeping. # speaker: elara
    }
    Talon, in the back row, is the first to clap. He claps like a man trying to start an engine.
* [Tell them about the moment you could see where one person stopped and the next began.]
    ~ forum_speech = "apart"
    ~ nudge("talon", 10)
    ~ nudge("elara", 5)
    On the night, after years of not looking, I could see where one person stopped and the next began. It was frightening. I wouldn't trade it. # speaker: elara
    Talon doesn't clap. He sits very still and looks at his gloves, as though they've said something to him.
* {jaxon_invited} [Call Jaxon up to say it with you.]
    ~ forum_speech = "with_jaxon"
    ~ jaxon_trust += 1
    ~ nudge("talon", -5)
    Jaxon. Come up here. # speaker: elara
    He comes down the aisle slowly, to a noise that is half boos and half something else.
    We started these forums together. We're building the next dreamscape together. His half and mine, in one file, from the first sketch. We don't agree about most of it. We're doing it anyway. # speaker: elara
    She's exaggerating. We agree about the fish. # speaker: jaxon
    The depot laughs. It's the first time all night it has laughed at the same thing.
- -> a5_vote

=== a5_vote ===
# mood: calm
# sfx: bell
They count.
It takes an hour, because the tram depot's counting machine dates from before the Sync and has to be hit.
* [Wait outside in the cold.]
    You stand outside with a cup of Tamsin's tea. The city is lowering its lights to amber, tower by tower, the same as every night.
    Not quite the same as every night. You can see a few windows, here and there, that don't.
* [Stay inside and help hit the machine.]
    Oduya shows you where to hit it. There is a dent worn into the casing by years of people hitting it in the same place. You add to the dent.
    Through the depot's high windows the city is lowering its lights to amber, most of it. Not all.
- The depot doors open.
~ temp outcome = festival_outcome()
{outcome == "mosaic-coops": -> ending_mosaic_coops}
{outcome == "grand-design": -> ending_grand_design}
{outcome == "split-screen": -> ending_split_screen}
{outcome == "lights-out": -> ending_lights_out}
-> ending_mosaic_coops
