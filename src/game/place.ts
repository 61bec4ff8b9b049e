import * as Phaser from "phaser";
import { type Painter, paintTexture } from "./canvasPaint";
import type { StageLayout } from "./layout";
import type { MoodLight } from "./moodLight";
import type { StanceLook } from "./stanceLook";
import { LOW_PARTICLE_SHARE, renderQualityOf } from "./visualQuality";

/** What a place needs each frame to stay alive and answer the story. */
export interface StageFrame {
  /** Seconds of stage time: runs faster in tense moods, almost stops under reduced motion. */
  time: number;
  /** Milliseconds since the last frame (real time). */
  delta: number;
  look: StanceLook;
  light: MoodLight;
  /** 1 normally, 0 under reduced motion: scales jitter, drift and anything that shakes. */
  motion: number;
}

/** A staged location (a `# scene:` id, an outcome, the title backdrop). */
export interface Place {
  update(frame: StageFrame): void;
  /** A `# sfx:` cue the place may answer visually (a surge, a shatter). */
  cue?(sfx: string): void;
}

/** A manifest's parameters for a place builder (`place.params` in campaign.json). */
export type PlaceParams = Readonly<Record<string, string | number | boolean>>;

export type PlaceBuilder = (context: PlaceContext, params: PlaceParams) => Place;

/**
 * Everything a place builder draws with. Objects go into `root` (faded in and out as a whole);
 * textures painted here belong to the place and are freed with it.
 */
export class PlaceContext {
  readonly root: Phaser.GameObjects.Container;
  readonly webgl: boolean;
  /** Full-screen filters are drawn only at high quality (see visualQuality.ts). */
  readonly filters: boolean;
  private readonly particleShare: number;
  private readonly textureKeys: string[] = [];
  private readonly emitters: Phaser.GameObjects.Particles.ParticleEmitter[] = [];
  private readonly cloudLayers: Array<{
    noise: Phaser.GameObjects.NoiseSimplex2D;
    texture: Phaser.Textures.DynamicTexture;
    fadeKey: string;
    sideFadeKey: string | null;
  }> = [];
  private static serial = 0;

  constructor(
    readonly scene: Phaser.Scene,
    readonly layout: StageLayout,
    readonly name: string,
    readonly reducedMotion: boolean,
    readonly highContrast: boolean,
  ) {
    this.root = scene.add.container(0, 0);
    this.webgl = scene.renderer.type === Phaser.WEBGL;
    const low = renderQualityOf(scene) === "low";
    this.filters = this.webgl && !low;
    this.particleShare = (highContrast ? 0.35 : 1) * (low ? LOW_PARTICLE_SHARE : 1);
  }

  get width() {
    return this.layout.width;
  }

  get height() {
    return this.layout.height;
  }

  /** Size in canvas pixels for a length meant in CSS pixels. */
  css(value: number) {
    return value * this.layout.unit;
  }

  add<T extends Phaser.GameObjects.GameObject>(object: T): T {
    this.root.add(object);
    return object;
  }

  paint(name: string, width: number, height: number, painter: Painter): string {
    PlaceContext.serial += 1;
    const key = `place-${this.name}-${name}-${PlaceContext.serial}`;
    paintTexture(this.scene.textures, key, width, height, painter);
    this.textureKeys.push(key);
    return key;
  }

  image(x: number, y: number, texture: string, tint?: number, alpha = 1): Phaser.GameObjects.Image {
    // The Canvas renderer ignores tint: dark silhouettes use their dark twin textures there.
    const darkTwin = `${texture}-dark`;
    const useTwin = !this.webgl && tint !== undefined && tint < 0x404040 && this.scene.textures.exists(darkTwin);
    const image = this.scene.add.image(x, y, useTwin ? darkTwin : texture).setAlpha(alpha);
    if (tint !== undefined) image.setTint(tint);
    return this.add(image);
  }

  /** An additive glow sprite: the basic unit of light in both cities. */
  glow(x: number, y: number, radius: number, tint: number, alpha = 1): Phaser.GameObjects.Image {
    return this.image(x, y, "glow", tint, alpha)
      .setScale((radius * 2) / 128)
      .setBlendMode(Phaser.BlendModes.ADD);
  }

