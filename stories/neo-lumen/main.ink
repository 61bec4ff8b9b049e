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
// How far Eliot takes Seraphina at her word: built with him and Mira over three acts. At the
// switch he does what she advises when he trusts her; otherwise what his own lean says.
VAR eliot_trust = 0
// Raw truths told in public after the night (the debriefing, the year after): they can change what
// the city makes of the night (campaign.json rule).
VAR truths_told = 0
// Written once, when the festival night ends: what the city lived through. What it comes to
// mean is asked again at the end (a5_year), after the debriefing.
VAR night_outcome = ""

// Earlier choices the story remembers and echoes.
VAR wen_kitchen = ""
VAR asked_about_mira = false
VAR told_eliot_swing = false
VAR orchard_apology = false
VAR told_kell = ""
VAR kell_message = ""
VAR archive_open = false
VAR called_security = false
VAR dorian_own_room = false
VAR dorian_fear = ""
VAR dorian_anchor = false
VAR pan_message = ""
VAR arc_side = ""
VAR arc_refereed = false
VAR arc_crush = ""
VAR tapestry_gift = ""
VAR year_course = ""

-> a1_skyline
