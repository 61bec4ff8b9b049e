import * as Phaser from "phaser";
import type { PlaceContext, StageFrame } from "../place";
import { elementColor, elementDrift, elementPulse, elementSeed } from "../stanceLook";
import { between, seededRandom } from "./random";

/**
 * A kaleidoscope rosette: painted wedges repeated round a centre, every other one mirrored, in
 * several rings turning at their own speeds. Under unity the wedges lock into one perfect
 * figure in one hue; as the cast leans to the self each wedge drifts out of place, turns on its
 * own and takes its own colour, and the figure breaks into a mosaic of private pieces.
 */
export interface Rosette {
  update(frame: StageFrame): void;
  /** Scatter the wedges for a moment (a shatter cue). */
  burst(): void;
  container: Phaser.GameObjects.Container;
}

export interface RosetteOptions {
  x: number;
  y: number;
  radius: number;
  seed: number;
  baseHue: number;
  /** Wedges per ring, from the outside in. */
  rings?: number[];
  /** Turns per minute of the outer ring. */
  spin?: number;
  alpha?: number;
  /** How far wedges fly apart under individuality, as a share of the radius. */
  scatter?: number;
}

interface Wedge {
  image: Phaser.GameObjects.Image;
  ring: number;
  angle: number;
  element: number;
}

/**
 * One wedge of the kaleidoscope, symmetric about its own centre line so that, repeated and
 * mirrored, the wedges join into one seamless figure. White, so each wedge can take any tint.
 */
function paintWedge(context: CanvasRenderingContext2D, width: number, height: number, seed: number) {
  const random = seededRandom(seed);
  const apexX = width / 2;
  const apexY = height;
  const halfAngle = Math.atan2(width / 2, height);
  context.save();
  context.beginPath();
  context.moveTo(apexX, apexY);
  context.lineTo(apexX - Math.sin(halfAngle) * height * 1.1, apexY - Math.cos(halfAngle) * height * 1.1);
  context.lineTo(apexX + Math.sin(halfAngle) * height * 1.1, apexY - Math.cos(halfAngle) * height * 1.1);
  context.closePath();
  context.clip();
  // Faint glass, brighter toward the rim.
  const glass = context.createRadialGradient(apexX, apexY, 0, apexX, apexY, height);
  glass.addColorStop(0, "rgba(255,255,255,0.02)");
  glass.addColorStop(0.85, "rgba(255,255,255,0.1)");
  glass.addColorStop(0.97, "rgba(255,255,255,0.35)");
  glass.addColorStop(1, "rgba(255,255,255,0)");
  context.fillStyle = glass;
  context.fillRect(0, 0, width, height);
  context.lineWidth = Math.max(1.5, height * 0.012);
  // Concentric arcs at a few radii: they join into rings across the wedges.
  for (let ring = 0; ring < 3; ring += 1) {
    const radius = height * between(random, 0.25, 0.95);
    context.strokeStyle = `rgba(255,255,255,${between(random, 0.35, 0.8)})`;
    context.beginPath();
    context.arc(apexX, apexY, radius, -Math.PI / 2 - halfAngle * 1.2, -Math.PI / 2 + halfAngle * 1.2);
    context.stroke();
  }
  // Motifs on the centre line and mirrored pairs off it.
  for (let motif = 0; motif < 6; motif += 1) {
    const t = between(random, 0.15, 0.88);
    const y = apexY - height * t;
    const span = Math.tan(halfAngle) * height * t;
    const size = span * between(random, 0.25, 0.6);
    const kind = Math.floor(random() * 4);
    const alpha = between(random, 0.45, 1);
    context.fillStyle = `rgba(255,255,255,${alpha * 0.55})`;
    context.strokeStyle = `rgba(255,255,255,${alpha})`;
    const offsets = kind === 1 ? [-span * 0.55, span * 0.55] : [0];
    for (const offset of offsets) {
      context.beginPath();
      if (kind === 0) {
        context.moveTo(apexX, y - size);
        context.quadraticCurveTo(apexX + size * 0.8, y, apexX, y + size);
        context.quadraticCurveTo(apexX - size * 0.8, y, apexX, y - size);
      } else if (kind === 1) {
        context.arc(apexX + offset, y, size * 0.45, 0, Math.PI * 2);
      } else if (kind === 2) {
        context.moveTo(apexX, y - size * 0.8);
        context.lineTo(apexX + size * 0.6, y);
        context.lineTo(apexX, y + size * 0.8);
        context.lineTo(apexX - size * 0.6, y);
        context.closePath();
      } else {
        context.ellipse(apexX, y, size * 0.9, size * 0.35, 0, 0, Math.PI * 2);
      }
      context.fill();
      context.stroke();
    }
  }
  // Spokes from the centre along the mirror line.
  context.strokeStyle = "rgba(255,255,255,0.6)";
  context.beginPath();
  context.moveTo(apexX, apexY);
  context.lineTo(apexX, apexY - height * 0.96);
  context.stroke();
  context.restore();
}

