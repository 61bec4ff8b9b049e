import { beforeEach, describe, expect, it, type Mock, vi } from "vitest";
import { type AudioDirector, createAudioDirector } from "../../src/audio/audioDirector";
import { findManifest } from "../../src/content/campaignCatalog";
import type { CampaignManifest } from "../../src/engine/campaign";
import { beatFrom } from "../../src/stage/gameSession";
import { createStageStore, type StageStoreApi } from "../../src/stage/stageStore";

// A stand-in for Howler that records what the director asks of it. Fades and load errors only
// happen when a test says so, so every step of a crossfade can be checked.
const fake = vi.hoisted(() => {
  type Handler = (soundId: number, error?: unknown) => void;
  interface Options {
    src: string[];
    html5?: boolean;
    loop?: boolean;
    onloaderror?: Handler;
    onplayerror?: Handler;
  }
  class FakeHowl {
    static instances: FakeHowl[] = [];
    static constructorError: Error | null = null;
    static nextSoundId = 1000;
    readonly options: Options;
    readonly plays: number[] = [];
    readonly fades: { from: number; to: number; duration: number; soundId?: number }[] = [];
    readonly volumes = new Map<number, number>();
    readonly stops: number[] = [];
    readonly fadeListeners: { handler: Handler; soundId?: number }[] = [];
    unloaded = false;

    constructor(options: Options) {
      if (FakeHowl.constructorError) throw FakeHowl.constructorError;
      this.options = options;
      FakeHowl.instances.push(this);
    }
    play(): number {
      const soundId = FakeHowl.nextSoundId++;
      this.plays.push(soundId);
      this.volumes.set(soundId, 0);
      return soundId;
    }
    volume(volumeOrId?: number, soundId?: number): number | this {
      if (soundId !== undefined && volumeOrId !== undefined) {
        this.volumes.set(soundId, volumeOrId);
        return this;
      }
      return this.volumes.get(volumeOrId ?? -1) ?? 0;
    }
    fade(from: number, to: number, duration: number, soundId?: number): this {
      this.fades.push({ from, to, duration, soundId });
      return this;
    }
    once(event: string, handler: Handler, soundId?: number): this {
      if (event === "fade") this.fadeListeners.push({ handler, soundId });
      return this;
    }
    stop(soundId?: number): this {
      if (soundId !== undefined) this.stops.push(soundId);
      return this;
    }
    unload(): null {
      this.unloaded = true;
      return null;
    }
    /** Ends the latest fade of a sound, as Howler does when its duration has passed. */
    finishFade(soundId: number): void {
      const fade = this.fades.filter((candidate) => candidate.soundId === soundId).at(-1);
      if (fade) this.volumes.set(soundId, fade.to);
      const listeners = this.fadeListeners.filter((listener) => listener.soundId === soundId);
      this.fadeListeners.splice(
        0,
        this.fadeListeners.length,
        ...this.fadeListeners.filter((l) => !listeners.includes(l)),
      );
      for (const listener of listeners) listener.handler(soundId);
    }
  }
  const Howler = { mute: vi.fn(), volume: vi.fn() };
  return { FakeHowl, Howler };
});

vi.mock("howler", () => ({ Howl: fake.FakeHowl, Howler: fake.Howler }));

const { FakeHowl, Howler } = fake;

function howlsOf(file: string) {
  return FakeHowl.instances.filter((howl) => howl.options.src[0] === `/game/audio/${file}`);
}

function onlyHowl(file: string) {
  const found = howlsOf(file);
  expect(found, `one Howl for ${file}`).toHaveLength(1);
  return found[0] as InstanceType<typeof FakeHowl>;
}

let store: StageStoreApi;
const manifest = findManifest("neo-lumen") as CampaignManifest;
let warn: Mock<(message: string, error?: unknown) => void>;
let director: AudioDirector;

