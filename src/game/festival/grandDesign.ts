import * as Phaser from "phaser";
import { addRosette } from "../art/kaleidoscope";
import { between, seededRandom } from "../art/random";
import type { Place, PlaceContext } from "../place";
import { lookFromLean } from "../stanceLook";

const HUE = 282;

/**
 * Neo-Unity, "The Grand Design": Elara's design absorbs all dissent. One vast, perfect
 * kaleidoscope in one violet fills the sky; small points of other colours drift in from the
 * edges and, as they reach the figure, take its colour and vanish into it. Rows of dreamers below
 * stand in lockstep.
 */
export function buildGrandDesign(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  const perfect = lookFromLean(-1, 0);
  place.gradient(0, 0, width, height, [
    [0, 0x0a0420],
    [0.6, 0x1c0a40],
    [1, 0x06020e],
  ]);
  const center = { x: clear.x + clear.width / 2, y: clear.y + clear.height * 0.46 };
  const radius = Math.min(Math.max(clear.width, width * 0.5) * 0.45, clear.height * 0.8);
  const outer = addRosette(place, {
    x: center.x,
    y: center.y,
    radius: radius * 1.25,
    seed: 41,
    baseHue: HUE,
    rings: [24, 16],
    alpha: 0.35,
    spin: 0.4,
  });
  const inner = addRosette(place, {
    x: center.x,
    y: center.y,
    radius,
    seed: 42,
    baseHue: HUE,
    rings: [16, 12, 8, 6],
    alpha: 0.85,
    spin: 0.7,
  });
  const random = seededRandom(43);
  const dissent = Array.from({ length: place.highContrast ? 8 : 18 }, (_, index) => {
    const angle = between(random, 0, Math.PI * 2);
    return {
      image: place.image(0, 0, "dot").setBlendMode(Phaser.BlendModes.ADD).setDisplaySize(place.css(14), place.css(14)),
      angle,
      phase: random(),
      hue: (index * 47) % 360,
    };
  });
  const groundY = layout.horizon + place.css(10);
  for (let row = 0; row < 4; row += 1) {
    const y = groundY + row * place.css(28);
    const size = place.css(30 + row * 6);
    const count = Math.floor(width / (size * 1.1));
    for (let column = 0; column <= count; column += 1) {
      place
        .image((column / count) * width, y, "dreamer", 0x0a0616)
        .setOrigin(0.5, 1)
        .setDisplaySize(size * 0.75, size);
    }
  }

  return {
    update(frame) {
      const still = { ...frame, look: perfect };
      outer.update(still);
      inner.update(still);
      for (const point of dissent) {
        // Each point drifts in from the rim; its own colour drains into the design's as it arrives.
        const t = (point.phase + frame.time * 0.05) % 1;
        const distance = (1 - t) * Math.max(width, height) * 0.7;
        point.image.setPosition(
          center.x + Math.cos(point.angle) * distance,
          center.y + Math.sin(point.angle) * distance,
        );
        const own = Phaser.Display.Color.HSVToRGB(point.hue / 360, 0.85 * (1 - t), 1).color;
        point.image.setTint(own).setAlpha(Math.min(1, (1 - t) * 2) * 0.9);
      }
    },
  };
}
