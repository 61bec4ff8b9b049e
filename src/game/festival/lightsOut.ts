import * as Phaser from "phaser";
import { addNightSky } from "../art/nightSky";
import { addPrismSkyline } from "../art/prismSkyline";
import { between, seededRandom } from "../art/random";
import { addSyncNetwork } from "../art/syncNetwork";
import type { Place, PlaceContext } from "../place";
import { elementColor } from "../stanceLook";

const HUE = 282;

/**
 * Neo-Unity, "Lights Out": access is lost in the underserved zones. The bright city keeps its
 * network on one side, while across the outlying districts the DreamSync nodes go dark one after
 * another, their links falling away, until only a few candles burn in the windows.
 */
export function buildLightsOut(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const groundY = layout.horizon;
  const sky = addNightSky(place, {
    seed: 121,
    horizon: groundY,
    stops: [
      [0, 0x040208],
      [0.7, 0x100a1c],
      [1, 0x1e1228],
    ],
    auroraHue: null,
    stars: 80,
  });
  const split = width * 0.58;
  place.glow(width * 0.85, groundY, layout.stage.height * 0.7, 0xb040d0, 0.3);
  const city = addPrismSkyline(
    place,
    "bright",
    {
      seed: 44,
      width: width - split,
      height: groundY * 0.55,
      body: 0x1a0c38,
      tallest: 0.85,
      density: 26,
      glow: 1,
      detail: place.css(1.3),
    },
    groundY,
    { x: split },
  );
  const random = seededRandom(122);
  const shacksKey = place.paint("zones", split, groundY * 0.3, (context, w, h) => {
    let x = 0;
    while (x < w) {
      const shackWidth = place.css(between(random, 40, 110));
      const shackHeight = h * between(random, 0.3, 0.85);
      context.fillStyle = "#0a090e";
      context.fillRect(x, h - shackHeight, shackWidth, shackHeight);
      x += shackWidth + place.css(between(random, 2, 16));
    }
  });
  place.image(0, groundY, shacksKey).setOrigin(0, 1);
  place.gradient(0, groundY, width, height - groundY, [
    [0, 0x0a0810],
    [1, 0x020104],
  ]);
  const brightNodes = Array.from({ length: 8 }, () => ({
    x: between(random, split + place.css(20), width),
    y: groundY - between(random, 0.25, 0.5) * layout.stage.height,
  }));
  const zoneNodes = Array.from({ length: 9 }, (_, index) => ({
    x: ((index + 0.5) / 9) * split,
    y: groundY - between(random, 0.18, 0.34) * layout.stage.height,
  }));
  const bright = addSyncNetwork(place, {
    nodes: brightNodes,
    baseHue: HUE,
    reach: width * 0.25,
    lineWidth: place.css(1.5),
    nodeSize: place.css(10),
    fragility: 0,
  });
  const zoneLinks = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const zoneLights = zoneNodes.map((node) => place.glow(node.x, node.y, place.css(16), 0xffffff, 0.6));
  const candles = Array.from({ length: 6 }, () => {
    const x = between(random, 0.05, 0.95) * split;
    const y = groundY - place.css(between(random, 8, 40));
    return place
      .image(x, y, "flame", 0xffb050)
      .setDisplaySize(place.css(8), place.css(14))
      .setBlendMode(Phaser.BlendModes.ADD);
  });

  return {
    update(frame) {
      sky(frame);
      city(frame.look.divergence);
      bright.update(frame);
      // The zones go dark from the far edge inward; the cycle repeats slowly, like a memory.
      const period = place.reducedMotion ? 60 : 24;
      const dark = ((frame.time % period) / period) * (zoneNodes.length + 3);
      zoneLinks.clear();
      zoneNodes.forEach((node, index) => {
        const lit = index >= dark ? 1 : Math.max(0, 1 - (dark - index) * 2);
        const color = elementColor(HUE, index, frame.look, 0.75, 0.62);
        zoneLights[index]?.setTint(color).setAlpha(0.65 * lit);
        const next = zoneNodes[index + 1] ?? brightNodes[0];
        if (next && lit > 0) {
          zoneLinks.lineStyle(place.css(1.3), color, 0.45 * lit);
          zoneLinks.lineBetween(node.x, node.y, next.x, next.y);
        }
      });
      candles.forEach((candle, index) => {
        const flicker = frame.motion ? 0.75 + Math.sin(frame.time * 8 + index * 3) * 0.15 + Math.random() * 0.1 : 0.85;
        candle.setAlpha(flicker);
      });
    },
  };
}
