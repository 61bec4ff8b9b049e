import { sceneName, speakerName } from "../content/campaignCatalog";
import type { GameSession } from "../stage/gameSession";
import { copyTextDialog } from "../ui/alertDialogs";
import { chapterTitle } from "../ui/formatting";
import { openHistory } from "../ui/historyView";
import { openMenu } from "../ui/menuDialog";
import type { Notices } from "../ui/notices";
import { downloadText } from "../ui/saveFiles";
import type { PlayController } from "./playController";
import type { ReplayRecords } from "./replayRecords";

/** What the menu asks of the app: the screens that are the app's own. */
export interface MenuActions {
  save: (session: GameSession) => void;
  load: () => void;
  importSave: () => void;
  settings: () => void;
  title: () => void;
}

/** The in-game menu over `play`: history, rewind, the route map, saves, the log, settings, the title. */
export function openGameMenu(
  play: PlayController,
  context: { menuButton: HTMLElement; notices: Notices; replay: ReplayRecords },
  actions: MenuActions,
): void {
  const session = play.currentSession;
  const { menuButton, notices, replay } = context;
  openMenu({
    canRewind: session.canRewind,
    fallbackFocus: () => menuButton,
    actions: {
      history: () =>
        openHistory({
          entries: session.history(),
          speakerName: (speaker) => speakerName(session.manifest, speaker),
          speakerIndex: (speaker) =>
            session.manifest.characters.findIndex((character) => character.id === speaker?.trim().toLowerCase()),
          chapterTitle: (act, scene) => chapterTitle(act, sceneName(session.manifest, scene)),
        }),
      rewind: () => play.rewind(),
      routeMap: () => void play.openRouteMap(() => menuButton),
      save: () => actions.save(session),
      load: actions.load,
      exportSave: () => {
        const file = session.exportSave();
        downloadText(file.fileName, replay.exportFile(file.text));
        notices.show(`Exported ${file.fileName}.`);
      },
      importSave: actions.importSave,
      copyLog: () => copyLog(session, notices),
      settings: actions.settings,
      title: actions.title,
    },
  });
}

/** The playthrough so far, as a script `npm run play` replays: to the clipboard, or shown to copy by hand. */
export function copyLog(session: GameSession, notices: Notices): void {
  const text = `${JSON.stringify(session.playthroughLog(), null, 2)}\n`;
  const byHand = () =>
    copyTextDialog(
      "Playthrough log",
      "The browser did not allow copying. Select the text below and copy it; save it as a .json file and replay it with npm run play -- --script file.json.",
      text,
    );
  if (!navigator.clipboard?.writeText) {
    byHand();
    return;
  }
  navigator.clipboard
    .writeText(text)
    .then(() => notices.show("Playthrough log copied. Replay it with npm run play -- --script file.json."), byHand);
}
