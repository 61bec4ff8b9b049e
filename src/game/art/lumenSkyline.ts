import { paintGlowing } from "../canvasPaint";
import { cssColor, hslToColor } from "../colorMath";
import type { PlaceContext } from "../place";
import { between, seededRandom } from "./random";

/**
 * Neo-Lumen's towers: organic spires with bulbous crowns like deep-sea bells, ribbed domes and
 * arched bridges, their windows and veins glowing, tendrils of light hanging from the crowns.
 * Each layer is painted twice, once with windows in many hues and once in the city's shared
 * teal, so a scene can cross-fade between a city of individuals and a city dreaming as one
 * without repainting anything.
 */
export interface SkylineLayerOptions {
  seed: number;
  /** Canvas pixels from the top of the layer texture to the ground line at its bottom. */
  height: number;
  width: number;
  /** Body colour of the silhouettes. */
  body: number;
  /** Tallest tower as a share of the layer height. */
  tallest: number;
  /** Towers per 1000 canvas pixels of width. */
  density: number;
  /** Window brightness 0..1: far layers glow faintly. */
  glow: number;
  /** Size of windows and veins in canvas pixels. */
  detail: number;
  /** Number of giant bell-crowned towers in this layer. */
  giants?: number;
  /** Paint a walkway along the ground line. */
  walkway?: boolean;
}

interface Tower {
  x: number;
  width: number;
  height: number;
  kind: "spire" | "dome" | "stem" | "giant";
}

export interface SkylineLayer {
  sharedKey: string;
  manyKey: string;
}

const SHARED_HUE = 182;

function towersFor(options: SkylineLayerOptions): Tower[] {
  const random = seededRandom(options.seed);
  const towers: Tower[] = [];
  const count = Math.max(4, Math.round((options.width / 1000) * options.density));
  for (let index = 0; index < count; index += 1) {
    const x = ((index + between(random, -0.35, 0.35)) / count) * options.width;
    const roll = random();
    const kind: Tower["kind"] = roll < 0.45 ? "spire" : roll < 0.75 ? "stem" : "dome";
    const height = options.height * options.tallest * between(random, 0.3, 0.85) * (kind === "dome" ? 0.4 : 1);
    const width = options.detail * (kind === "dome" ? between(random, 16, 30) : between(random, 6, 12));
    towers.push({ x, width, height, kind });
  }
  for (let giant = 0; giant < (options.giants ?? 0); giant += 1) {
    const x = ((giant + 0.5 + between(random, -0.25, 0.25)) / (options.giants ?? 1)) * options.width;
    towers.push({
      x,
      width: options.detail * between(random, 16, 22),
      height: options.height * options.tallest * between(random, 0.92, 1),
      kind: "giant",
    });
  }
  return towers.sort((a, b) => b.height - a.height);
}

function towerPath(context: CanvasRenderingContext2D, tower: Tower, ground: number) {
  const { x, width, height } = tower;
  const top = ground - height;
  const half = width / 2;
  if (tower.kind === "dome") {
    context.moveTo(x - half, ground);
    context.bezierCurveTo(x - half, top + height * 0.2, x - half * 0.5, top, x, top);
    context.bezierCurveTo(x + half * 0.5, top, x + half, top + height * 0.2, x + half, ground);
    return;
  }
  // Spires, stems and giants taper, swell into a crown like a jellyfish bell, then end in a needle.
  const giant = tower.kind === "giant";
  const neck = half * (tower.kind === "spire" ? 0.4 : giant ? 0.32 : 0.7);
  const crown = half * (tower.kind === "spire" ? 1.5 : giant ? 2.6 : 1.1);
  const crownY = top + height * (giant ? 0.1 : 0.16);
  const bell = height * (giant ? 0.07 : 0.1);
  context.moveTo(x - half, ground);
  context.bezierCurveTo(
    x - half * 0.6,
    ground - height * 0.35,
    x - neck,
    crownY + height * 0.3,
    x - neck,
    crownY + bell * 1.2,
  );
  context.bezierCurveTo(x - crown, crownY + bell, x - crown, crownY - bell * 0.6, x - crown * 0.2, top + height * 0.04);
  context.lineTo(x, top - height * (tower.kind === "stem" ? 0.02 : 0.1));
  context.lineTo(x + crown * 0.2, top + height * 0.04);
  context.bezierCurveTo(x + crown, crownY - bell * 0.6, x + crown, crownY + bell, x + neck, crownY + bell * 1.2);
  context.bezierCurveTo(x + neck, crownY + height * 0.3, x + half * 0.6, ground - height * 0.35, x + half, ground);
}

function crownOf(tower: Tower, ground: number) {
  const giant = tower.kind === "giant";
  const top = ground - tower.height;
  const crownY = top + tower.height * (giant ? 0.1 : 0.16) + tower.height * (giant ? 0.07 : 0.1);
  const half = tower.width / 2;
  return { y: crownY, reach: half * (tower.kind === "spire" ? 1.4 : giant ? 2.4 : 1) };
}

