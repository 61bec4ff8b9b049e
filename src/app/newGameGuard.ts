import type { SaveSlots } from "../engine/saveSlots";
import { gameInProgressDialog } from "../ui/alertDialogs";

/**
 * A new game never replaces a game in progress without asking. Starting over keeps the old game
 * as the campaign's "previous game" (in Load); the loader makes that copy, and replaces nothing
 * when it cannot.
 */
export async function confirmNewGame(
  slots: SaveSlots,
  campaign: string,
  campaignTitle: string,
  describe: () => string,
  options: { ask: boolean } = { ask: true },
): Promise<"start" | "continue" | "cancel"> {
  if (!slots.gameInProgress(campaign)) return "start";
  if (options.ask) {
    const answer = await gameInProgressDialog(campaignTitle, describe());
    if (answer === "continue") return "continue";
    if (answer === "cancel") return "cancel";
  }
  return "start";
}
