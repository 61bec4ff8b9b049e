import * as Phaser from "phaser";
import { addDreamerCrowd } from "../../art/dreamerCrowd";
import { between, seededRandom } from "../../art/random";
import { softDisc } from "../../canvasPaint";
import { cssColor, hslToColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementPulse } from "../../stanceLook";

type Motif = (context: CanvasRenderingContext2D, width: number, height: number, hue: (index: number) => number) => void;

/**
 * Maris's gallery: a dark wall of framed canvases under spotlights, visitors before them. Each
 * canvas is painted twice: in its own raw colours, and "perfected" into the festival's teal. As
 * the cast leans to unity the perfected versions take over: the art itself is being smoothed out.
 */
export function buildGallery(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const stage = layout.stage;
  const floorY = layout.horizon;
  place.gradient(0, 0, width, floorY, [
    [0, 0x0a0614],
    [0.7, 0x191028],
    [1, 0x120b1e],
  ]);
  place.gradient(0, floorY, width, height - floorY, [
    [0, 0x1a1226],
    [0.25, 0x0b0812],
    [1, 0x040307],
  ]);
  const trim = place.add(place.scene.add.graphics());
  trim.lineStyle(place.css(2), 0xd8b27a, 0.35);
  trim.lineBetween(0, floorY, width, floorY);
  trim.lineStyle(place.css(1), 0xd8b27a, 0.18);
  trim.lineBetween(0, stage.y + stage.height * 0.08, width, stage.y + stage.height * 0.08);

  const motifs: Motif[] = [brokenCircle, colourFields, strokeFace, dotSpiral, fracturedGrid];
  const clear = layout.clear;
  const count = layout.compact ? 3 : Math.max(3, Math.min(5, Math.round(clear.width / place.css(170))));
  const gap = clear.width / count;
  const paintings = Array.from({ length: count }, (_, index) => {
    const motif = motifs[(index + (layout.compact ? 0 : 0)) % motifs.length] ?? brokenCircle;
    const tall = index % 2 === 0;
    const paintingHeight = clear.height * (tall ? 0.5 : 0.38);
    const paintingWidth = Math.min(gap * 0.72, paintingHeight * (tall ? 0.8 : 1.25));
    const x = clear.x + gap * (index + 0.5);
    const y = clear.y + clear.height * 0.48;
    const random = seededRandom(90 + index);
    const hues = Array.from({ length: 8 }, () => random() * 360);
    const rawKey = place.paint(`painting-${index}-raw`, paintingWidth, paintingHeight, (context, w, h) =>
      motif(context, w, h, (i) => hues[i % hues.length] ?? 0),
    );
    const perfectKey = place.paint(`painting-${index}-perfect`, paintingWidth, paintingHeight, (context, w, h) =>
      motif(context, w, h, (i) => 176 + ((i * 9) % 24) - 12),
    );
    // The spotlight cone from the ceiling.
    const cone = place.paint(`cone-${index}`, 128, 256, (context, w, h) => {
      const fill = context.createLinearGradient(0, 0, 0, h);
      fill.addColorStop(0, "rgba(255,240,214,0.55)");
      fill.addColorStop(1, "rgba(255,240,214,0)");
      context.fillStyle = fill;
      context.beginPath();
      context.moveTo(w * 0.45, 0);
      context.lineTo(w * 0.55, 0);
      context.lineTo(w, h);
      context.lineTo(0, h);
      context.closePath();
      context.fill();
    });
    const spot = place
      .image(x, 0, cone)
      .setOrigin(0.5, 0)
      .setDisplaySize(paintingWidth * 1.8, y + paintingHeight * 0.7)
      .setBlendMode(Phaser.BlendModes.ADD);
    const frame = place.add(place.scene.add.graphics());
    frame.fillStyle(0x050306, 0.9);
    frame.fillRect(
      x - paintingWidth / 2 - place.css(8),
      y - paintingHeight / 2 - place.css(8),
      paintingWidth + place.css(16),
      paintingHeight + place.css(16),
    );
    frame.lineStyle(place.css(2), 0xd8b27a, 0.8);
    frame.strokeRect(
      x - paintingWidth / 2 - place.css(6),
      y - paintingHeight / 2 - place.css(6),
      paintingWidth + place.css(12),
      paintingHeight + place.css(12),
    );
    const raw = place.image(x, y, rawKey);
    const perfect = place.image(x, y, perfectKey).setAlpha(0);
    const reflections = [rawKey, perfectKey].map((key) =>
      place
        .image(x, floorY + (floorY - y) * 0.35, key)
        .setFlipY(true)
        .setScale(1, 0.45)
        .setAlpha(0.12),
    );
    return { raw, perfect, spot, reflections, index };
  });

  const visitors = addDreamerCrowd(place, {
    seed: 61,
    left: width * 0.05,
    right: width * 0.95,
    backY: floorY + place.css(50),
    frontY: floorY + place.css(110),
    count: layout.compact ? 5 : 11,
    size: place.css(110),
    baseHue: 176,
    body: 0x050308,
    raised: 0,
  });

  place.particles(0, 0, "dot", {
    x: { min: 0, max: width },
    y: { min: 0, max: floorY },
    lifespan: { min: 5000, max: 9000 },
    speedY: { min: place.css(2), max: place.css(8) },
    speedX: { min: -place.css(3), max: place.css(3) },
    scale: { start: place.css(0.22), end: 0 },
    alpha: { start: 0.7, end: 0 },
    tint: 0xffe8c8,
    blendMode: Phaser.BlendModes.ADD,
    frequency: 260,
    maxAliveParticles: 36,
    advance: 8000,
  });

  return {
    update(frame) {
      const { look, time, motion } = frame;
      // Perfection creeps in only past the middle of the axis: a balanced cast keeps its art.
      const perfected = Math.max(0, Math.min(1, (look.convergence - 0.45) * 2));
      for (const painting of paintings) {
        painting.perfect.setAlpha(perfected);
        painting.raw.setAlpha(1 - perfected * 0.85);
        painting.reflections[0]?.setAlpha(0.12 * (1 - perfected));
        painting.reflections[1]?.setAlpha(0.12 * perfected);
        const flicker = look.tension * motion > 0.45 && Math.sin(time * 13 + painting.index * 5) > 0.9 ? 0.5 : 1;
        painting.spot.setAlpha((0.45 + 0.1 * elementPulse(painting.index, look, time, 0.1)) * flicker);
        painting.spot.setTint(elementColor(40, painting.index, look, 0.35, 0.85));
      }
      visitors.update(frame);
    },
  };
}

