import * as Phaser from "phaser";
import { between, seededRandom } from "../../art/random";
import { addSyncNetwork } from "../../art/syncNetwork";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementPulse, elementSeed } from "../../stanceLook";
import { UNITY_HUE } from "./skyline";

/**
 * The community forum: an open amphitheatre in tiers around a speaker's circle, under a canopy
 * of linked lights. Every voice sends out a ripple: under unity the ripples rise from the centre
 * in one rhythm; under individuality they rise from everywhere at once and cross each other.
 */
export function buildForum(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  place.gradient(0, 0, width, height, [
    [0, 0x0a0820],
    [0.5, 0x1e1240],
    [1, 0x06040e],
  ]);
  const center = { x: width / 2, y: clear.y + clear.height * 0.82 };
  const tiers = place.add(place.scene.add.graphics());
  for (let tier = 5; tier >= 0; tier -= 1) {
    const rx = width * (0.12 + tier * 0.085);
    const ry = clear.height * (0.08 + tier * 0.09);
    tiers.fillStyle(0x140d30 - tier * 0x010102, 1);
    tiers.fillEllipse(center.x, center.y, rx * 2, ry * 2);
    tiers.lineStyle(place.css(1.5), 0xc8a8ff, 0.14 + (5 - tier) * 0.02);
    tiers.strokeEllipse(center.x, center.y, rx * 2, ry * 2);
  }
  tiers.fillStyle(0x2a1a50, 1);
  tiers.fillEllipse(center.x, center.y, width * 0.16, clear.height * 0.1);
  const speakerLight = place.glow(center.x, center.y, width * 0.08, 0xd0b8ff, 0.5);

  // People on the tiers: their heads are the nodes of the canopy's links.
  const random = seededRandom(57);
  const seats: Array<{ x: number; y: number }> = [];
  for (let tier = 1; tier <= 5; tier += 1) {
    const rx = width * (0.12 + tier * 0.085) - place.css(10);
    const ry = clear.height * (0.08 + tier * 0.09) - place.css(6);
    const count = 4 + tier * 2;
    for (let seat = 0; seat < count; seat += 1) {
      const angle = Math.PI * (1.05 + (seat / (count - 1)) * 0.9) + between(random, -0.03, 0.03);
      seats.push({ x: center.x + Math.cos(angle) * rx, y: center.y + Math.sin(angle) * ry });
    }
  }
  const heads = seats.map((seat) => {
    const size = place.css(30);
    place
      .image(seat.x, seat.y, "dreamer", 0x07050f)
      .setOrigin(0.5, 1)
      .setDisplaySize(size * 0.75, size);
    return { x: seat.x, y: seat.y - size * 0.8 };
  });
  const canopyNodes = Array.from({ length: 9 }, (_, index) => ({
    x: clear.x + clear.width * ((index + 0.5) / 9),
    y: clear.y + clear.height * (0.1 + Math.abs(index - 4) * 0.03),
    size: 1.2,
  }));
  const network = addSyncNetwork(place, {
    nodes: [...canopyNodes, ...heads.filter((_, index) => index % 3 === 0)],
    baseHue: UNITY_HUE,
    reach: clear.height * 0.75,
    maxLinks: 2,
    lineWidth: place.css(1),
    nodeSize: place.css(7),
    fragility: 0.5,
  });

  const ripples = Array.from({ length: 8 }, () =>
    place.image(0, 0, "ring").setBlendMode(Phaser.BlendModes.ADD).setAlpha(0),
  );

  return {
    update(frame) {
      const { look, time } = frame;
      network.update(frame);
      speakerLight
        .setTint(elementColor(UNITY_HUE, 1, look, 0.6, 0.75))
        .setAlpha(0.4 + 0.2 * elementPulse(1, look, time, 0.4));
      ripples.forEach((ripple, index) => {
        // A ripple's source: the speaker under unity, any seat as the cast diverges.
        const fromSeat = elementSeed(index, 19) * 0.5 + 0.5 < look.divergence;
        const head = heads[Math.floor(((elementSeed(index, 20) + 1) / 2) * (heads.length - 1))] ?? center;
        const source = fromSeat ? head : center;
        const period = 3.2;
        const offset =
          look.sync * (index / ripples.length) * period + (1 - look.sync) * (elementSeed(index, 22) + 1) * period;
        const t = ((time + offset) % period) / period;
        const size = place.css(40) + t * clear.height * 0.9;
        ripple.setPosition(source.x, source.y).setDisplaySize(size, size * 0.4);
        ripple.setTint(elementColor(UNITY_HUE, 100 + index, look, 0.75, 0.66)).setAlpha((1 - t) * 0.6);
      });
    },
    cue(sfx) {
      if (sfx === "crowd" || sfx === "applause" || sfx === "pulse") network.flare();
    },
  };
}
