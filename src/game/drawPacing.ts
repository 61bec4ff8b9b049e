import type * as Phaser from "phaser";
import { type StageState, stageStore } from "../app/stageStore";
import { moodLight } from "./moodLight";

// Phaser event names as strings: this module is imported by unit tests, which run without a DOM.
const POST_STEP = "poststep";

/**
 * Drawing on demand. A narrative game is read far more than it is watched, so the canvas draws at
 * full rate only while something on it moves (a place dipping to the next, a mood fading in, the
 * climax's surge, stances tweening, a portrait cross-fading), at a low ambient rate while the player
 * reads and only the city's drift is left, and not at all after a long stillness, until the next
 * change. Phaser's own loop does the pacing (`setFPSLimit`, `sleep`, `wake`); a hidden tab gets no
 * animation frames, so it draws nothing whatever the pace.
 */

/** Frames per second at full rate when the player asks for reduced motion. */
export const REDUCED_MOTION_FPS = 12;
/** After a change of the stage, draw at full rate this long (portrait fades, the first tweens). */
export const SETTLE_MS = 1000;
/** After this long with nothing moving, stop drawing until the next change. */
export const SLEEP_AFTER_MS = 30_000;
/** Ambient drift never draws faster than this... */
export const AMBIENT_MAX_FPS = 20;
/** ...nor takes more than this share of what the device reaches at full rate. */
export const AMBIENT_SHARE = 0.15;
/**
 * A device that cannot reach this many frames per second at full rate spends everything on the
 * canvas; there "full rate" draws at SLOW_DEVICE_SHARE of what it reached, so the story layer and
 * the player's clicks keep their share of the machine.
 */
export const SLOW_DEVICE_FPS = 24;
export const SLOW_DEVICE_SHARE = 0.6;
/** What we assume the device reaches before a full-rate stretch has measured it. */
const UNMEASURED_FULL_FPS = 20;

export interface PaceInput {
  /** Something on the stage moves now (a tween, a camera effect, a restless mood). */
  moving: boolean;
  /** Milliseconds since the stage last changed or last moved. */
  stillForMs: number;
  /** Frames per second the device reached while drawing at full rate (0: not measured yet). */
  fullRateFps: number;
  reducedMotion: boolean;
}

export interface Pace {
  /** `setFPSLimit` value: 0 draws at the display's rate. */
  fpsLimit: number;
  asleep: boolean;
  kind: "full" | "ambient" | "asleep";
}

export function choosePace({ moving, stillForMs, fullRateFps, reducedMotion }: PaceInput): Pace {
  const slow = fullRateFps > 0 && fullRateFps < SLOW_DEVICE_FPS;
  const fullLimit = reducedMotion
    ? REDUCED_MOTION_FPS
    : slow
      ? Math.max(2, Math.round(fullRateFps * SLOW_DEVICE_SHARE))
      : 0;
  if (moving || stillForMs < SETTLE_MS) return { fpsLimit: fullLimit, asleep: false, kind: "full" };
  if (stillForMs >= SLEEP_AFTER_MS) return { fpsLimit: fullLimit, asleep: true, kind: "asleep" };
  const reached = fullRateFps > 0 ? fullRateFps : UNMEASURED_FULL_FPS;
  const cap = reducedMotion ? Math.min(AMBIENT_MAX_FPS, REDUCED_MOTION_FPS) : AMBIENT_MAX_FPS;
  const ambient = Math.max(1, Math.min(cap, Math.round(reached * AMBIENT_SHARE)));
  return { fpsLimit: ambient, asleep: false, kind: "ambient" };
}

/** A mood that keeps the whole picture restless (the climax's flicker and shake) is motion. */
export function restlessMood(stage: Pick<StageState, "mood" | "reducedMotion" | "highContrast">): boolean {
  const light = moodLight(stage.mood, { reducedMotion: stage.reducedMotion, highContrast: stage.highContrast });
  return light.flicker > 0.01 || light.shake > 0.05;
}

/** Whether any running scene has a tween or a camera effect under way. */
function scenesMoving(game: Phaser.Game): boolean {
  for (const scene of game.scene.getScenes(true)) {
    if (scene.tweens?.getTweens().length) return true;
    const camera = scene.cameras?.main;
    if (camera && (camera.fadeEffect.isRunning || camera.shakeEffect.isRunning || camera.flashEffect.isRunning)) {
      return true;
    }
  }
  return false;
}

export interface DrawPacing {
  /** The pace now, for the bench and tests (`window.game` in the preview). */
  readonly pace: Pace;
  /** Frames per second measured at full rate (0 until measured). */
  readonly fullRateFps: number;
  /** Something outside the stage store changed the picture (a resize, a setting): draw it. */
  wake(): void;
  stop(): void;
}

/** Paces `game`'s loop from the stage store and what its scenes are doing; see choosePace. */
export function paceDrawing(game: Phaser.Game): DrawPacing {
  let lastChange = performance.now();
  let pace: Pace = { fpsLimit: 0, asleep: false, kind: "full" };
  let frameMs = 0;
  let framesAtPace = 0;
  let stage = stageStore.getState();

  const apply = (next: Pace) => {
    const previous = pace;
    pace = next;
    if (next.kind !== previous.kind) framesAtPace = 0;
    if (next.fpsLimit !== previous.fpsLimit) game.loop.setFPSLimit(next.fpsLimit);
    if (next.asleep && !previous.asleep) game.loop.sleep();
    if (!next.asleep && previous.asleep) game.loop.wake();
  };

  /** The time between frames at full rate, once the first frames after a change have passed. */
  const measure = () => {
    framesAtPace += 1;
    const interval = game.loop.rawDelta;
    if (pace.kind !== "full" || pace.fpsLimit !== 0 || framesAtPace < 3 || interval <= 0 || interval > 2000) return;
    frameMs = frameMs === 0 ? interval : 0.9 * frameMs + 0.1 * interval;
  };

  const evaluate = () => {
    const now = performance.now();
    measure();
    const moving = scenesMoving(game) || (!stage.reducedMotion && restlessMood(stage));
    if (moving) lastChange = now;
    const fullRateFps = frameMs > 0 ? 1000 / frameMs : 0;
    apply(choosePace({ moving, stillForMs: now - lastChange, fullRateFps, reducedMotion: stage.reducedMotion }));
  };

  const wake = () => {
    lastChange = performance.now();
    evaluate();
  };

  // A change of the story (a click, a new line) first paints the story layer, then the canvas:
  // waking the canvas in the same frame would hold the player's text back behind a canvas frame.
  let wakePending = false;
  const wakeAfterNextPaint = () => {
    if (wakePending) return;
    wakePending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        wakePending = false;
        wake();
      }, 0),
    );
  };
  const unsubscribe = stageStore.subscribe((next) => {
    stage = next;
    lastChange = performance.now();
    wakeAfterNextPaint();
  });
  game.events.on(POST_STEP, evaluate);
  game.scale.on("resize", wake);
  const stop = () => {
    unsubscribe();
    game.events.off(POST_STEP, evaluate);
    game.scale.off("resize", wake);
    game.events.off("visible", wake);
  };
  game.events.once("destroy", stop);
  game.events.on("visible", wake);
  apply(choosePace({ moving: true, stillForMs: 0, fullRateFps: 0, reducedMotion: stage.reducedMotion }));
  return {
    get pace() {
      return pace;
    },
    get fullRateFps() {
      return frameMs > 0 ? 1000 / frameMs : 0;
    },
    wake,
    stop,
  };
}