function brokenCircle(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  hue: (index: number) => number,
) {
  context.fillStyle = cssColor(hslToColor(hue(0), 0.35, 0.12), 1);
  context.fillRect(0, 0, width, height);
  const radius = Math.min(width, height) * 0.32;
  context.strokeStyle = cssColor(hslToColor(hue(1), 0.7, 0.7), 1);
  context.lineWidth = radius * 0.1;
  context.beginPath();
  context.arc(width / 2, height / 2, radius, 0.2, Math.PI * 1.55);
  context.stroke();
  context.fillStyle = cssColor(hslToColor(hue(2), 0.9, 0.55), 1);
  context.beginPath();
  for (let step = 0; step <= 20; step += 1) {
    const t = step / 20;
    context.lineTo(width * (0.1 + t * 0.85), height * (0.85 - t * 0.75) - Math.sin(t * Math.PI) * radius * 0.18);
  }
  for (let step = 20; step >= 0; step -= 1) {
    const t = step / 20;
    context.lineTo(width * (0.1 + t * 0.85), height * (0.85 - t * 0.75) + Math.sin(t * Math.PI) * radius * 0.22);
  }
  context.fill();
}

function colourFields(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  hue: (index: number) => number,
) {
  context.fillStyle = cssColor(hslToColor(hue(0), 0.5, 0.18), 1);
  context.fillRect(0, 0, width, height);
  const bands = [0.08, 0.4, 0.68];
  bands.forEach((top, index) => {
    context.fillStyle = cssColor(hslToColor(hue(index + 1), 0.75, 0.45 + index * 0.08), 0.92);
    context.filter = `blur(${Math.max(1, width * 0.01)}px)`;
    context.fillRect(width * 0.1, height * top, width * 0.8, height * 0.24);
  });
  context.filter = "none";
}

function strokeFace(context: CanvasRenderingContext2D, width: number, height: number, hue: (index: number) => number) {
  context.fillStyle = cssColor(hslToColor(hue(0), 0.3, 0.1), 1);
  context.fillRect(0, 0, width, height);
  const random = seededRandom(5);
  context.lineCap = "round";
  for (let stroke = 0; stroke < 26; stroke += 1) {
    const angle = between(random, 0, Math.PI * 2);
    const distance = between(random, 0, 0.3);
    const x = width * (0.5 + Math.cos(angle) * distance * 0.8);
    const y = height * (0.45 + Math.sin(angle) * distance);
    context.strokeStyle = cssColor(hslToColor(hue(stroke % 4), 0.8, between(random, 0.4, 0.7)), 0.85);
    context.lineWidth = width * between(random, 0.02, 0.06);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + between(random, -1, 1) * width * 0.15, y + between(random, -1, 1) * height * 0.12);
    context.stroke();
  }
  context.fillStyle = cssColor(0x000000, 0.6);
  context.beginPath();
  context.ellipse(width * 0.42, height * 0.42, width * 0.04, height * 0.025, 0, 0, Math.PI * 2);
  context.ellipse(width * 0.58, height * 0.42, width * 0.04, height * 0.025, 0, 0, Math.PI * 2);
  context.fill();
}

function dotSpiral(context: CanvasRenderingContext2D, width: number, height: number, hue: (index: number) => number) {
  context.fillStyle = cssColor(hslToColor(hue(0), 0.4, 0.08), 1);
  context.fillRect(0, 0, width, height);
  for (let dot = 0; dot < 160; dot += 1) {
    const angle = dot * 0.4;
    const radius = Math.sqrt(dot) * Math.min(width, height) * 0.035;
    softDisc(
      context,
      width / 2 + Math.cos(angle) * radius,
      height / 2 + Math.sin(angle) * radius,
      Math.min(width, height) * (0.012 + dot * 0.0002),
      cssColor(hslToColor(hue(dot % 5), 0.85, 0.62), 1),
      0.5,
    );
  }
}

function fracturedGrid(
  context: CanvasRenderingContext2D,
  width: number,
  height: number,
  hue: (index: number) => number,
) {
  context.fillStyle = "#0b0a12";
  context.fillRect(0, 0, width, height);
  const random = seededRandom(8);
  const cell = Math.min(width, height) / 6;
  for (let y = 0; y < height; y += cell) {
    for (let x = 0; x < width; x += cell) {
      const shift = random() < 0.2 ? cell * 0.3 : 0;
      context.fillStyle = cssColor(hslToColor(hue(Math.floor(random() * 6)), 0.7, between(random, 0.3, 0.6)), 0.95);
      context.fillRect(x + 2 + shift, y + 2 - shift, cell - 4, cell - 4);
    }
  }
}
