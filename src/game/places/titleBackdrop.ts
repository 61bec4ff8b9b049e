import * as Phaser from "phaser";
import { addRosette } from "../art/kaleidoscope";
import { addLumenSkyline } from "../art/lumenSkyline";
import { addPrismSkyline } from "../art/prismSkyline";
import { between, seededRandom } from "../art/random";
import { addSyncNetwork } from "../art/syncNetwork";
import { addTransceiver } from "../art/transceiver";
import type { Place, PlaceContext } from "../place";
import { elementColor } from "../stanceLook";

/**
 * Behind the title menu: the two cities of 2145 meeting at the centre of the screen.
 * Neo-Lumen on the left (teal aurora, bell-crowned towers, a Transceiver pulsing), Neo-Unity on
 * the right (a kaleidoscope turning over crystal towers, the DreamSync network). The centre,
 * where the menu sits, is kept dark and calm.
 */
export function buildTitleBackdrop(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const horizon = layout.horizon;
  place.gradient(0, 0, width, height, [
    [0, 0x05031a],
    [0.6, 0x1a0c40],
    [1, 0x04030c],
  ]);
  const lumenSky = place.clouds(0, 0, width * 0.6, horizon, {
    color: 0x1fd0c0,
    cells: [3, 2],
    seed: 5,
    warp: 0.7,
    power: 2.6,
    fade: [0.1, 0.3],
    sideFade: [0, 0.45],
  });
  const unitySky = place.clouds(width * 0.4, 0, width * 0.6, horizon, {
    color: 0xa040e0,
    cells: [3, 2],
    seed: 8,
    warp: 0.5,
    power: 2.6,
    fade: [0.1, 0.3],
    sideFade: [0.45, 0],
  });
  const rosette = addRosette(place, {
    x: width * 0.82,
    y: layout.stage.y + layout.stage.height * 0.32,
    radius: Math.min(width * 0.2, layout.stage.height * 0.45),
    seed: 5,
    baseHue: 282,
    rings: [12, 8],
    alpha: 0.4,
    spin: 0.5,
  });
  const transceiver = addTransceiver(place, width * 0.16, horizon, layout.stage.height * 0.72, { index: 0 });
  const lumen = addLumenSkyline(
    place,
    "lumen",
    {
      seed: 3,
      width: width * 0.55,
      height: horizon * 0.5,
      body: 0x0c1636,
      tallest: 0.8,
      density: 14,
      glow: 0.8,
      detail: place.css(1.4),
      giants: 1,
    },
    horizon,
  );
  const unity = addPrismSkyline(
    place,
    "unity",
    {
      seed: 9,
      width: width * 0.55,
      height: horizon * 0.5,
      body: 0x140a2c,
      tallest: 0.8,
      density: 14,
      glow: 0.8,
      detail: place.css(1.4),
    },
    horizon,
    { x: width * 0.45 },
  );
  const random = seededRandom(19);
  const network = addSyncNetwork(place, {
    nodes: Array.from({ length: 10 }, () => ({
      x: between(random, 0.55, 0.98) * width,
      y: horizon - between(random, 0.2, 0.45) * layout.stage.height,
    })),
    baseHue: 282,
    reach: width * 0.18,
    lineWidth: place.css(1.2),
    nodeSize: place.css(8),
  });
  place.gradient(0, horizon, width, height - horizon, [
    [0, 0x0a0a20],
    [1, 0x020208],
  ]);
  // The calm centre where the menu sits.
  place
    .image(width / 2, height * 0.52, "shade", undefined, 0.7)
    .setDisplaySize(Math.min(width, place.css(900)), height * 1.1);
  const spores = place.particles(0, 0, "dot", {
    x: { min: 0, max: width },
    y: { min: horizon * 0.4, max: height },
    speedY: { min: -place.css(16), max: -place.css(6) },
    lifespan: { min: 7000, max: 11000 },
    scale: { start: place.css(0.4), end: 0 },
    alpha: { start: 0.7, end: 0 },
    blendMode: Phaser.BlendModes.ADD,
    frequency: 200,
    maxAliveParticles: 40,
    advance: 8000,
  });

  return {
    update(frame) {
      const { time, look } = frame;
      if (lumenSky) lumenSky.noise.noiseFlow = time * 0.05;
      if (unitySky) unitySky.noise.noiseFlow = time * 0.04 + 3;
      rosette.update(frame);
      transceiver.update(frame);
      lumen(look.divergence);
      unity(look.divergence);
      network.update(frame);
      spores.setParticleTint(elementColor(time % 20 < 10 ? 182 : 282, Math.floor(time), look, 0.8, 0.68));
    },
  };
}
