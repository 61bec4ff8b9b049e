import * as Phaser from "phaser";
import { addNightSky } from "../art/nightSky";
import { between, seededRandom } from "../art/random";
import type { Place, PlaceContext } from "../place";
import { elementColor, elementPulse } from "../stanceLook";
import { leanToward } from "./forcedLook";

const HUE = 182;

/**
 * Neo-Lumen, "A Thousand Separate Nights": the collective fractures and every dreamer sleeps
 * alone. The sky holds scattered bubbles drifting apart, each with one sleeper and one private
 * glow of its own colour; threads that once joined them end in the dark.
 */
export function buildThousandNights(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const sky = addNightSky(place, {
    seed: 81,
    horizon: height,
    stops: [
      [0, 0x03020c],
      [0.7, 0x0c0a22],
      [1, 0x06050f],
    ],
    auroraHue: null,
    stars: 50,
  });
  // A sleeper curled on one side: head, shoulder, drawn-up knees.
  const sleeperKey = place.paint("sleeper", 96, 48, (context) => {
    context.fillStyle = "#ffffff";
    context.beginPath();
    context.arc(16, 26, 9, 0, Math.PI * 2);
    context.fill();
    context.beginPath();
    context.moveTo(24, 20);
    context.bezierCurveTo(44, 10, 66, 12, 78, 22);
    context.bezierCurveTo(92, 30, 90, 44, 74, 44);
    context.bezierCurveTo(60, 44, 56, 34, 48, 38);
    context.bezierCurveTo(38, 42, 26, 42, 22, 34);
    context.closePath();
    context.fill();
  });
  const random = seededRandom(82);
  const count = place.highContrast ? 10 : layout.compact ? 12 : 20;
  // Place the bubbles, then push overlapping ones apart: each night is its own.
  const spots = Array.from({ length: count }, (_, index) => ({
    radius: place.css(between(random, 26, 58)),
    x: ((index + between(random, 0.1, 0.9)) / count) * width,
    y: layout.stage.y + between(random, 0.08, 0.98) * layout.stage.height,
  }));
  for (let pass = 0; pass < 40; pass += 1) {
    for (const a of spots) {
      for (const b of spots) {
        if (a === b) continue;
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const distance = Math.hypot(dx, dy) || 1;
        const overlap = a.radius * 1.15 + b.radius * 1.15 - distance;
        if (overlap <= 0) continue;
        b.x = Math.min(width - b.radius, Math.max(b.radius, b.x + (dx / distance) * overlap * 0.5));
        b.y = Math.min(
          layout.stage.y + layout.stage.height,
          Math.max(layout.stage.y + b.radius, b.y + (dy / distance) * overlap * 0.5),
        );
      }
    }
  }
  const bubbles = spots.map(({ radius, x, y }, index) => {
    const glow = place.glow(x, y, radius * 1.1, 0xffffff, 0.4);
    const shell = place
      .image(x, y, "ring")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(radius * 2.2, radius * 2.2);
    const sleeper = place.image(x, y + radius * 0.25, sleeperKey, 0x0a0818).setDisplaySize(radius * 1.2, radius * 0.6);
    const drift = { x: between(random, -1, 1), y: between(random, -1, 1) };
    return { glow, shell, sleeper, x, y, radius, drift, index };
  });
  const threads = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);

  return {
    update(frame) {
      const look = leanToward(frame.look, 1, 0.6);
      sky({ ...frame, look });
      threads.clear();
      const spread = Math.min(1, frame.time * 0.01) * place.css(40) * (0.2 + frame.motion * 0.8);
      bubbles.forEach((bubble) => {
        const x = bubble.x + bubble.drift.x * spread + Math.sin(frame.time * 0.2 + bubble.index) * place.css(4);
        const y = bubble.y + bubble.drift.y * spread * 0.5;
        const color = elementColor(HUE, bubble.index, look, 0.85, 0.58);
        const pulse = elementPulse(bubble.index, look, frame.time, 0.2);
        bubble.glow
          .setPosition(x, y)
          .setTint(color)
          .setAlpha(0.2 + pulse * 0.3);
        bubble.shell
          .setPosition(x, y)
          .setTint(color)
          .setAlpha(0.35 + pulse * 0.25);
        bubble.sleeper.setPosition(x, y + bubble.radius * 0.25);
        // A broken thread reaching toward the next bubble and stopping halfway.
        threads.lineStyle(place.css(1), color, 0.18);
        threads.lineBetween(x, y, x + bubble.drift.y * bubble.radius * 2.2, y - bubble.drift.x * bubble.radius * 1.4);
      });
    },
  };
}
