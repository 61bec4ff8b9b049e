import * as Phaser from "phaser";
import { cssColor } from "../colorMath";
import type { PlaceContext, StageFrame } from "../place";
import { elementColor, elementPulse } from "../stanceLook";

/**
 * A Collective Dream Transceiver: a lattice mast with stacked halo rings that pulse upward and a
 * beacon at the top. Its rings beat together when the cast leans to unity and each to its own
 * rhythm and colour when the cast leans to the self; tension makes the beacon stutter.
 */
export interface Transceiver {
  update(frame: StageFrame): void;
  /** A surge: every ring flares at once. */
  surge(): void;
  top: { x: number; y: number };
}

export function addTransceiver(
  place: PlaceContext,
  x: number,
  groundY: number,
  height: number,
  options: { index: number; baseHue?: number; rings?: number; width?: number },
): Transceiver {
  const width = options.width ?? height * 0.12;
  const key = place.paint(`transceiver-mast-${options.index}`, width + 8, height + 8, (context) => {
    const mid = (width + 8) / 2;
    const body = context.createLinearGradient(0, 0, width, 0);
    body.addColorStop(0, "#0a0f24");
    body.addColorStop(0.5, "#1c2a4a");
    body.addColorStop(1, "#070a18");
    context.fillStyle = body;
    context.beginPath();
    context.moveTo(mid - width / 2, height + 4);
    context.lineTo(mid - width * 0.08, 8);
    context.lineTo(mid + width * 0.08, 8);
    context.lineTo(mid + width / 2, height + 4);
    context.closePath();
    context.fill();
    context.strokeStyle = cssColor(0x6ff0ff, 0.5);
    context.shadowColor = cssColor(0x6ff0ff, 1);
    context.shadowBlur = 6;
    context.lineWidth = Math.max(1, width * 0.03);
    context.beginPath();
    // Cross-bracing, narrowing with the mast.
    for (let step = 0; step < 14; step += 1) {
      const t0 = step / 14;
      const t1 = (step + 1) / 14;
      const y0 = height + 4 - t0 * (height - 4);
      const y1 = height + 4 - t1 * (height - 4);
      const half0 = (width / 2) * (1 - t0 * 0.84);
      const half1 = (width / 2) * (1 - t1 * 0.84);
      context.moveTo(mid - half0, y0);
      context.lineTo(mid + half1, y1);
      context.moveTo(mid + half0, y0);
      context.lineTo(mid - half1, y1);
    }
    context.stroke();
    context.fillStyle = cssColor(0xcffcff, 0.9);
    context.fillRect(mid - 1, 0, 2, height);
  });
  place.image(x, groundY, key).setOrigin(0.5, 1);

  const baseHue = options.baseHue ?? 182;
  const ringCount = options.rings ?? 5;
  const rings: Phaser.GameObjects.Image[] = [];
  for (let ring = 0; ring < ringCount; ring += 1) {
    const t = 0.28 + (ring / ringCount) * 0.62;
    const ringWidth = width * (2.6 - t * 1.7);
    const image = place.image(x, groundY - height * t, "ring").setBlendMode(Phaser.BlendModes.ADD);
    image.setDisplaySize(ringWidth, ringWidth * 0.26);
    rings.push(image);
  }
  const top = { x, y: groundY - height - width * 0.2 };
  const halo = place.glow(top.x, top.y, width * 2.2, 0x6ff0ff, 0.5);
  const beacon = place.glow(top.x, top.y, width * 0.6, 0xffffff, 1);
  const beam = place.image(top.x, top.y, "streak").setOrigin(0.5, 1).setBlendMode(Phaser.BlendModes.ADD);
  beam.setDisplaySize(width * 0.5, height * 0.9).setAlpha(0.35);
  let surgeLevel = 0;

  return {
    top,
    surge() {
      surgeLevel = 1;
    },
    update(frame) {
      const { look, time } = frame;
      surgeLevel = Math.max(0, surgeLevel - frame.delta / 1400);
      rings.forEach((ring, ringIndex) => {
        const element = options.index * 11 + ringIndex;
        // Under sync the pulse climbs the mast ring by ring; otherwise each ring keeps its own beat.
        const climb = ringIndex * 0.55 * look.sync;
        const pulse = elementPulse(element, look, time - climb * 0.3, 0.55);
        ring.setTint(elementColor(baseHue, element, look, 0.85, 0.62));
        ring.setAlpha(Math.min(1, 0.25 + pulse * 0.6 + surgeLevel));
      });
      const stutter = look.tension * frame.motion > 0.35 && Math.sin(time * 23 + options.index) > 0.7 ? 0.4 : 1;
      const beat = elementPulse(options.index * 11 + 99, look, time, 0.35);
      const color = elementColor(baseHue, options.index * 11 + 99, look, 0.8, 0.66);
      halo.setTint(color).setAlpha((0.35 + beat * 0.3 + surgeLevel * 0.5) * stutter);
      beacon.setAlpha((0.7 + beat * 0.3) * stutter);
      beam.setTint(color).setAlpha(0.18 + beat * 0.18 + surgeLevel * 0.6);
    },
  };
}
