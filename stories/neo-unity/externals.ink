// The game's external functions (stories/README.md). The game binds the real ones; these
// fallbacks only let Inky (or any ink player) run the story: stances read as 0 there and
// festival_outcome() returns the first outcome of the campaign manifest.
EXTERNAL nudge(character_id, percent)
EXTERNAL stance(character_id)
EXTERNAL festival_outcome()

=== function nudge(character_id, percent) ===
~ return 0

=== function stance(character_id) ===
~ return 0

=== function festival_outcome() ===
~ return "mosaic-coops"
