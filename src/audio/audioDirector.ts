import { campaigns } from "virtual:campaigns";
import { Howl, Howler } from "howler";
import { findManifest } from "../content/campaignCatalog";
import { type StageState, type StageStoreApi, stageStore } from "../stage/stageStore";
import { musicTrackFor } from "./musicTrack";

/**
 * The game's sound. It reads the stage store (the story layer writes campaign, mood and sfx
 * there) and plays the files that assets/audio/generate.sh writes to public/audio:
 * the music file the campaign's manifest gives the mood (or `music/title.ogg`) as a crossfaded
 * loop, and the file the manifest gives each `# sfx:` once. Audio is a nicety: nothing here may throw into the game, and each file that
 * fails is reported once, after which the game simply goes on without it.
 */

export type InterfaceSound = "ui-choice" | "ui-nudge-unity" | "ui-nudge-individual" | "ui-menu";

export interface AudioVolumes {
  /** 0..1 */
  music: number;
  /** 0..1, for story effects and interface sounds alike. */
  effects: number;
  muted: boolean;
}

export interface AudioDirectorOptions {
  /** Where public/ is served; `import.meta.env.BASE_URL` when omitted. */
  baseUrl?: string;
  /** The store to follow; the game's shared stageStore when omitted. */
  store?: StageStoreApi;
  /** Milliseconds of crossfade between two music loops. */
  crossfadeMilliseconds?: number;
  /** Effect files fetched at unlock so their first play is not late; all the campaigns' by default. */
  preloadEffects?: readonly string[];
  /** Where failures are reported; console.warn when omitted. */
  warn?: (message: string, error?: unknown) => void;
}

export interface AudioDirector {
  /** Call on the first user gesture: browsers keep audio locked until one. Nothing plays before. */
  unlock(): void;
  setVolumes(volumes: AudioVolumes): void;
  playInterface(id: InterfaceSound): void;
  dispose(): void;
}

const INTERFACE_SOUNDS: readonly InterfaceSound[] = ["ui-choice", "ui-nudge-unity", "ui-nudge-individual", "ui-menu"];
/** Interface sounds answer every click, so they sit under the story's effects. */
const INTERFACE_LEVEL = 0.6;
const DEFAULT_CROSSFADE_MILLISECONDS = 1800;
/** Ids become file names; anything else (a typo, a hostile save) must not become a URL. */
const SOUND_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

interface MusicVoice {
  track: string;
  howl: Howl;
  soundId: number;
}

