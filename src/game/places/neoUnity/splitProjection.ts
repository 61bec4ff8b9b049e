import * as Phaser from "phaser";
import { addRosette } from "../../art/kaleidoscope";
import { between, seededRandom } from "../../art/random";
import { cssColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementDrift, elementPulse, elementSeed } from "../../stanceLook";
import { UNITY_HUE } from "./skyline";

type Dream = (context: CanvasRenderingContext2D, width: number, height: number) => void;

/** Little private dreams, one per projection: a face, a sea, a house, a flower, stars, a road. */
const DREAMS: Dream[] = [
  (context, w, h) => {
    context.beginPath();
    context.arc(w / 2, h * 0.45, h * 0.25, 0, Math.PI * 2);
    context.fill();
    context.fillRect(w * 0.3, h * 0.72, w * 0.4, h * 0.28);
  },
  (context, w, h) => {
    for (let wave = 0; wave < 4; wave += 1) {
      context.beginPath();
      for (let x = 0; x <= w; x += 4) context.lineTo(x, h * (0.35 + wave * 0.15) + Math.sin(x / 12 + wave) * h * 0.05);
      context.stroke();
    }
  },
  (context, w, h) => {
    context.beginPath();
    context.moveTo(w * 0.25, h * 0.9);
    context.lineTo(w * 0.25, h * 0.5);
    context.lineTo(w * 0.5, h * 0.2);
    context.lineTo(w * 0.75, h * 0.5);
    context.lineTo(w * 0.75, h * 0.9);
    context.closePath();
    context.stroke();
    context.fillRect(w * 0.44, h * 0.62, w * 0.12, h * 0.28);
  },
  (context, w, h) => {
    for (let petal = 0; petal < 6; petal += 1) {
      const angle = (petal / 6) * Math.PI * 2;
      context.beginPath();
      context.ellipse(
        w / 2 + Math.cos(angle) * h * 0.15,
        h / 2 + Math.sin(angle) * h * 0.15,
        h * 0.14,
        h * 0.07,
        angle,
        0,
        Math.PI * 2,
      );
      context.fill();
    }
  },
  (context, w, h) => {
    const random = seededRandom(3);
    for (let star = 0; star < 24; star += 1) context.fillRect(random() * w, random() * h, 3, 3);
    context.beginPath();
    context.arc(w * 0.7, h * 0.3, h * 0.12, 0, Math.PI * 2);
    context.fill();
  },
  (context, w, h) => {
    context.beginPath();
    context.moveTo(w * 0.45, h * 0.2);
    context.lineTo(w * 0.1, h);
    context.moveTo(w * 0.55, h * 0.2);
    context.lineTo(w * 0.9, h);
    context.stroke();
    context.beginPath();
    context.arc(w / 2, h * 0.2, h * 0.08, 0, Math.PI * 2);
    context.fill();
  },
];

/**
 * The split-screen projection, Neo-Unity's climax: Elara's grand design turns at the centre of
 * the sky while Jaxon's projection tears the screen into dozens of private dreams. The panels
 * jostle toward the design and are pushed back; seams of light split the sky between them. Under
 * unity the design outshines the panels; under individuality the panels crowd it out; tension
 * makes everything glitch.
 */
