import type * as Phaser from "phaser";
import { scaleColor } from "../colorMath";
import type { PlaceContext, StageFrame } from "../place";
import { elementColor, elementSeed } from "../stanceLook";
import { between, seededRandom } from "./random";

export interface NightSkyOptions {
  seed: number;
  /** Gradient stops from the top of the screen to the horizon. */
  stops: Array<[number, number]>;
  horizon: number;
  stars?: number;
  /** Aurora hue for the shared (unity) sky; null for no aurora. */
  auroraHue?: number | null;
  auroraStrength?: number;
  /** Hue the second aurora veil takes when the cast is balanced; it joins the first under unity. */
  auroraAccent?: number;
}

/**
 * A night sky: a Gradient, twinkling stars, and an aurora of two drifting noise fields whose
 * colours agree under unity and pull apart under individuality.
 */
export function addNightSky(place: PlaceContext, options: NightSkyOptions): (frame: StageFrame) => void {
  const { width, height } = place;
  place.gradient(0, 0, width, Math.max(options.horizon, height * 0.5) + 2, options.stops);
  if (options.horizon < height) {
    place.gradient(0, options.horizon, width, height - options.horizon, [
      [0, options.stops.at(-1)?.[1] ?? 0x000000],
      [1, 0x020208],
    ]);
  }
  const random = seededRandom(options.seed);
  const stars: Array<{ image: Phaser.GameObjects.Image; phase: number; speed: number; base: number }> = [];
  const starCount = Math.round((options.stars ?? 70) * (place.highContrast ? 0.4 : 1));
  for (let star = 0; star < starCount; star += 1) {
    const y = random() ** 1.6 * options.horizon * 0.9;
    const size = place.css(between(random, 1.5, 4));
    const image = place.image(random() * width, y, "dot", 0xdfe8ff).setDisplaySize(size, size);
    stars.push({
      image,
      phase: random() * Math.PI * 2,
      speed: between(random, 0.6, 2.2),
      base: between(random, 0.3, 0.9),
    });
  }
  const auroraHue = options.auroraHue ?? null;
  const strength = (options.auroraStrength ?? 0.75) * (place.highContrast ? 0.45 : 1);
  const aurora =
    auroraHue === null
      ? []
      : [
          place.clouds(0, 0, width, options.horizon, {
            color: 0xffffff,
            cells: [3, 2],
            seed: options.seed,
            warp: 0.7,
            power: 2.4,
            fade: [0.1, 0.3],
          }),
          place.clouds(0, 0, width, options.horizon * 0.9, {
            color: 0xffffff,
            cells: [5, 2],
            seed: options.seed + 9,
            warp: 0.4,
            power: 3,
            fade: [0.3, 0.3],
          }),
        ]
          .filter((layer) => layer !== null)
          .map((layer) => layer.noise);
  return (frame) => {
    for (const star of stars) {
      star.image.setAlpha(star.base * (0.6 + 0.4 * Math.sin(frame.time * star.speed + star.phase)));
    }
    aurora.forEach((noise, index) => {
      const accent = index === 0 ? 0 : (options.auroraAccent ?? 0) * Math.min(1, frame.look.divergence * 2);
      const color = elementColor((auroraHue ?? 0) + accent, 500 + index * 3, frame.look, 0.85, 0.5);
      // Noise has no alpha: additive light fades by darkening its colour instead.
      noise.setNoiseColor(0x000000, scaleColor(color, strength * (index ? 0.6 : 1)));
      noise.noiseFlow = frame.time * (0.05 + index * 0.03) + elementSeed(index) * frame.look.divergence;
      noise.noiseOffset = [frame.time * 0.012 * (index ? -1 : 1), 0];
    });
  };
}