function paintLayer(
  context: CanvasRenderingContext2D,
  options: SkylineLayerOptions,
  towers: Tower[],
  windowColor: (index: number) => number,
) {
  const ground = options.height;
  const random = seededRandom(options.seed * 7 + 3);
  const body = context.createLinearGradient(0, 0, 0, ground);
  body.addColorStop(0, cssColor(options.body, 1));
  body.addColorStop(1, cssColor(0x020208, 1));
  context.fillStyle = body;
  context.beginPath();
  for (const tower of towers) towerPath(context, tower, ground);
  context.fill();
  // Arched bridges between towers of similar height.
  context.strokeStyle = cssColor(options.body, 1);
  context.lineWidth = options.detail * 1.4;
  const byPosition = [...towers].sort((a, b) => a.x - b.x);
  for (let index = 0; index + 1 < byPosition.length; index += 3) {
    const from = byPosition[index];
    const to = byPosition[index + 1];
    if (!from || !to) continue;
    const y = ground - Math.min(from.height, to.height) * between(random, 0.3, 0.55);
    context.beginPath();
    context.moveTo(from.x, y);
    context.quadraticCurveTo((from.x + to.x) / 2, y + options.detail * 12, to.x, y);
    context.stroke();
  }
  if (options.walkway) context.fillRect(0, ground - options.detail * 3, options.width, options.detail * 3);

  // Crowns carry ribs: the bell shape reads even in silhouette.
  context.strokeStyle = cssColor(0x000000, 0.35);
  context.lineWidth = Math.max(1, options.detail * 0.6);
  for (const tower of towers) {
    if (tower.kind === "dome") continue;
    const crown = crownOf(tower, ground);
    for (let rib = -2; rib <= 2; rib += 1) {
      context.beginPath();
      context.moveTo(tower.x, ground - tower.height * 0.96);
      context.quadraticCurveTo(
        tower.x + rib * crown.reach * 0.45,
        crown.y - tower.height * 0.05,
        tower.x + rib * crown.reach * 0.35,
        crown.y,
      );
      context.stroke();
    }
  }

  // Windows, veins and hanging tendrils: the light of the dreamers inside.
  paintGlowing(context, options.width, options.height, options.detail * 2, (light) => {
    towers.forEach((tower, towerIndex) => {
      const color = windowColor(towerIndex);
      light.fillStyle = cssColor(color, 0.9 * options.glow);
      const rows = Math.floor(tower.height / (options.detail * 6));
      for (let row = 2; row < rows * 0.8; row += 1) {
        if (random() < 0.4) continue;
        const y = ground - row * options.detail * 6;
        const columns = tower.kind === "dome" ? 3 : tower.kind === "giant" ? 2 : 1;
        for (let column = 0; column < columns; column += 1) {
          const offset = (column - (columns - 1) / 2) * tower.width * 0.28;
          light.beginPath();
          light.ellipse(tower.x + offset, y, options.detail * 0.8, options.detail * 1.5, 0, 0, Math.PI * 2);
          light.fill();
        }
      }
      light.strokeStyle = cssColor(color, 0.55 * options.glow);
      light.lineWidth = Math.max(1, options.detail * 0.5);
      light.beginPath();
      light.moveTo(tower.x, options.height);
      for (let y = options.height; y > options.height - tower.height * 0.8; y -= options.detail * 4) {
        light.lineTo(tower.x + Math.sin(y / (options.detail * 7) + towerIndex) * tower.width * 0.22, y);
      }
      light.stroke();
      if (tower.kind === "dome") return;
      const crown = crownOf(tower, ground);
      light.beginPath();
      light.arc(tower.x, ground - tower.height * 1.08, options.detail * 1.3, 0, Math.PI * 2);
      light.fill();
      // Tendrils hang from the rim of the bell, each ending in a bead of light.
      const tendrils = tower.kind === "giant" ? 7 : 3;
      for (let tendril = 0; tendril < tendrils; tendril += 1) {
        const t = tendril / (tendrils - 1) - 0.5;
        const x = tower.x + t * crown.reach * 2;
        const length = tower.height * between(random, 0.05, tower.kind === "giant" ? 0.22 : 0.1);
        light.strokeStyle = cssColor(color, 0.45 * options.glow);
        light.beginPath();
        light.moveTo(x, crown.y);
        light.quadraticCurveTo(x + options.detail * 3, crown.y + length / 2, x, crown.y + length);
        light.stroke();
        light.beginPath();
        light.arc(x, crown.y + length, options.detail * 0.9, 0, Math.PI * 2);
        light.fill();
      }
    });
  });
}

export function paintLumenSkyline(place: PlaceContext, name: string, options: SkylineLayerOptions): SkylineLayer {
  const towers = towersFor(options);
  const hueRandom = seededRandom(options.seed * 13 + 5);
  const hues = towers.map(() => hueRandom() * 360);
  const sharedKey = place.paint(`${name}-shared`, options.width, options.height, (context) =>
    paintLayer(context, options, towers, (index) => hslToColor(SHARED_HUE + ((index * 7) % 30) - 15, 0.85, 0.64)),
  );
  const manyKey = place.paint(`${name}-many`, options.width, options.height, (context) =>
    paintLayer(context, options, towers, (index) => hslToColor(hues[index] ?? 0, 0.9, 0.64)),
  );
  return { sharedKey, manyKey };
}

/**
 * Adds a painted skyline layer as two stacked images, optionally mirrored in water below the
 * ground line, and returns a function that cross-fades them by the cast's divergence.
 */
export function addLumenSkyline(
  place: PlaceContext,
  name: string,
  options: SkylineLayerOptions,
  groundY: number,
  reflection = 0,
): (divergence: number) => void {
  const layer = paintLumenSkyline(place, name, options);
  const images = [layer.sharedKey, layer.manyKey].map((key) => {
    const image = place.image(0, groundY, key).setOrigin(0, 1);
    const mirror =
      reflection > 0
        ? place
            .image(0, groundY, key)
            .setOrigin(0, 1)
            .setFlipY(true)
            .setScale(1, 0.55)
            .setY(groundY + options.height * 0.55)
        : null;
    return { image, mirror };
  });
  return (divergence) => {
    const [shared, many] = images;
    shared?.image.setAlpha(1 - divergence * 0.7);
    many?.image.setAlpha(divergence);
    shared?.mirror?.setAlpha((1 - divergence * 0.7) * reflection);
    many?.mirror?.setAlpha(divergence * reflection);
  };
}
