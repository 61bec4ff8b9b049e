// Neo-Unity: Kaleidoscope Nights. The player is Elara Nyx, Dream Architect.
// Stances: -100 wholly for the collective, +100 wholly for the individual (campaign.json says why each starts where it does).
INCLUDE externals.ink
INCLUDE act1.ink
INCLUDE act2.ink
INCLUDE act3.ink
INCLUDE act4.ink
INCLUDE act5.ink
INCLUDE endings.ink

// Decisions: the outcome rule (`rule` in campaign.json) reads these, so they are listed in campaign.json.
// What Elara does when Jaxon's split screen takes half the sky: "override", "yield" or "weave".
VAR projection_answer = ""
// Whether Elara let the plaza drain the zones' relay on the night.
VAR relay_cut = false
// Whether Elara signs Liora's Dream Co-op charter at the forum.
VAR coop_charter = false
// How far Jaxon and Liora trust Elara herself, apart from what they believe about the Sync
// (stances): decency and honesty raise it, whichever side they argue for.
VAR jaxon_trust = 0
VAR liora_trust = 0
// What Talon does with the seams of the night's weave: "shown", "blended" or "woven".
VAR seams = ""

// Callbacks: what the cast remembers, read in the text.
VAR watched_clip = false
VAR first_sketch = ""
VAR promised_pell = false
VAR heard_pell = false
VAR told_dream = false
VAR mocked_jaxon = false
VAR apologised_tamsin = false
VAR asked_okoro = false
VAR asked_stacks_dream = false
VAR window_put_back = false
VAR name_on_charter = false
// Who opens Night One: "stacks" (the work songs first), "all" (everyone on one note) or "draw" (each district drew a night from a hat; the Stacks drew the Last Night).
VAR first_night = ""
VAR village_thread = ""
VAR gave_schedule = false
VAR pledged_relay = false
VAR sided_with = ""
VAR opening = ""
VAR crowd_swapped = false
VAR night = ""
VAR remade = ""
VAR jaxon_invited = false
// Whether Jaxon, given the whole sky on Night One, asked Elara to bring half of hers back up.
VAR jaxon_gave_half = false
VAR forum_place = ""
VAR forum_hearing = false
VAR apologised_relay = false
VAR workshop_rule = ""
VAR forum_speech = ""
// What Elara backed at the lectern of the third forum: "charter", "unified" or "alone". Each ending says what became of it.
VAR forum_vote = ""

-> a1_sync_hour