beforeEach(() => {
  FakeHowl.instances = [];
  FakeHowl.constructorError = null;
  Howler.mute.mockReset();
  Howler.volume.mockReset();
  // Effects are the campaign's: its manifest maps each sfx id to a file.
  store = createStageStore({ screen: "title", campaign: "neo-lumen" });
  warn = vi.fn();
  director = createAudioDirector({
    store,
    baseUrl: "/game",
    crossfadeMilliseconds: 1000,
    preloadEffects: ["chime"],
    warn,
  });
});

function enterCampaign(mood: string | null) {
  store.getState().enterStory(
    manifest,
    beatFrom({
      staging: { scene: null, mood, act: null },
      stances: {},
      history: [],
      speaker: null,
      inputs: [],
      decisions: {},
    }),
  );
}

/** A step of the story, played through the store's action as the game plays it. */
function step(changes: { mood?: string; scene?: string; sfx?: string; speaker?: string } = {}) {
  const { scene, mood, act, stances, history, speaker, inputs, decisions } = store.getState();
  const staging = { scene, mood, act };
  store.getState().play(
    beatFrom({ staging, stances, history, speaker, inputs, decisions }, [
      {
        line: changes.speaker ? { text: "A line.", speaker: changes.speaker, tags: { unknown: [] }, turn: 0 } : null,
        tags: { ...(changes.sfx ? { sfx: changes.sfx } : {}), unknown: [] },
        nudges: [],
        staging: { scene: changes.scene ?? scene, mood: changes.mood ?? mood, act },
      },
    ]),
  );
  store.getState().showNext();
}

describe("before the first gesture", () => {
  it("plays and loads nothing, and leaves Howler alone", () => {
    enterCampaign("tense");
    step({ sfx: "chime" });
    director.playInterface("ui-choice");
    director.setVolumes({ music: 0.5, effects: 0.5, muted: true });

    expect(FakeHowl.instances).toHaveLength(0);
    expect(Howler.mute).not.toHaveBeenCalled();
    expect(Howler.volume).not.toHaveBeenCalled();
  });

  it("does not replay at unlock an effect that was asked for while locked", () => {
    step({ sfx: "chime" });
    director.unlock();
    expect(onlyHowl("sfx/chime.ogg").plays).toHaveLength(0);
  });
});

