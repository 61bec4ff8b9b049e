import * as Phaser from "phaser";
import { addNightSky } from "../art/nightSky";
import { addPrismSkyline } from "../art/prismSkyline";
import { between, seededRandom } from "../art/random";
import { addSyncNetwork } from "../art/syncNetwork";
import { cssColor, hslToColor } from "../colorMath";
import type { Place, PlaceContext } from "../place";
import { elementColor } from "../stanceLook";
import { leanToward } from "./forcedLook";

const HUE = 282;

/**
 * Neo-Unity, "The Mosaic and the Dream Co-ops": a great round mosaic turns over the city, every
 * tile its own colour and every tile in its place; the DreamSync network reaches every district,
 * the outlying co-ops lit too; fireworks burst in many colours at once.
 */
export function buildMosaicCoops(place: PlaceContext): Place {
  const { width, layout } = place;
  const clear = layout.clear;
  const groundY = layout.horizon;
  const sky = addNightSky(place, {
    seed: 101,
    horizon: groundY,
    stops: [
      [0, 0x08031a],
      [0.6, 0x260c4a],
      [1, 0x3a2a6a],
    ],
    auroraHue: HUE,
    auroraAccent: 140,
    auroraStrength: 0.3,
  });
  const radius = Math.min(clear.width * 0.36, clear.height * 0.5);
  const mosaicKey = place.paint("mosaic", radius * 2, radius * 2, (context, w) => {
    const random = seededRandom(102);
    const center = w / 2;
    for (let ring = 9; ring >= 1; ring -= 1) {
      const outer = (ring / 9) * center;
      const inner = ((ring - 1) / 9) * center;
      const tiles = 6 + ring * 6;
      for (let tile = 0; tile < tiles; tile += 1) {
        const a0 = (tile / tiles) * Math.PI * 2 + 0.01;
        const a1 = ((tile + 1) / tiles) * Math.PI * 2 - 0.01;
        context.fillStyle = cssColor(hslToColor(random() * 360, 0.75, between(random, 0.45, 0.65)), 0.95);
        context.beginPath();
        context.arc(center, center, outer - 1.5, a0, a1);
        context.arc(center, center, inner + 1.5, a1, a0, true);
        context.closePath();
        context.fill();
      }
    }
  });
  const mosaic = place.image(clear.x + clear.width / 2, clear.y + clear.height * 0.45, mosaicKey);
  const mosaicGlow = place.glow(mosaic.x, mosaic.y, radius * 1.5, 0xffe0ff, 0.2);
  const city = addPrismSkyline(
    place,
    "city",
    {
      seed: 33,
      width,
      height: groundY * 0.4,
      body: 0x140a30,
      tallest: 0.8,
      density: 22,
      glow: 0.9,
      detail: place.css(1.2),
    },
    groundY + layout.height * 0.04,
  );
  const random = seededRandom(103);
  const nodes = Array.from({ length: 16 }, (_, index) => ({
    x: ((index + 0.5) / 16) * width,
    y: groundY - between(random, 0.02, 0.2) * layout.stage.height,
  }));
  const network = addSyncNetwork(place, {
    nodes,
    baseHue: HUE,
    reach: width * 0.2,
    lineWidth: place.css(1.6),
    nodeSize: place.css(10),
    fragility: 0,
  });
  const fireworks = place.particles(0, 0, "spark", {
    speed: { min: place.css(60), max: place.css(150) },
    lifespan: { min: 1200, max: 2000 },
    gravityY: place.css(40),
    scale: { start: place.css(0.3), end: 0 },
    alpha: { start: 1, end: 0 },
    blendMode: Phaser.BlendModes.ADD,
    frequency: -1,
    maxAliveParticles: 160,
  });
  let nextBurst = 0;
  let burstIndex = 0;

  return {
    update(frame) {
      const look = leanToward(frame.look, 0.6, 0.6);
      const festive = { ...frame, look: { ...look, sync: Math.max(look.sync, 0.7) } };
      sky(festive);
      mosaic.setRotation(frame.time * 0.04);
      mosaicGlow.setAlpha(0.15 + 0.05 * Math.sin(frame.time));
      city(look.divergence);
      network.update(festive);
      if (frame.time > nextBurst && frame.motion > 0) {
        burstIndex += 1;
        const x = between(Math.random, 0.1, 0.9) * width;
        const y = layout.stage.y + between(Math.random, 0.1, 0.5) * layout.stage.height;
        fireworks.setParticleTint(elementColor(HUE, burstIndex * 7, { ...look, hueSpread: 320 }, 0.9, 0.65));
        fireworks.explode(place.highContrast ? 12 : 28, x, y);
        nextBurst = frame.time + 0.9 + Math.random() * 1.2;
      }
    },
  };
}
