import * as Phaser from "phaser";
import { between, seededRandom } from "../art/random";
import type { Place, PlaceContext } from "../place";
import { DREAM_PAINTERS } from "../places/neoUnity/splitProjection";
import { elementColor, elementPulse } from "../stanceLook";
import { leanToward } from "./forcedLook";

const HUE = 282;

/**
 * Neo-Unity, "The Split Screen": the celebration shatters into private projections. The sky is a
 * broken wall of screens, each showing one person's dream in its own colour and on its own
 * rhythm, cracked apart from its neighbours; there is no centre any more.
 */
export function buildSplitScreen(place: PlaceContext): Place {
  const { width, height, layout } = place;
  place.gradient(0, 0, width, height, [
    [0, 0x050210],
    [1, 0x02010a],
  ]);
  const columns = layout.compact ? 3 : 6;
  const rows = layout.compact ? 5 : 4;
  const cellWidth = width / columns;
  const cellHeight = layout.horizon / rows;
  const dreamKeys = DREAM_PAINTERS.map((draw, index) =>
    place.paint(`screen-${index}`, 200, 130, (context, w, h) => {
      context.fillStyle = "rgba(255,255,255,0.12)";
      context.fillRect(0, 0, w, h);
      context.fillStyle = "rgba(255,255,255,0.9)";
      context.strokeStyle = "rgba(255,255,255,0.9)";
      context.lineWidth = 3;
      draw(context, w, h);
      context.globalAlpha = 0.3;
      for (let line = 0; line < h; line += 4) context.fillRect(0, line, w, 1.2);
    }),
  );
  const random = seededRandom(111);
  const screens: Array<{ image: Phaser.GameObjects.Image; x: number; y: number; element: number }> = [];
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const element = row * columns + column;
      const x = (column + 0.5) * cellWidth + between(random, -0.06, 0.06) * cellWidth;
      const y = (row + 0.5) * cellHeight + between(random, -0.06, 0.06) * cellHeight;
      const image = place
        .image(x, y, dreamKeys[Math.floor(random() * dreamKeys.length)] ?? "panel")
        .setDisplaySize(cellWidth * 0.9, cellHeight * 0.86)
        .setRotation(between(random, -0.06, 0.06))
        .setBlendMode(Phaser.BlendModes.ADD);
      screens.push({ image, x, y, element });
    }
  }
  const cracksKey = place.paint("cracks", width, layout.horizon, (context, w, h) => {
    context.strokeStyle = "rgba(255,255,255,0.7)";
    context.lineWidth = 1.5;
    for (let crack = 0; crack < 14; crack += 1) {
      let x = random() * w;
      let y = random() * h;
      context.beginPath();
      context.moveTo(x, y);
      for (let step = 0; step < 8; step += 1) {
        x += between(random, -1, 1) * w * 0.08;
        y += between(random, -1, 1) * h * 0.1;
        context.lineTo(x, y);
      }
      context.stroke();
    }
  });
  const cracks = place.image(0, 0, cracksKey).setOrigin(0, 0).setBlendMode(Phaser.BlendModes.ADD).setAlpha(0.35);
  place.gradient(0, layout.horizon, width, height - layout.horizon, [
    [0, 0x0a0618],
    [1, 0x020108],
  ]);
  for (let viewer = 0; viewer < 12; viewer += 1) {
    const x = ((viewer + 0.5) / 12) * width;
    place
      .image(x, layout.horizon + place.css(60), "dreamer", 0x06040c)
      .setOrigin(0.5, 1)
      .setDisplaySize(place.css(40), place.css(54))
      .setFlipX(viewer % 2 === 0);
  }

  return {
    update(frame) {
      const look = leanToward(frame.look, 1, 0.7);
      for (const screen of screens) {
        const pulse = elementPulse(screen.element, look, frame.time, 0.35);
        // Screens cut out for a moment on their own: no two agree when to go dark.
        const blink =
          frame.motion && Math.sin(frame.time * (1.3 + (screen.element % 7) * 0.37) + screen.element) > 0.94 ? 0.15 : 1;
        screen.image.setTint(elementColor(HUE, screen.element, look, 0.85, 0.6)).setAlpha((0.45 + pulse * 0.4) * blink);
        const jitter =
          frame.motion * look.tension * (Math.sin(frame.time * 19 + screen.element * 5) > 0.93 ? place.css(6) : 0);
        screen.image.setPosition(screen.x + jitter, screen.y);
      }
      cracks.setAlpha(0.25 + 0.1 * Math.sin(frame.time * 0.7));
    },
  };
}