describe("music", () => {
  it("starts the title theme at unlock, looping through Web Audio, fading in", () => {
    director.unlock();
    const title = onlyHowl("music/title.ogg");
    expect(title.options.loop).toBe(true);
    expect(title.options.html5).toBe(false);
    expect(title.plays).toHaveLength(1);
    expect(title.fades).toEqual([{ from: 0, to: 0.7, duration: 1000, soundId: title.plays[0] }]);
  });

  it("plays the campaign's calm loop before the story names a mood", () => {
    director.unlock();
    enterCampaign(null);
    expect(onlyHowl("music/neo-lumen-calm.ogg").plays).toHaveLength(1);
  });

  it("crossfades to the loop of the new mood and stops the old one when it has faded", () => {
    director.setVolumes({ music: 0.4, effects: 1, muted: false });
    director.unlock();
    enterCampaign("calm");
    const calm = onlyHowl("music/neo-lumen-calm.ogg");
    const calmSound = calm.plays[0] as number;
    calm.finishFade(calmSound);

    step({ mood: "tense" });
    const tense = onlyHowl("music/neo-lumen-tense.ogg");
    expect(tense.fades).toEqual([{ from: 0, to: 0.4, duration: 1000, soundId: tense.plays[0] }]);
    expect(calm.fades.at(-1)).toEqual({ from: 0.4, to: 0, duration: 1000, soundId: calmSound });
    expect(calm.stops).toHaveLength(0);

    calm.finishFade(calmSound);
    expect(calm.stops).toEqual([calmSound]);
  });

  it("plays each theme with its second layer, started, crossfaded and stopped together", () => {
    director.unlock();
    enterCampaign("calm");
    const bed = onlyHowl("music/neo-lumen-calm.ogg");
    const layer = onlyHowl("music/neo-lumen-calm-layer.ogg");
    expect(layer.options.loop).toBe(true);
    expect(layer.plays).toHaveLength(1);
    expect(layer.fades).toEqual([{ from: 0, to: 0.7, duration: 1000, soundId: layer.plays[0] }]);

    step({ mood: "tense" });
    expect(onlyHowl("music/neo-lumen-tense-layer.ogg").plays).toHaveLength(1);
    expect(layer.fades.at(-1)).toMatchObject({ to: 0 });
    bed.finishFade(bed.plays[0] as number);
    layer.finishFade(layer.plays[0] as number);
    expect(bed.stops).toEqual(bed.plays);
    expect(layer.stops).toEqual(layer.plays);
  });

  it("changes nothing when the stage changes but the loop does not", () => {
    director.unlock();
    enterCampaign("wonder");
    step({ speaker: "maris", scene: "gallery" });
    const wonder = onlyHowl("music/neo-lumen-wonder.ogg");
    expect(wonder.plays).toHaveLength(1);
    expect(wonder.fades).toHaveLength(1);
  });

  it("fades a loop back in when its mood returns before it has faded out", () => {
    director.unlock();
    enterCampaign("calm");
    const calm = onlyHowl("music/neo-lumen-calm.ogg");
    const calmSound = calm.plays[0] as number;
    step({ mood: "chaos" });
    step({ mood: "calm" });

    expect(calm.plays).toHaveLength(1);
    expect(calm.fades.at(-1)).toMatchObject({ to: 0.7, soundId: calmSound });
    calm.finishFade(calmSound);
    expect(calm.stops).toHaveLength(0);
  });

  it("returns to the title theme on the title screen", () => {
    director.unlock();
    enterCampaign("hope");
    store.getState().toTitle();
    expect(onlyHowl("music/title.ogg").fades.at(-1)).toMatchObject({ to: 0.7 });
    expect(onlyHowl("music/neo-lumen-hope.ogg").fades.at(-1)).toMatchObject({ to: 0 });
  });
});

