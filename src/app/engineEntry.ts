/**
 * The lazy chunk behind the title screen: the engine (inkjs, the save format and its validator)
 * and the session controller. The title shows without it; it loads while the player reads.
 */
export { MAX_SAVE_BYTES, parseSave, SaveError, tooLargeReason } from "../engine/save";
export { MANUAL_SLOTS, SaveSlots } from "../engine/saveSlots";
export { GameSession } from "../stage/gameSession";
export { looseCampaign, looseChoiceLog, planActRestart } from "./saveRecovery";
