import * as Phaser from "phaser";
import { addRosette } from "../../art/kaleidoscope";
import { strokeGrid } from "../../canvasPaint";
import { cssColor, hslToColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementPulse } from "../../stanceLook";
import { UNITY_HUE } from "./skyline";

/**
 * Elara's studio: a blueprint room where a dreamscape is being designed. A compass draws the
 * construction of a grand rosette on the drafting grid while the rosette itself turns above it;
 * hanging prisms split the lamp light into spectra across the room.
 */
export function buildArchitectStudio(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  place.gradient(0, 0, width, height, [
    [0, 0x060a22],
    [0.6, 0x0c1640],
    [1, 0x04060f],
  ]);
  const gridKey = place.paint("grid", width, height, (context, w, h) => {
    const cell = place.css(24);
    context.strokeStyle = cssColor(0x6fa8ff, 0.08);
    context.lineWidth = 1;
    strokeGrid(context, w, h, cell);
    context.strokeStyle = cssColor(0x6fa8ff, 0.16);
    strokeGrid(context, w, h, cell * 5, { rows: false });
  });
  place.image(0, 0, gridKey).setOrigin(0, 0);

  const center = { x: clear.x + clear.width * 0.5, y: clear.y + clear.height * 0.5 };
  const radius = Math.min(clear.width * 0.32, clear.height * 0.46);
  const construction = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const rosette = addRosette(place, {
    x: center.x,
    y: center.y,
    radius,
    seed: 8,
    baseHue: UNITY_HUE,
    rings: [12, 12, 6],
    alpha: 0.6,
    spin: 0.8,
    scatter: 0.25,
  });
  const compassTip = place.glow(center.x, center.y, place.css(14), 0xfff2c0, 0.9);

  // Prisms on threads, each throwing a spectrum across the room.
  const spectrumKey = place.paint("spectrum", 256, 32, (context, w, h) => {
    for (let x = 0; x < w; x += 1) {
      const t = x / w;
      context.fillStyle = cssColor(hslToColor(t * 300, 0.9, 0.6), Math.sin(t * Math.PI) * 0.8);
      context.fillRect(x, 0, 1, h);
    }
  });
  const prisms = [0.12, 0.88].map((share, index) => {
    const x = share * width;
    const y = layout.compact ? clear.y + place.css(30) : clear.y + clear.height * 0.22 + index * place.css(40);
    const thread = place.add(place.scene.add.graphics());
    thread.lineStyle(place.css(1), 0xaab8ff, 0.4);
    thread.lineBetween(x, 0, x, y);
    const spectrum = place
      .image(x, y, spectrumKey)
      .setOrigin(0, 0.5)
      .setDisplaySize(Math.hypot(width, height) * 0.5, place.css(26))
      .setBlendMode(Phaser.BlendModes.ADD)
      .setRotation(index === 0 ? 0.5 : Math.PI - 0.5)
      .setAlpha(0.3);
    const prism = place
      .image(x, y, "shard")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(place.css(34), place.css(34));
    return { prism, spectrum, base: spectrum.rotation };
  });

  // The drafting table and its lamp at the foot of the design.
  const tableY = clear.y + clear.height + place.css(10);
  const table = place.add(place.scene.add.graphics());
  table.fillStyle(0x0a1030, 1);
  table.fillPoints(
    [
      new Phaser.Math.Vector2(center.x - radius * 1.6, tableY + place.css(40)),
      new Phaser.Math.Vector2(center.x + radius * 1.6, tableY + place.css(40)),
      new Phaser.Math.Vector2(center.x + radius * 1.3, tableY),
      new Phaser.Math.Vector2(center.x - radius * 1.3, tableY),
    ],
    true,
  );
  table.lineStyle(place.css(2), 0x8fb0ff, 0.5);
  table.lineBetween(center.x - radius * 1.3, tableY, center.x + radius * 1.3, tableY);
  const lamp = place.glow(center.x + radius * 1.25, tableY - place.css(30), place.css(60), 0xffe0a0, 0.5);

  return {
    update(frame) {
      const { look, time } = frame;
      rosette.update(frame);
      // The construction: circles and spokes drawn by the compass, over and over, like a design revised.
      const progress = (time * 0.06) % 1;
      construction.clear();
      const lineColor = elementColor(UNITY_HUE + 60, 70, look, 0.5, 0.75);
      construction.lineStyle(place.css(1.2), lineColor, 0.6);
      const spokes = 12;
      for (let spoke = 0; spoke < spokes; spoke += 1) {
        const share = Math.min(1, Math.max(0, progress * spokes - spoke));
        if (share <= 0) break;
        const angle = (spoke / spokes) * Math.PI * 2;
        construction.lineBetween(
          center.x,
          center.y,
          center.x + Math.cos(angle) * radius * 1.15 * share,
          center.y + Math.sin(angle) * radius * 1.15 * share,
        );
      }
      for (let ring = 1; ring <= 3; ring += 1) {
        construction.beginPath();
        construction.arc(
          center.x,
          center.y,
          radius * (0.38 * ring),
          0,
          Math.PI * 2 * Math.min(1, progress * 1.6),
          false,
        );
        construction.strokePath();
      }
      const tipAngle = progress * Math.PI * 2 * 1.6;
      compassTip.setPosition(
        center.x + Math.cos(tipAngle) * radius * 1.14,
        center.y + Math.sin(tipAngle) * radius * 1.14,
      );
      construction.lineStyle(place.css(2), 0xfff2c0, 0.7);
      construction.lineBetween(center.x, center.y - radius * 0.05, compassTip.x, compassTip.y);
      prisms.forEach(({ prism, spectrum, base }, index) => {
        const sway = Math.sin(time * 0.5 + index * 2) * 0.08 * (0.3 + frame.motion * 0.7);
        prism.setRotation(sway * 3).setTint(elementColor(UNITY_HUE, 80 + index, look, 0.5, 0.8));
        spectrum.setRotation(base + sway).setAlpha(0.22 + 0.12 * elementPulse(80 + index, look, time, 0.2));
      });
      lamp.setAlpha(0.45 + 0.05 * Math.sin(time * 2));
    },
    cue(sfx) {
      if (sfx === "shatter") rosette.burst();
    },
  };
}
