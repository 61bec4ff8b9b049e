import type { GameSession } from "../stage/gameSession";
import type { Notices } from "../ui/notices";
import { slotKey } from "./savePeek";
import { claimAutosave, type TabOwnership } from "./tabOwnership";

/**
 * The game on screen writes its autosave (the campaign's, or a chapter replay's own) only while this
 * tab owns it. When another tab owns it (or takes it over) the game stops writing and says so,
 * offering to take over here. A chapter replay and the campaign's game are two games: one tab may
 * play each.
 */
export function guardAutosave(
  session: GameSession,
  notices: Notices,
  options: { steal: boolean; takeOver(): void },
): TabOwnership {
  const takeOver = { label: "Take over", run: options.takeOver };
  const slot = session.autosaveTo;
  const key = `ownership-${slot}`;
  const ownership = claimAutosave(
    slot,
    slotKey(slot),
    {
      owned: () => undefined,
      heldElsewhere: () => {
        session.stopAutosave("this game is open in another tab, which saves it");
        notices.show(
          "This game is open in another tab, which saves it: what you play here is not saved. Take over to go on here from its latest save.",
          { sticky: true, key, action: takeOver },
        );
      },
      lost: () => {
        session.stopAutosave("another tab took over this game");
        ownership.release();
        notices.show(
          "Another tab took over this game, so this tab stopped saving it (that tab's progress is kept). Take over to go on here from its latest save.",
          { sticky: true, key, action: takeOver },
        );
      },
    },
    { steal: options.steal },
  );
  return ownership;
}
