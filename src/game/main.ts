import * as Phaser from "phaser";
import { Boot } from "./scenes/Boot";
import { CityScene } from "./scenes/CityScene";
import { Festival } from "./scenes/Festival";
import { Preloader } from "./scenes/Preloader";
import { Title } from "./scenes/Title";
import { MAX_RENDER_PIXELS, MAX_RENDER_SCALE, renderResolution } from "./viewport";
import { LOW_RENDER_SCALE, RENDER_QUALITY } from "./visualQuality";

export interface GameOptions {
  /** Force the Canvas renderer (to check the fallback); the default lets Phaser pick WebGL. */
  renderer?: "auto" | "canvas";
}

/**
 * Starts the canvas behind the DOM overlay, filling `parent`. The canvas is sized in device pixels
 * (within a budget, see viewport.ts) and scaled back to the parent's CSS size, so nothing is ever
 * stretched out of proportion; scenes lay themselves out from the canvas size on every resize.
 */
export function startGame(parent: HTMLElement, options: GameOptions = {}): Phaser.Game {
  const resolution = measure(parent);
  const game = new Phaser.Game({
    type: options.renderer === "canvas" ? Phaser.CANVAS : Phaser.AUTO,
    parent,
    backgroundColor: "#05040c",
    banner: false,
    // Animations advance by the real time between frames, not Phaser's smoothed delta: the stage
    // draws on demand (drawPacing.ts), so frames come at changing rates, and a transition or a
    // camera fade must take the same time at 2 frames per second as at 60.
    fps: { smoothStep: false },
    // Howler plays the sound and the DOM overlay takes the input.
    audio: { noAudio: true },
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scale: {
      mode: Phaser.Scale.NONE,
      width: resolution.width,
      height: resolution.height,
      zoom: 1 / resolution.scale,
    },
    scene: [Boot, Preloader, Title, CityScene, Festival],
  });
  // Set from the start, so that "low" chosen before the game starts is a change of this value, which
  // the viewport and the scenes follow (a first value would only be "set").
  game.registry.set(RENDER_QUALITY, "high");
  game.events.once(Phaser.Core.Events.READY, () => followViewport(game, parent));
  return game;
}

function measure(parent: HTMLElement, lowQuality = false) {
  const width = parent.clientWidth || window.innerWidth;
  const height = parent.clientHeight || window.innerHeight;
  const maxScale = lowQuality ? LOW_RENDER_SCALE : MAX_RENDER_SCALE;
  const resolution = renderResolution(width, height, window.devicePixelRatio, MAX_RENDER_PIXELS, maxScale);
  return { ...resolution, cssWidth: width, cssHeight: height };
}

function followViewport(game: Phaser.Game, parent: HTMLElement) {
  const canvas = game.canvas;
  canvas.style.display = "block";
  const fitToParent = () => {
    const resolution = measure(parent, game.registry.get(RENDER_QUALITY) === "low");
    const scale = game.scale;
    if (scale.width !== resolution.width || scale.height !== resolution.height) {
      scale.zoom = 1 / resolution.scale;
      scale.resize(resolution.width, resolution.height);
    }
    // Rounding the canvas size must not leave a hairline of page showing: pin the CSS size.
    canvas.style.width = `${resolution.cssWidth}px`;
    canvas.style.height = `${resolution.cssHeight}px`;
  };
  fitToParent();
  const observer = new ResizeObserver(fitToParent);
  observer.observe(parent);
  // A device pixel ratio change (a window dragged to another screen, browser zoom) resizes nothing.
  window.addEventListener("resize", fitToParent);
  // Low quality draws fewer pixels (see visualQuality.ts).
  game.registry.events.on(`changedata-${RENDER_QUALITY}`, fitToParent);
  game.events.once(Phaser.Core.Events.DESTROY, () => {
    observer.disconnect();
    window.removeEventListener("resize", fitToParent);
  });
}
