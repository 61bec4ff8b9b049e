import * as Phaser from "phaser";
import type { PlaceContext, StageFrame } from "../place";
import { elementColor, elementDrift, elementPulse } from "../stanceLook";
import { between, seededRandom } from "./random";

/**
 * A crowd of dreamers seen from behind, each with a glowing wristband. The wristbands are the
 * clearest sign of the cast's lean: one colour beating as one under unity, every colour on its
 * own rhythm under individuality.
 */
export interface DreamerCrowd {
  update(frame: StageFrame): void;
}

export interface CrowdOptions {
  seed: number;
  /** Area the crowd stands in: feet between top and bottom rows. */
  left: number;
  right: number;
  backY: number;
  frontY: number;
  count: number;
  /** Height of a dreamer in the front row, canvas pixels. */
  size: number;
  baseHue: number;
  /** Silhouette colour. */
  body?: number;
  /** Share of dreamers with a raised arm. */
  raised?: number;
  /** Index offset so two crowds in one place do not share colours. */
  indexOffset?: number;
}

interface Dreamer {
  body: Phaser.GameObjects.Image;
  band: Phaser.GameObjects.Image;
  halo: Phaser.GameObjects.Image;
  baseX: number;
  bandOffset: number;
  raised: boolean;
  scale: number;
}

export function addDreamerCrowd(place: PlaceContext, options: CrowdOptions): DreamerCrowd {
  const random = seededRandom(options.seed);
  const dreamers: Dreamer[] = [];
  const positions = Array.from({ length: options.count }, () => ({
    x: between(random, options.left, options.right),
    depth: random(),
    raised: random() < (options.raised ?? 0.25),
  })).sort((a, b) => a.depth - b.depth);
  for (const position of positions) {
    const scale = 0.55 + position.depth * 0.45;
    const height = options.size * scale;
    const y = options.backY + (options.frontY - options.backY) * position.depth;
    const body = place
      .image(position.x, y, position.raised ? "dreamer-raised" : "dreamer", options.body ?? 0x070812)
      .setOrigin(0.5, 1)
      .setDisplaySize(height * 0.75, height);
    // The wristband sits at the right wrist: raised high, or hanging at the side.
    const bandY = position.raised ? y - height * 0.93 : y - height * 0.12;
    const bandX = position.x + height * (position.raised ? 0.24 : 0.21);
    const halo = place.glow(bandX, bandY, height * 0.32, 0x66ffee, 0.5);
    const band = place
      .image(bandX, bandY, "dot")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(height * 0.16, height * 0.16);
    dreamers.push({
      body,
      band,
      halo,
      baseX: position.x,
      bandOffset: bandX - position.x,
      raised: position.raised,
      scale,
    });
  }
  const offset = options.indexOffset ?? 0;
  return {
    update(frame) {
      const { look, time } = frame;
      dreamers.forEach((dreamer, index) => {
        const element = offset + index;
        const pulse = elementPulse(element, look, time, 0.7);
        const color = elementColor(options.baseHue, element, look, 0.9, 0.62);
        dreamer.band.setTint(color).setAlpha(0.55 + pulse * 0.45);
        dreamer.halo.setTint(color).setAlpha((0.18 + pulse * 0.42) * dreamer.scale);
        // Dreamers sway together under unity, each on their own under individuality.
        const sway = Math.sin(time * 0.9 + elementDrift(element, look, 6) * 6) * options.size * 0.02 * frame.motion;
        dreamer.body.x = dreamer.baseX + sway;
        dreamer.band.x = dreamer.body.x + dreamer.bandOffset;
        dreamer.halo.x = dreamer.band.x;
      });
    },
  };
}
