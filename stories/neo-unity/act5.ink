// Act 5: the forum and the policy on access. It ends by asking the rule which city Kaleidoscope Nights left behind.

=== a5_forum ===
# act: 5
# scene: forum
# mood: tense
# sfx: crowd
Three weeks after the night.
The community forum meets in the old tram depot, because it's the only roof in the city big enough and cheap enough.
Benches from eleven districts, none of them matching. Pell sits on Oduya's shoulders near the back. Mira has brought a thermos for every row. Talon is in the last seat with his coat over his knees, pretending not to be nervous for you.
Three proposals on the board. One vote tonight.
Unified Access. Every bed in the city on the Authority relay by winter. Every zone, every slot. Scheduled centrally, so that nobody, ever, falls out. # speaker: Councillor Ruhl
Ruhl sits down to polite, heavy applause. It's a good plan. That's the problem with it.
The Co-op Charter. Each Stack owns its relay and votes on its own nights. The city helps pay. The city doesn't choose. # speaker: liora
{a4_liora.offered_name: Your studio's name is on the first page of her charter, in pen, where she promised it would be.}
The Right to Dream Alone. Anyone can unpatch, any night, and nobody counts it against their building's slots or their index. That's it. That's the whole thing. It fits on a leaflet. # speaker: jaxon
{jaxon_invited: Jaxon looks for you in the crowd when he finishes, the way he used to look for you from the testing chair.}
{relay_cut and not apologised_relay and not a4_liora.offered_name: Liora doesn't look at you once. You notice she never asked you to sign anything.}
The chair calls your name. The Architect of Kaleidoscope Nights. Everyone in the depot turns around.
* {not relay_cut or apologised_relay or a4_liora.offered_name} [Sign Liora's charter, there at the lectern, and say why.]
    ~ coop_charter = true
    ~ nudge("liora", -15)
    ~ nudge("talon", -5)
    You walk down to the front, take Liora's pen, and sign the charter on the lectern in front of everyone.
    Because on the night, the only person who knew exactly how many people were in that sky was her. Every other one of us was counting the wrong thing. # speaker: elara
    Liora takes the pen back. Her hand isn't quite steady.
    Don't make it a speech, Nyx. # speaker: liora
    Too late. # speaker: elara
* [Back Ruhl's Unified Access: every bed, and nobody ever falls out again.]
    ~ nudge("elara", -10)
    ~ nudge("liora", 15)
    ~ nudge("jaxon", 10)
    Every bed. Nobody falls out. I've met a boy who falls out. I'd like him not to. # speaker: elara
    Ruhl inclines her head a quarter of an inch, which from her is a standing ovation.
    In the front row, Liora closes her folder very carefully, the way you close a door on a sleeping child, so as not to slam it.
* [Back Jaxon's Right to Dream Alone: let anyone step out of the Sync without paying for it.]
    ~ nudge("elara", 10)
    ~ nudge("jaxon", -5)
    ~ nudge("talon", 10)
    Anyone should be able to step out for a night without losing their place. I didn't know I'd lost my own dream until someone asked. # speaker: elara
    Jaxon stares at you like a man who's been pushing a door for a year and just watched it open on its own.
    From the last row, Talon, quietly: huh. Like he's surprised to find he agrees.
- The depot is noisy now. They give you one more minute, to say what the night meant.
* [Tell them the night proved this city is better together.]
    ~ forum_speech = "together"
    ~ nudge("talon", -10)
    ~ nudge("elara", -5)
    On the night, eighty thousand people swapped dreams with strangers. I've never seen this city so together. That's the thing worth keeping. # speaker: elara
    Talon, in the back row, is the first to clap. He claps like a man trying to start an engine.
* [Tell them the night proved this city is better when it can tell itself apart.]
    ~ forum_speech = "apart"
    ~ nudge("talon", 10)
    ~ nudge("elara", 5)
    On the night, for the first time in years, I could see where one person stopped and the next began. It was frightening. It was the best night I've had. # speaker: elara
    Talon doesn't clap. He sits very still and looks at his gloves, as though they've said something to him.
* {jaxon_invited} [Call Jaxon up to say it with you.]
    ~ forum_speech = "with_jaxon"
    ~ nudge("jaxon", -10)
    ~ nudge("talon", -5)
    Jaxon. Come up here. # speaker: elara
    He comes down the aisle slowly, to a noise that is half boos and half something else.
    We're building the next one together. His half and mine, in one file, from the first sketch. We don't agree about most of it. We're doing it anyway. # speaker: elara
    She's exaggerating. We agree about the fish. # speaker: jaxon
    The depot laughs. It's the first time all night it has laughed at the same thing.
- -> a5_vote

=== a5_vote ===
# mood: calm
# sfx: bell
They count.
It takes an hour, because the tram depot's counting machine dates from before the Sync and has to be hit.
You stand outside in the cold with a cup of Mira's tea while they count. The city is lowering its lights to amber, tower by tower, the same as every night.
Not quite the same as every night. You can see a few windows, here and there, that don't.
The depot doors open.
~ temp outcome = festival_outcome()
{outcome == "mosaic-coops": -> ending_mosaic_coops}
{outcome == "grand-design": -> ending_grand_design}
{outcome == "split-screen": -> ending_split_screen}
{outcome == "lights-out": -> ending_lights_out}
-> ending_mosaic_coops
