/**
 * The game's sound, if the audio module is there and the browser lets it play. Everything here
 * swallows failure: a game whose audio fails plays on silently. The module is found with
 * import.meta.glob so the app builds and runs even before src/audio exists.
 */
export type InterfaceSound = "ui-choice" | "ui-nudge-unity" | "ui-nudge-individual" | "ui-menu";

export interface Volumes {
  music: number;
  effects: number;
  muted: boolean;
}

interface AudioDirector {
  unlock(): void;
  setVolumes(volumes: Volumes): void;
  playInterface(id: InterfaceSound): void;
  dispose(): void;
}

interface AudioModule {
  createAudioDirector(options?: Record<string, unknown>): AudioDirector;
}

const audioModules = import.meta.glob<AudioModule>("../audio/audioDirector.ts");

export interface AudioBridge {
  unlock(): void;
  setVolumes(volumes: Volumes): void;
  playInterface(id: InterfaceSound): void;
}

export function createAudioBridge(initialVolumes: Volumes): AudioBridge {
  let director: AudioDirector | null = null;
  let volumes = initialVolumes;
  let unlockWanted = false;
  let warned = false;
  const attempt = (what: string, action: (target: AudioDirector) => void) => {
    if (!director) return;
    try {
      action(director);
    } catch (error) {
      if (!warned) console.warn(`Audio: ${what} failed; the game plays on silently.`, error);
      warned = true;
    }
  };

  // Nothing can play before the player's first gesture, so the audio code (Howler and the
  // director) loads only then and stays out of the JavaScript needed for the first frame.
  let loading = false;
  const load = () => {
    const loader = audioModules["../audio/audioDirector.ts"];
    if (loading || !loader) return;
    loading = true;
    loader()
      .then((module) => {
        director = module.createAudioDirector({ baseUrl: import.meta.env.BASE_URL });
        attempt("setting volumes", (target) => target.setVolumes(volumes));
        if (unlockWanted) attempt("unlocking", (target) => target.unlock());
      })
      .catch((error: unknown) => {
        console.warn("Audio could not start; the game plays on silently.", error);
      });
  };

  return {
    unlock() {
      unlockWanted = true;
      load();
      attempt("unlocking", (target) => target.unlock());
    },
    setVolumes(next) {
      volumes = next;
      attempt("setting volumes", (target) => target.setVolumes(next));
    },
    playInterface(id) {
      // Starting a sound costs a few milliseconds; it must not delay the frame that shows the story.
      setTimeout(() => attempt(`playing ${id}`, (target) => target.playInterface(id)), 0);
    },
  };
}