export function createAudioDirector(options: AudioDirectorOptions = {}): AudioDirector {
  const store = options.store ?? stageStore;
  const baseUrl = withTrailingSlash(options.baseUrl ?? import.meta.env.BASE_URL ?? "/");
  const crossfade = options.crossfadeMilliseconds ?? DEFAULT_CROSSFADE_MILLISECONDS;
  const warn =
    options.warn ??
    ((message: string, error?: unknown) =>
      error === undefined ? console.warn(message) : console.warn(message, error));
  const preloadEffects = options.preloadEffects ?? campaignEffects();

  let unlocked = false;
  let disposed = false;
  let volumes: AudioVolumes = { music: 0.7, effects: 0.8, muted: false };
  const howls = new Map<string, Howl>();
  const failedFiles = new Set<string>();
  const reported = new Set<string>();
  let music: MusicVoice | null = null;
  const fadingOut = new Map<string, MusicVoice>();
  let lastSfxSerial = store.getState().sfx?.serial ?? null;

  function reportOnce(key: string, message: string, error?: unknown): void {
    if (reported.has(key)) return;
    reported.add(key);
    try {
      warn(message, error);
    } catch {
      // A broken logger must not break the game either.
    }
  }

  /** Runs a Howler call; a failure is reported once per key and swallowed. */
  function guarded<T>(key: string, what: string, action: () => T): T | undefined {
    try {
      return action();
    } catch (error) {
      reportOnce(key, `Audio: ${what} failed; the game plays on without it.`, error);
      return undefined;
    }
  }

  function howlFor(file: string, loop: boolean): Howl | undefined {
    if (failedFiles.has(file)) return undefined;
    const existing = howls.get(file);
    if (existing) return existing;
    const url = baseUrl + file;
    const howl = guarded(file, `preparing ${url}`, () => {
      return new Howl({
        src: [url],
        html5: false,
        loop,
        preload: true,
        volume: 0,
        onloaderror: (_soundId, error) => {
          // A file that failed to load stays failed: asking again would only fail again.
          failedFiles.add(file);
          howls.delete(file);
          reportOnce(file, `Audio: could not load ${url}; the game plays on without it.`, error);
        },
        onplayerror: (_soundId, error) => {
          reportOnce(file, `Audio: could not play ${url}; the game plays on without it.`, error);
        },
      });
    });
    if (howl) howls.set(file, howl);
    return howl;
  }

  function effectVolume(level: number): number {
    return clampUnit(volumes.effects * level);
  }

  function playEffect(id: string, level: number): void {
    if (!unlocked || disposed) return;
    if (!SOUND_ID.test(id)) {
      reportOnce(`id:${id}`, `Audio: ignoring the sound id "${id}", which is not a sound file name.`);
      return;
    }
    const file = `audio/sfx/${id}.ogg`;
    const howl = howlFor(file, false);
    if (!howl) return;
    guarded(file, `playing ${baseUrl}${file}`, () => {
      const soundId = howl.play();
      howl.volume(effectVolume(level), soundId);
    });
  }

  function fadeOut(voice: MusicVoice): void {
    const file = musicFile(voice.track);
    fadingOut.set(voice.track, voice);
    guarded(file, `fading out ${baseUrl}${file}`, () => {
      const from = voice.howl.volume(voice.soundId);
      voice.howl.fade(typeof from === "number" ? from : volumes.music, 0, crossfade, voice.soundId);
      voice.howl.once(
        "fade",
        () => {
          // The loop may have been called back while it faded out; then it plays on.
          if (fadingOut.get(voice.track) !== voice) return;
          fadingOut.delete(voice.track);
          guarded(file, `stopping ${baseUrl}${file}`, () => voice.howl.stop(voice.soundId));
        },
        voice.soundId,
      );
    });
  }

  function playMusic(track: string): void {
    if (music?.track === track) return;
    if (music) fadeOut(music);
    music = null;
    const file = musicFile(track);
    // A loop still fading out from an earlier change is faded back in, not started twice.
    const returning = fadingOut.get(track);
    fadingOut.delete(track);
    const howl = returning?.howl ?? howlFor(file, true);
    if (!howl) return;
    guarded(file, `playing ${baseUrl}${file}`, () => {
      const soundId = returning?.soundId ?? howl.play();
      const from = returning ? howl.volume(soundId) : 0;
      howl.fade(typeof from === "number" ? from : 0, clampUnit(volumes.music), crossfade, soundId);
      music = { track, howl, soundId };
    });
  }

  function followStage(state: StageState): void {
    if (!unlocked || disposed) return;
    const track = musicTrackFor(state, findManifest(state.campaign));
    if (!SOUND_ID.test(track)) {
      reportOnce(`track:${track}`, `Audio: no music for "${track}".`);
      return;
    }
    playMusic(track);
  }

  function followSfx(state: StageState): void {
    const serial = state.sfx?.serial ?? null;
    if (serial === lastSfxSerial) return;
    lastSfxSerial = serial;
    // An effect asked for while audio was still locked is in the past by now: it is dropped.
    if (!state.sfx || !unlocked) return;
    const id = state.sfx.id;
    const sound = findManifest(state.campaign)?.sfx.find((entry) => entry.id === id);
    if (sound) playEffect(sound.file, 1);
    else reportOnce(`sfx:${id}`, `Audio: the campaign has no sound "${id}".`);
  }

  function applyVolumes(): void {
    guarded("howler", "setting the volume", () => Howler.mute(volumes.muted));
    const voice = music;
    if (voice) {
      const file = musicFile(voice.track);
      guarded(file, `setting the volume of ${baseUrl}${file}`, () =>
        voice.howl.volume(clampUnit(volumes.music), voice.soundId),
      );
    }
  }

  // Each sound follows its own slice of the stage: the effect serial, and the loop the stage calls for.
  const trackOf = (state: StageState) => musicTrackFor(state, findManifest(state.campaign));
  const unsubscribes = [
    store.subscribe(
      (state) => state.sfx,
      () => !disposed && followSfx(store.getState()),
    ),
    store.subscribe(trackOf, () => !disposed && followStage(store.getState())),
  ];
  const unsubscribe = () => {
    for (const stop of unsubscribes) stop();
  };

  return {
    unlock() {
      if (unlocked || disposed) return;
      unlocked = true;
      applyVolumes();
      for (const id of [...INTERFACE_SOUNDS, ...preloadEffects]) {
        if (SOUND_ID.test(id)) howlFor(`audio/sfx/${id}.ogg`, false);
      }
      followStage(store.getState());
    },
    setVolumes(next) {
      if (disposed) return;
      volumes = {
        music: clampUnit(next.music),
        effects: clampUnit(next.effects),
        muted: Boolean(next.muted),
      };
      // Before the unlock, Howler is left alone: touching it would create an AudioContext
      // outside a gesture, which the browser refuses with a console warning.
      if (unlocked) applyVolumes();
    },
    playInterface(id) {
      playEffect(id, INTERFACE_LEVEL);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      unsubscribe();
      for (const [file, howl] of howls) {
        guarded(file, `releasing ${baseUrl}${file}`, () => howl.unload());
      }
      howls.clear();
      fadingOut.clear();
      music = null;
    },
  };
}

function musicFile(track: string): string {
  return `audio/music/${track}.ogg`;
}

function campaignEffects(): string[] {
  return [...new Set(campaigns.flatMap((campaign) => campaign.manifest.sfx.map((sound) => sound.file)))];
}

function withTrailingSlash(url: string): string {
  return url.endsWith("/") ? url : `${url}/`;
}

function clampUnit(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
