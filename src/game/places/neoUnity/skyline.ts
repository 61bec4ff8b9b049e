import * as Phaser from "phaser";
import { addRosette } from "../../art/kaleidoscope";
import { addNightSky } from "../../art/nightSky";
import { addPrismSkyline } from "../../art/prismSkyline";
import { between, seededRandom } from "../../art/random";
import { addSyncNetwork } from "../../art/syncNetwork";
import type { Place, PlaceContext } from "../../place";
import { elementColor } from "../../stanceLook";

export const UNITY_HUE = 282;

/**
 * The Neo-Unity skyline: crystal towers under a kaleidoscope turning in the sky, the DreamSync
 * network strung from rooftop to rooftop with pulses running along it.
 */
export function buildUnitySkyline(place: PlaceContext): Place {
  const { width, layout } = place;
  const horizon = layout.horizon;
  const sky = addNightSky(place, {
    seed: 31,
    horizon,
    stops: [
      [0, 0x070318],
      [0.55, 0x240a48],
      [0.9, 0x4a1466],
      [1, 0x6a2a7a],
    ],
    auroraHue: null,
    stars: 60,
  });
  const clear = layout.clear;
  const rosette = addRosette(place, {
    x: clear.x + clear.width / 2,
    y: clear.y + clear.height * 0.35,
    radius: Math.min(clear.width * 0.4, clear.height * 0.75),
    seed: 3,
    baseHue: UNITY_HUE,
    rings: [16, 12, 8],
    alpha: 0.32,
    spin: 0.6,
  });
  const far = addPrismSkyline(
    place,
    "far",
    {
      seed: 4,
      width,
      height: horizon * 0.5,
      body: 0x1c1040,
      tallest: 0.85,
      density: 30,
      glow: 0.45,
      detail: place.css(1),
    },
    horizon - layout.height * 0.03,
  );

  const random = seededRandom(17);
  const nodes = Array.from({ length: Math.round(Math.min(26, 10 + width / place.css(70))) }, () => ({
    x: between(random, 0.02, 0.98) * width,
    y: horizon - between(random, 0.12, 0.42) * layout.stage.height,
    size: between(random, 0.7, 1.3),
  }));
  const network = addSyncNetwork(place, {
    nodes,
    baseHue: UNITY_HUE,
    reach: width * 0.22,
    lineWidth: place.css(1.4),
    nodeSize: place.css(9),
  });
  const mid = addPrismSkyline(
    place,
    "mid",
    {
      seed: 9,
      width,
      height: horizon * 0.55,
      body: 0x120a2c,
      tallest: 0.75,
      density: 14,
      glow: 0.8,
      detail: place.css(1.5),
    },
    horizon,
  );
  place.gradient(0, horizon, width, layout.height - horizon, [
    [0, 0x1a0c34],
    [0.3, 0x0a0618],
    [1, 0x020108],
  ]);
  const near = addPrismSkyline(
    place,
    "near",
    { seed: 12, width, height: horizon * 0.4, body: 0x07051a, tallest: 0.9, density: 6, glow: 1, detail: place.css(2) },
    horizon + layout.height * 0.06,
    { reflection: 0.3 },
  );

  const glints = place.particles(0, 0, "spark", {
    x: { min: 0, max: width },
    y: { min: layout.stage.y, max: horizon },
    lifespan: { min: 1200, max: 2600 },
    scale: { start: place.css(0.3), end: 0 },
    alpha: { start: 1, end: 0 },
    blendMode: Phaser.BlendModes.ADD,
    frequency: 180,
    maxAliveParticles: 24,
  });

  return {
    update(frame) {
      sky(frame);
      rosette.update(frame);
      far(frame.look.divergence);
      network.update(frame);
      mid(frame.look.divergence);
      near(frame.look.divergence);
      glints.setParticleTint(elementColor(UNITY_HUE, Math.floor(frame.time * 3) % 9, frame.look, 0.7, 0.75));
    },
    cue(sfx) {
      if (sfx === "pulse" || sfx === "surge" || sfx === "chime") network.flare();
      if (sfx === "shatter") rosette.burst();
    },
  };
}