  /**
   * A particle emitter that respects the player's settings: still under reduced motion, sparse
   * under high contrast or low quality, and capped so a phone keeps its frame rate.
   */
  particles(
    x: number,
    y: number,
    texture: string,
    config: Phaser.Types.GameObjects.Particles.ParticleEmitterConfig & { maxAliveParticles: number },
  ): Phaser.GameObjects.Particles.ParticleEmitter {
    const scaled = { ...config };
    scaled.maxAliveParticles = Math.ceil(config.maxAliveParticles * this.particleShare);
    const emitter = this.scene.add.particles(x, y, texture, scaled);
    if (this.reducedMotion) emitter.timeScale = 0.15;
    this.emitters.push(emitter);
    return this.add(emitter);
  }

  /** Sky, fog and aurora gradients: Phaser's Gradient under WebGL, a painted texture under Canvas. */
  gradient(
    x: number,
    y: number,
    width: number,
    height: number,
    stops: Array<[number, number, number?]>,
    options: { radial?: boolean; blend?: Phaser.BlendModes } = {},
  ): Phaser.GameObjects.GameObject {
    const blend = options.blend ?? Phaser.BlendModes.NORMAL;
    if (this.webgl) {
      const bands = stops.slice(0, -1).map(([start, color, alpha = 1], index) => {
        const [end, endColor, endAlpha = 1] = stops[index + 1] ?? [start, color, alpha];
        return {
          start,
          end,
          colorStart: rgba(color, alpha),
          colorEnd: rgba(endColor, endAlpha),
          colorSpace: 0,
          interpolation: 2,
        };
      });
      const gradient = this.scene.add.gradient(
        {
          bands,
          dither: true,
          shapeMode: options.radial ? 2 : 0,
          start: options.radial ? { x: 0.5, y: 0.5 } : { x: 0, y: 0 },
          shape: options.radial ? { x: 0.5, y: 0 } : { x: 0, y: 1 },
          repeatMode: options.radial ? 1 : 0,
        },
        x,
        y,
        width,
        height,
      );
      gradient.setOrigin(0, 0).setBlendMode(blend);
      return this.add(gradient);
    }
    const key = this.paint("gradient", Math.min(width, 256), Math.min(height, 256), (context, w, h) => {
      const fill = options.radial
        ? context.createRadialGradient(w / 2, h / 2, 0, w / 2, h / 2, w / 2)
        : context.createLinearGradient(0, 0, 0, h);
      for (const [at, color, alpha = 1] of stops) {
        fill.addColorStop(at, `rgba(${(color >> 16) & 255},${(color >> 8) & 255},${color & 255},${alpha})`);
      }
      context.fillStyle = fill;
      context.fillRect(0, 0, w, h);
    });
    const image = this.scene.add.image(x, y, key).setOrigin(0, 0).setDisplaySize(width, height).setBlendMode(blend);
    return this.add(image);
  }

