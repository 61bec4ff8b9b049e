import type { AudioDirector, AudioVolumes, InterfaceSound } from "../audio/audioDirector";

/**
 * The game's sound, if the browser lets it play. Everything here swallows failure: a game whose
 * audio fails plays on silently. The director's module (Howler with it) is a dynamic import, loaded
 * at the player's first gesture, so it stays out of the JavaScript needed for the first frame; only
 * its types are imported here.
 */
export type { InterfaceSound };
export type Volumes = AudioVolumes;

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

  // Nothing can play before the player's first gesture, so the audio code loads only then.
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    import("../audio/audioDirector")
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