export function buildSplitProjection(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  place.gradient(0, 0, width, height, [
    [0, 0x06020f],
    [0.5, 0x12062a],
    [1, 0x030108],
  ]);
  const center = { x: clear.x + clear.width / 2, y: clear.y + clear.height * 0.48 };
  const design = addRosette(place, {
    x: center.x,
    y: center.y,
    radius: Math.min(clear.width * 0.3, clear.height * 0.48),
    seed: 21,
    baseHue: UNITY_HUE,
    rings: [16, 12, 8],
    alpha: 0.85,
    spin: 1.4,
    scatter: 0.5,
  });

  const dreamKeys = DREAMS.map((draw, index) =>
    place.paint(`dream-${index}`, 160, 100, (context, w, h) => {
      context.fillStyle = "rgba(255,255,255,0.16)";
      context.fillRect(0, 0, w, h);
      context.fillStyle = "rgba(255,255,255,0.85)";
      context.strokeStyle = "rgba(255,255,255,0.85)";
      context.lineWidth = 3;
      draw(context, w, h);
      context.globalAlpha = 0.25;
      for (let line = 0; line < h; line += 4) context.fillRect(0, line, w, 1);
      context.globalAlpha = 1;
      context.strokeStyle = "rgba(255,255,255,1)";
      context.lineWidth = 4;
      context.strokeRect(2, 2, w - 4, h - 4);
    }),
  );
  const random = seededRandom(88);
  const panelCount = place.highContrast ? 10 : 18;
  const panels = Array.from({ length: panelCount }, (_, index) => {
    const angle = (index / panelCount) * Math.PI * 2 + between(random, -0.15, 0.15);
    const reach = between(random, 0.8, 1.05);
    const home = {
      x: center.x + Math.cos(angle) * Math.max(clear.width * 0.5, width * 0.4) * reach,
      y: center.y + Math.sin(angle) * clear.height * 0.44 * reach,
    };
    const size = place.css(between(random, 70, 130));
    const image = place
      .image(home.x, home.y, dreamKeys[index % dreamKeys.length] ?? "panel")
      .setDisplaySize(size, size * 0.62)
      .setBlendMode(Phaser.BlendModes.ADD);
    return { image, home, size, angle };
  });
  const seams = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const glitch = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  let shock = 0;

  return {
    update(frame) {
      const { look, time, motion, delta } = frame;
      shock = Math.max(0, shock - delta / 1500);
      design.update(frame);
      // The clash: panels surge toward the design and are pushed back, each on its own rhythm.
      const push = look.divergence;
      panels.forEach((panel, index) => {
        const surge = elementPulse(index, look, time, 0.18);
        const toward = (0.04 + push * 0.36) * surge - shock * 0.3;
        const x = panel.home.x + (center.x - panel.home.x) * toward;
        const y = panel.home.y + (center.y - panel.home.y) * toward;
        const jitter = look.tension * motion * (Math.sin(time * 23 + index * 3) > 0.9 ? place.css(8) : 0);
        panel.image.setPosition(x + jitter, y);
        panel.image.setRotation(elementDrift(index, look, 16) * 0.3);
        panel.image.setTint(elementColor(UNITY_HUE + 40, index, look, 0.85, 0.62));
        panel.image.setAlpha(0.3 + push * 0.55 + surge * 0.15);
        const grow = 0.8 + push * 0.5;
        panel.image.setDisplaySize(panel.size * grow, panel.size * 0.62 * grow);
      });
      // Seams of light splitting the sky between the private screens.
      seams.clear();
      const splits = 3 + Math.round(look.divergence * 6);
      for (let split = 0; split < splits; split += 1) {
        const x = ((split + 0.5) / splits) * width + Math.sin(time * 0.4 + split) * place.css(20);
        const color = elementColor(UNITY_HUE, 200 + split, look, 0.7, 0.7);
        seams.lineStyle(place.css(2), color, 0.25 + 0.35 * look.divergence);
        seams.lineBetween(x, 0, x + elementSeed(split, 17) * place.css(60), height);
      }
      // Glitch bars when the cast is torn.
      glitch.clear();
      if (motion && look.tension + shock > 0.3) {
        for (let bar = 0; bar < 6; bar += 1) {
          if (Math.random() > (look.tension + shock) * 0.5) continue;
          glitch.fillStyle(elementColor(UNITY_HUE, 300 + bar, look, 0.9, 0.6), 0.15);
          glitch.fillRect(0, Math.random() * height, width, place.css(between(Math.random, 2, 10)));
        }
      }
    },
    cue(sfx) {
      if (sfx === "shatter" || sfx === "glitch" || sfx === "static") {
        shock = 1;
        design.burst();
      }
    },
  };
}

export const DREAM_PAINTERS = DREAMS;
export function paintDreamThumbnail(
  context: CanvasRenderingContext2D,
  index: number,
  width: number,
  height: number,
  color: number,
) {
  context.fillStyle = cssColor(color, 0.85);
  context.strokeStyle = cssColor(color, 0.85);
  context.lineWidth = 3;
  DREAMS[index % DREAMS.length]?.(context, width, height);
}