describe("effects", () => {
  it("plays one effect per sfx serial, the same id again on a new serial", () => {
    director.unlock();
    step({ sfx: "chime" });
    const chime = onlyHowl("sfx/chime.ogg");
    expect(chime.options.loop).toBe(false);
    expect(chime.plays).toHaveLength(1);

    step({ speaker: "eliot" });
    step({ mood: "tense" });
    expect(chime.plays).toHaveLength(1);

    step({ sfx: "chime" });
    expect(chime.plays).toHaveLength(2);

    step({ sfx: "door" });
    expect(onlyHowl("sfx/door.ogg").plays).toHaveLength(1);
    expect(chime.plays).toHaveLength(2);
  });

  it("preloads the interface sounds and the listed effects at unlock", () => {
    director.unlock();
    for (const id of ["ui-choice", "ui-nudge-unity", "ui-nudge-individual", "ui-menu", "chime"]) {
      expect(onlyHowl(`sfx/${id}.ogg`).plays).toHaveLength(0);
    }
  });

  it("refuses an id that is not a plain file name", () => {
    director.unlock();
    step({ sfx: "../../secrets" });
    step({ sfx: "../../secrets" });
    expect(FakeHowl.instances.some((howl) => howl.options.src[0]?.includes("secrets"))).toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe("volumes", () => {
  it("applies what was set while locked at unlock, and later changes at once", () => {
    director.setVolumes({ music: 0.5, effects: 0.8, muted: true });
    director.unlock();
    expect(Howler.mute).toHaveBeenLastCalledWith(true);
    const title = onlyHowl("music/title.ogg");
    const titleSound = title.plays[0] as number;
    expect(title.fades[0]).toMatchObject({ to: 0.5 });

    director.setVolumes({ music: 0.25, effects: 0.5, muted: false });
    expect(Howler.mute).toHaveBeenLastCalledWith(false);
    expect(title.volume(titleSound)).toBe(0.25);

    step({ sfx: "chime" });
    const chime = onlyHowl("sfx/chime.ogg");
    expect(chime.volume(chime.plays[0])).toBe(0.5);

    director.playInterface("ui-choice");
    const choice = onlyHowl("sfx/ui-choice.ogg");
    expect(choice.volume(choice.plays[0])).toBeCloseTo(0.3);
  });

  it("keeps volumes inside 0..1", () => {
    director.unlock();
    director.setVolumes({ music: 3, effects: Number.NaN, muted: false });
    const title = onlyHowl("music/title.ogg");
    expect(title.volume(title.plays[0])).toBe(1);
    director.playInterface("ui-menu");
    const menu = onlyHowl("sfx/ui-menu.ogg");
    expect(menu.volume(menu.plays[0])).toBe(0);
  });
});

describe("failures", () => {
  it("warns once, naming the file, when a file fails to load, and goes on", () => {
    director.unlock();
    step({ sfx: "glitch" });
    const glitch = onlyHowl("sfx/glitch.ogg");
    glitch.options.onloaderror?.(glitch.plays[0] as number, "404");
    glitch.options.onloaderror?.(glitch.plays[0] as number, "404");
    step({ sfx: "glitch" });

    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("/game/audio/sfx/glitch.ogg");
    expect(howlsOf("sfx/glitch.ogg")).toHaveLength(1);

    step({ sfx: "bell" });
    expect(onlyHowl("sfx/bell.ogg").plays).toHaveLength(1);
    enterCampaign("somber");
    expect(onlyHowl("music/neo-lumen-somber.ogg").plays).toHaveLength(1);
  });

  it("warns once about a play error", () => {
    director.unlock();
    const title = onlyHowl("music/title.ogg");
    title.options.onplayerror?.(title.plays[0] as number, "locked");
    title.options.onplayerror?.(title.plays[0] as number, "locked");
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain("/game/audio/music/title.ogg");
  });

  it("never throws when Howler cannot even build a sound, and recovers when it can", () => {
    FakeHowl.constructorError = new Error("AudioContext is not available");
    Howler.mute.mockImplementation(() => {
      throw new Error("AudioContext is not available");
    });
    expect(() => {
      director.setVolumes({ music: 0.5, effects: 0.5, muted: false });
      director.unlock();
      enterCampaign("tense");
      step({ sfx: "chime" });
      director.playInterface("ui-choice");
      director.playInterface("ui-choice");
      director.setVolumes({ music: 0.6, effects: 0.6, muted: true });
    }).not.toThrow();
    const choiceWarnings = warn.mock.calls.filter((call) => String(call[0]).includes("ui-choice.ogg"));
    expect(choiceWarnings).toHaveLength(1);
    expect(FakeHowl.instances).toHaveLength(0);

    FakeHowl.constructorError = null;
    director.playInterface("ui-menu");
    expect(onlyHowl("sfx/ui-menu.ogg").plays).toHaveLength(1);
  });

  it("never throws when the logger itself throws", () => {
    const throwingWarn = vi.fn(() => {
      throw new Error("console is gone");
    });
    const quiet = createAudioDirector({ store, baseUrl: "/game/", preloadEffects: [], warn: throwingWarn });
    FakeHowl.constructorError = new Error("no audio");
    expect(() => quiet.unlock()).not.toThrow();
    expect(throwingWarn).toHaveBeenCalled();
  });
});

describe("dispose", () => {
  it("stops following the stage and releases every sound", () => {
    director.unlock();
    enterCampaign("calm");
    director.dispose();
    step({ mood: "tense", sfx: "chime" });
    director.playInterface("ui-choice");

    expect(howlsOf("music/neo-lumen-tense.ogg")).toHaveLength(0);
    expect(onlyHowl("sfx/chime.ogg").plays).toHaveLength(0);
    expect(FakeHowl.instances.every((howl) => howl.unloaded)).toBe(true);
  });
});
