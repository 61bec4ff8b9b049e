// Neo-Lumen: the Nexus Dreamscape Festival. The player is Seraphina Raye, Dream Curator.
INCLUDE externals.ink
INCLUDE act1.ink
INCLUDE act2.ink
INCLUDE act3.ink
INCLUDE act4.ink
INCLUDE endings.ink

// Decisions the festival outcome rule reads (campaign.json "decisions").
VAR seraphina_advice = ""
VAR maris_painted = false
VAR dreamers_guided = ""
VAR update_kept = true
VAR maris_invited = false
VAR centerpiece = ""
// Written once, when the festival night ends, so that what people do afterwards in the
// debriefing changes them but cannot rewrite what the city already lived through.
VAR night_outcome = ""

// Earlier choices the story remembers and echoes.
VAR wen_kitchen = ""
VAR asked_about_mira = false
VAR told_eliot_swing = false
VAR orchard_apology = false
VAR told_hale = ""
VAR archive_open = false
VAR called_security = false
VAR dorian_own_room = false
VAR dorian_fear = ""

-> a1_skyline
