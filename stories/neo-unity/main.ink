// Neo-Unity: Kaleidoscope Nights. The player is Elara Nyx, Dream Architect.
// Stances: -100 wholly for the collective, +100 wholly for the individual (campaign.json says why each starts where it does).
INCLUDE externals.ink
INCLUDE act1.ink
INCLUDE act2.ink
INCLUDE act3.ink
INCLUDE act4.ink
INCLUDE act5.ink
INCLUDE endings.ink

// Decisions: the outcome rule (src/engine/outcomes/neoUnity.ts) reads these, so they are listed in campaign.json.
// What Elara does when Jaxon's split screen takes half the sky: "override", "yield" or "weave".
VAR projection_answer = ""
// Whether Elara let the plaza drain the zones' relay on the night.
VAR relay_cut = false
// Whether Elara signs Liora's Dream Co-op charter at the forum.
VAR coop_charter = false

// Callbacks: what the cast remembers. The rule never reads these.
VAR watched_clip = false
VAR first_sketch = ""
VAR promised_pell = false
VAR heard_pell = false
VAR told_dream = false
VAR mocked_jaxon = false
VAR asked_ruhl = false
VAR design_core = ""
VAR village_thread = ""
VAR gave_schedule = false
VAR pledged_relay = false
VAR sided_with = ""
VAR opening = ""
VAR night = ""
VAR jaxon_invited = false
VAR apologised_relay = false
VAR workshop_rule = ""
VAR forum_speech = ""

-> a1_sync_hour
