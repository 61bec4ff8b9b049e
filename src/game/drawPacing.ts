import type * as Phaser from "phaser";
import { type StageState, stageStore } from "../stage/stageStore";
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
/** ...nor takes more than this share of what the device reaches at full rate... */
export const AMBIENT_SHARE = 0.15;
/**
 * ...and below this rate drift reads as a stutter, not as life: a device that cannot afford it
 * holds the settled picture still instead, until the next change.
 */
export const AMBIENT_MIN_FPS = 4;
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
  const reached = fullRateFps > 0 ? fullRateFps : UNMEASURED_FULL_FPS;
  const cap = reducedMotion ? Math.min(AMBIENT_MAX_FPS, REDUCED_MOTION_FPS) : AMBIENT_MAX_FPS;
  const ambient = Math.min(cap, Math.round(reached * AMBIENT_SHARE));
  if (stillForMs >= SLEEP_AFTER_MS || ambient < AMBIENT_MIN_FPS) {
    return { fpsLimit: fullLimit, asleep: true, kind: "asleep" };
  }
  return { fpsLimit: ambient, asleep: false, kind: "ambient" };
}

/** Frame intervals kept to judge the full rate; the median ignores one-off long frames (a place being painted). */
const MEASURED_FRAMES = 15;
const MEASURED_ENOUGH = 3;
/** No display refreshes faster: a shorter interval is Phaser's immediate step on waking, not a frame. */
const SHORTEST_FRAME_MS = 4;

/**
 * The pace of one stage over time, without Phaser: told when the stage changes and after every
 * frame it draws, it says how to draw next. It measures the full rate from the frames it sees.
 */
export class StagePacer {
  private lastChange: number;
  private current: Pace;
  private framesAtPace = 0;
  private readonly intervals: number[] = [];

  constructor(
    private reducedMotion: boolean,
    now: number,
  ) {
    this.lastChange = now;
    this.current = choosePace({ moving: true, stillForMs: 0, fullRateFps: 0, reducedMotion });
  }

  get pace(): Pace {
    return this.current;
  }

  /** Frames per second reached at full rate: the median of recent frames, 0 until measured. */
  get fullRateFps(): number {
    if (this.intervals.length < MEASURED_ENOUGH) return 0;
    const sorted = [...this.intervals].sort((a, b) => a - b);
    const middle = sorted[Math.floor(sorted.length / 2)] ?? 0;
    return middle > 0 ? 1000 / middle : 0;
  }

  /** The picture changed (a new line, a choice, a resize, a setting, the tab shown again): draw it. */
  changed(now: number, reducedMotion = this.reducedMotion): Pace {
    this.reducedMotion = reducedMotion;
    this.lastChange = now;
    return this.choose(false, now);
  }

  /** A frame was drawn `intervalMs` after the one before; `moving` if anything on the stage moves. */
  drew(now: number, intervalMs: number, moving: boolean): Pace {
    this.framesAtPace += 1;
    // The first frame after a change of pace ran at the old pace, or waited out a sleep.
    const unlimited = this.current.kind === "full" && this.current.fpsLimit === 0;
    if (unlimited && this.framesAtPace > 1 && intervalMs >= SHORTEST_FRAME_MS) {
      this.intervals.push(intervalMs);
      if (this.intervals.length > MEASURED_FRAMES) this.intervals.shift();
    }
    return this.choose(moving, now);
  }

  private choose(moving: boolean, now: number): Pace {
    if (moving) this.lastChange = now;
    const next = choosePace({
      moving,
      stillForMs: now - this.lastChange,
      fullRateFps: this.fullRateFps,
      reducedMotion: this.reducedMotion,
    });
    if (next.kind !== this.current.kind) this.framesAtPace = 0;
    this.current = next;
    return next;
  }
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

/** Paces `game`'s loop from the stage store and what its scenes are doing; see StagePacer. */
export function paceDrawing(game: Phaser.Game): DrawPacing {
  let stage = stageStore.getState();
  const pacer = new StagePacer(stage.reducedMotion, performance.now());
  let applied: Pace = { fpsLimit: 0, asleep: false, kind: "full" };

  const apply = (next: Pace) => {
    const previous = applied;
    applied = next;
    if (next.fpsLimit !== previous.fpsLimit) game.loop.setFPSLimit(next.fpsLimit);
    if (next.asleep && !previous.asleep) game.loop.sleep();
    if (!next.asleep && previous.asleep) {
      // The first frame after a sleep steps from now, not across the whole stillness at once.
      game.loop.resetDelta();
      game.loop.wake();
    }
    // How the stage draws now, for the bench and the browser tests.
    if (game.canvas) game.canvas.dataset.drawing = next.kind;
  };
  const follow = (next: Pace) => {
    // Not inside the loop's own step: Phaser re-requests the next frame after the step returns, so
    // restarting its requestAnimationFrame there would leave two frame chains running.
    if (next.fpsLimit !== applied.fpsLimit || next.asleep !== applied.asleep) queueMicrotask(() => apply(next));
    else if (next.kind !== applied.kind) apply(next);
  };

  const afterFrame = () => {
    const moving = scenesMoving(game) || (!stage.reducedMotion && restlessMood(stage));
    follow(pacer.drew(performance.now(), game.loop.rawDelta, moving));
  };
  const wake = () => follow(pacer.changed(performance.now(), stage.reducedMotion));

  /** Runs `then` once the browser has painted the next frame (and the work queued before it). */
  const afterNextPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));

  // A change of the story (a click, a new line) first paints the story layer, then the canvas:
  // waking the canvas in the same frame would hold the player's text back behind a canvas frame.
  let wakePending = false;
  const wakeAfterNextPaint = () => {
    if (wakePending) return;
    wakePending = true;
    afterNextPaint(() => {
      wakePending = false;
      wake();
    });
  };
  const unsubscribe = stageStore.subscribe((next) => {
    stage = next;
    wakeAfterNextPaint();
  });

  // A press goes to the story layer first: no canvas frame may start between the press and the
  // paint that answers it (a software-rendered frame can take longer than the player should wait).
  let held = false;
  const holdForInput = () => {
    if (held || !game.loop.running) return;
    held = true;
    game.loop.sleep();
    afterNextPaint(() => {
      held = false;
      if (applied.asleep || game.loop.running) return;
      game.loop.resetDelta();
      game.loop.wake();
    });
  };
  window.addEventListener("pointerdown", holdForInput, { capture: true });
  window.addEventListener("keydown", holdForInput, { capture: true });
  game.events.on(POST_STEP, afterFrame);
  game.scale.on("resize", wake);
  game.events.on("visible", wake);
  const stop = () => {
    unsubscribe();
    game.events.off(POST_STEP, afterFrame);
    game.scale.off("resize", wake);
    game.events.off("visible", wake);
    window.removeEventListener("pointerdown", holdForInput, { capture: true });
    window.removeEventListener("keydown", holdForInput, { capture: true });
  };
  game.events.once("destroy", stop);
  apply(pacer.pace);
  return {
    get pace() {
      return applied;
    },
    get fullRateFps() {
      return pacer.fullRateFps;
    },
    wake,
    stop,
  };
}