export function addRosette(place: PlaceContext, options: RosetteOptions): Rosette {
  const container = place.add(place.scene.add.container(options.x, options.y));
  const rings = options.rings ?? [12, 8, 6];
  const wedges: Wedge[] = [];
  rings.forEach((count, ring) => {
    const radius = options.radius * (1 - ring * (0.8 / rings.length));
    const wedgeWidth = 2 * radius * Math.sin(Math.PI / count) * 1.04;
    const key = place.paint(`wedge-${ring}`, Math.max(8, wedgeWidth), Math.max(8, radius), (context, width, height) =>
      paintWedge(context, width, height, options.seed * 31 + ring),
    );
    for (let index = 0; index < count; index += 1) {
      const angle = (index / count) * Math.PI * 2;
      const image = place.scene.add.image(0, 0, key).setOrigin(0.5, 1).setBlendMode(Phaser.BlendModes.ADD);
      image.setFlipX(index % 2 === 1);
      container.add(image);
      wedges.push({ image, ring, angle, element: ring * 37 + index });
    }
  });
  const core = place.scene.add
    .image(0, 0, "glow")
    .setBlendMode(Phaser.BlendModes.ADD)
    .setScale((options.radius * 0.5) / 64);
  container.add(core);
  let burst = 0;
  const scatter = options.scatter ?? 0.35;
  return {
    container,
    burst() {
      burst = 1;
    },
    update(frame) {
      const { look, time } = frame;
      burst = Math.max(0, burst - frame.delta / 1800);
      const spin = ((options.spin ?? 1.2) / 60) * Math.PI * 2;
      wedges.forEach((wedge) => {
        const direction = wedge.ring % 2 === 0 ? 1 : -1;
        const ringTurn = time * spin * direction * (1 + wedge.ring * 0.3);
        // Each wedge's own turn and distance grow with the cast's divergence.
        // Each wedge's own turn and distance grow with the square of the divergence: a balanced
        // cast keeps the figure whole, only a real lean toward the self breaks it.
        const breakage = look.divergence * look.divergence;
        const drift = elementDrift(wedge.element, look, 7) * look.divergence;
        const ownTurn = drift * 0.45 + Math.sin(time * (0.3 + Math.abs(drift))) * 0.2 * breakage * frame.motion;
        const angle = wedge.angle + ringTurn + ownTurn;
        const out = options.radius * (Math.abs(elementSeed(wedge.element, 8)) * scatter * breakage + burst * 0.25);
        wedge.image.setRotation(angle);
        wedge.image.setPosition(Math.sin(angle) * out, -Math.cos(angle) * out);
        const pulse = elementPulse(wedge.element, look, time, 0.25);
        wedge.image.setTint(
          elementColor(options.baseHue + wedge.ring * 24 * look.divergence, wedge.element, look, 0.8, 0.6),
        );
        wedge.image.setAlpha((options.alpha ?? 0.8) * (0.55 + pulse * 0.45));
      });
      core.setTint(elementColor(options.baseHue, 999, look, 0.6, 0.75));
      core.setAlpha(0.4 + 0.3 * elementPulse(999, look, time, 0.2));
    },
  };
}