  /**
   * Drifting clouds of light (aurora, dream fog): a simplex Noise rendered at a quarter of the
   * resolution into a dynamic texture and shown scaled up with additive light. Soft clouds lose
   * nothing at low resolution and a phone's GPU shades a sixteenth of the pixels. WebGL only:
   * under Canvas the sky stays clear.
   */
  clouds(
    x: number,
    y: number,
    width: number,
    height: number,
    config: {
      color: number;
      cells?: [number, number];
      seed?: number;
      warp?: number;
      power?: number;
      iterations?: number;
      /** Share of the height that fades to nothing at the top and at the bottom. */
      fade?: [number, number];
      /** Share of the width that fades to nothing at the left and right edges. */
      sideFade?: [number, number];
    },
  ): CloudLayer | null {
    if (!this.webgl) return null;
    const downscale = 4;
    const textureWidth = Math.max(8, Math.ceil(width / downscale));
    const textureHeight = Math.max(8, Math.ceil(height / downscale));
    const noise = this.scene.make.noisesimplex2d(
      {
        config: {
          noiseCells: config.cells ?? [4, 2],
          noiseIterations: config.iterations ?? 2,
          noiseWarpAmount: config.warp ?? 0.5,
          noiseSeed: [config.seed ?? 1, (config.seed ?? 1) * 3 + 1],
          noiseValuePower: config.power ?? 2,
          noiseColorStart: 0x000000,
          noiseColorEnd: config.color,
        },
        width: textureWidth,
        height: textureHeight,
      },
      false,
    );
    noise.setOrigin(0, 0);
    PlaceContext.serial += 1;
    const key = `place-${this.name}-clouds-${PlaceContext.serial}`;
    const texture = this.scene.textures.addDynamicTexture(key, textureWidth, textureHeight);
    if (!texture) {
      noise.destroy();
      return null;
    }
    this.textureKeys.push(key);
    // Noise fills a hard-edged rectangle; a dark ramp drawn over its ends lets the additive light
    // dissolve into the sky instead.
    const [fadeTop, fadeBottom] = config.fade ?? [0.25, 0.35];
    const fadeKey = this.paint("cloud-fade", 4, 128, (context, w, h) => {
      const ramp = context.createLinearGradient(0, 0, 0, h);
      ramp.addColorStop(0, "rgba(0,0,0,1)");
      ramp.addColorStop(Math.min(0.49, fadeTop), "rgba(0,0,0,0)");
      ramp.addColorStop(Math.max(0.51, 1 - fadeBottom), "rgba(0,0,0,0)");
      ramp.addColorStop(1, "rgba(0,0,0,1)");
      context.fillStyle = ramp;
      context.fillRect(0, 0, w, h);
    });
    const [fadeLeft, fadeRight] = config.sideFade ?? [0, 0];
    const sideFadeKey =
      fadeLeft > 0 || fadeRight > 0
        ? this.paint("cloud-side-fade", 128, 4, (context, w, h) => {
            const ramp = context.createLinearGradient(0, 0, w, 0);
            ramp.addColorStop(0, `rgba(0,0,0,${fadeLeft > 0 ? 1 : 0})`);
            ramp.addColorStop(Math.min(0.49, Math.max(0.001, fadeLeft)), "rgba(0,0,0,0)");
            ramp.addColorStop(Math.max(0.51, Math.min(0.999, 1 - fadeRight)), "rgba(0,0,0,0)");
            ramp.addColorStop(1, `rgba(0,0,0,${fadeRight > 0 ? 1 : 0})`);
            context.fillStyle = ramp;
            context.fillRect(0, 0, w, h);
          })
        : null;
    this.cloudLayers.push({ noise, texture, fadeKey, sideFadeKey });
    const image = this.image(x, y, key)
      .setOrigin(0, 0)
      .setDisplaySize(width, height)
      .setBlendMode(Phaser.BlendModes.ADD);
    return { noise, image };
  }

  /** Re-renders the cloud textures; the scene calls it after the place has moved its noise. */
  renderClouds() {
    for (const { noise, texture, fadeKey, sideFadeKey } of this.cloudLayers) {
      texture.clear();
      texture.draw(noise, 0, 0);
      texture.stamp(fadeKey, undefined, 0, 0, {
        originX: 0,
        originY: 0,
        scaleX: texture.width / 4,
        scaleY: texture.height / 128,
      });
      if (sideFadeKey) {
        texture.stamp(sideFadeKey, undefined, 0, 0, {
          originX: 0,
          originY: 0,
          scaleX: texture.width / 128,
          scaleY: texture.height / 4,
        });
      }
      texture.render();
    }
  }

  destroy() {
    for (const emitter of this.emitters) emitter.destroy();
    for (const { noise } of this.cloudLayers) noise.destroy();
    this.root.destroy();
    for (const key of this.textureKeys) {
      if (this.scene.textures.exists(key)) this.scene.textures.remove(key);
    }
  }
}

/** A cloud layer: the noise to animate and the image that shows it (to move, turn or hide). */
export interface CloudLayer {
  noise: Phaser.GameObjects.NoiseSimplex2D;
  image: Phaser.GameObjects.Image;
}

/** A particle emit zone covering a rectangle. */
export function randomArea(
  x: number,
  y: number,
  width: number,
  height: number,
): Phaser.Types.GameObjects.Particles.ParticleEmitterRandomZoneConfig {
  return {
    type: "random",
    source: {
      getRandomPoint: (point) => {
        point.x = x + Math.random() * width;
        point.y = y + Math.random() * height;
      },
    },
  };
}

function rgba(color: number, alpha: number): number[] {
  return [((color >> 16) & 255) / 255, ((color >> 8) & 255) / 255, (color & 255) / 255, alpha];
}
