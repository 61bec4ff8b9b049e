import { paintGlowing } from "../canvasPaint";
import { cssColor, hslToColor } from "../colorMath";
import type { PlaceContext } from "../place";
import { between, seededRandom } from "./random";

/**
 * Neo-Unity's towers: crystal prisms and obelisks with faceted crowns and mosaic windows, their
 * edges catching a spectrum. Painted twice like Neo-Lumen's skyline: once in the DreamSync violet
 * the city shares, once in every colour, so the city can converge or scatter by cross-fade.
 */
export interface PrismLayerOptions {
  seed: number;
  width: number;
  height: number;
  body: number;
  tallest: number;
  density: number;
  glow: number;
  detail: number;
}

interface Prism {
  x: number;
  width: number;
  height: number;
  facets: number;
  lean: number;
}

export const SHARED_PRISM_HUE = 282;

function prismsFor(options: PrismLayerOptions): Prism[] {
  const random = seededRandom(options.seed);
  const count = Math.max(4, Math.round((options.width / 1000) * options.density));
  const prisms: Prism[] = [];
  for (let index = 0; index < count; index += 1) {
    prisms.push({
      x: ((index + between(random, -0.3, 0.3)) / count) * options.width,
      width: options.detail * between(random, 14, 34),
      height: options.height * options.tallest * between(random, 0.3, 1),
      facets: random() < 0.5 ? 2 : 3,
      lean: between(random, -0.08, 0.08),
    });
  }
  return prisms.sort((a, b) => b.height - a.height);
}

function paintLayer(
  context: CanvasRenderingContext2D,
  options: PrismLayerOptions,
  prisms: Prism[],
  hueOf: (index: number) => number,
) {
  const ground = options.height;
  const random = seededRandom(options.seed * 5 + 1);
  prisms.forEach((prism, index) => {
    const half = prism.width / 2;
    const top = ground - prism.height;
    const apex = top - prism.width * 0.9;
    const apexX = prism.x + prism.lean * prism.height;
    const hue = hueOf(index);
    // Left face dark, right face lit: the prism reads as a solid catching light from the right.
    const faces: Array<[number, number, number]> = [
      [-half, 0, 0.1],
      [0, half, 0.2],
    ];
    for (const [from, to, light] of faces) {
      const gradient = context.createLinearGradient(0, apex, 0, ground);
      gradient.addColorStop(0, cssColor(hslToColor(hue, 0.5, light + 0.12), 1));
      gradient.addColorStop(1, cssColor(options.body, 1));
      context.fillStyle = gradient;
      context.beginPath();
      context.moveTo(prism.x + from, ground);
      context.lineTo(prism.x + from + (apexX - prism.x) * 0.2, top);
      context.lineTo(apexX, apex);
      context.lineTo(prism.x + to + (apexX - prism.x) * 0.2, top);
      context.lineTo(prism.x + to, ground);
      context.closePath();
      context.fill();
    }
  });
  paintGlowing(context, options.width, options.height, options.detail * 2, (light) => {
    prisms.forEach((prism, index) => {
      const hue = hueOf(index);
      const half = prism.width / 2;
      const top = ground - prism.height;
      const apex = top - prism.width * 0.9;
      const apexX = prism.x + prism.lean * prism.height;
      // Spectral edges: the ridge and the crown glow.
      light.lineWidth = Math.max(1, options.detail * 0.6);
      light.strokeStyle = cssColor(hslToColor(hue + 40, 0.9, 0.7), 0.85 * options.glow);
      light.beginPath();
      light.moveTo(prism.x, ground);
      light.lineTo(prism.x + (apexX - prism.x) * 0.2, top);
      light.lineTo(apexX, apex);
      light.stroke();
      light.strokeStyle = cssColor(hslToColor(hue - 40, 0.9, 0.7), 0.6 * options.glow);
      light.beginPath();
      light.moveTo(prism.x - half + (apexX - prism.x) * 0.2, top);
      light.lineTo(apexX, apex);
      light.lineTo(prism.x + half + (apexX - prism.x) * 0.2, top);
      light.stroke();
      // Mosaic windows: a grid of small squares, some lit.
      const cell = options.detail * 4;
      for (let y = ground - cell * 2; y > top + cell; y -= cell * 1.6) {
        for (let x = prism.x - half + cell; x < prism.x + half - cell * 0.5; x += cell * 1.5) {
          if (random() < 0.55) continue;
          light.fillStyle = cssColor(
            hslToColor(hue + between(random, -25, 25), 0.85, 0.65),
            between(random, 0.4, 0.95) * options.glow,
          );
          light.fillRect(x, y, cell * 0.9, cell * 0.9);
        }
      }
    });
  });
}

export function addPrismSkyline(
  place: PlaceContext,
  name: string,
  options: PrismLayerOptions,
  groundY: number,
  placement: { x?: number; reflection?: number } = {},
): (divergence: number) => void {
  const prisms = prismsFor(options);
  const hueRandom = seededRandom(options.seed * 17 + 3);
  const hues = prisms.map(() => hueRandom() * 360);
  const sharedKey = place.paint(`${name}-shared`, options.width, options.height, (context) =>
    paintLayer(context, options, prisms, (index) => SHARED_PRISM_HUE + ((index * 11) % 40) - 20),
  );
  const manyKey = place.paint(`${name}-many`, options.width, options.height, (context) =>
    paintLayer(context, options, prisms, (index) => hues[index] ?? 0),
  );
  const x = placement.x ?? 0;
  const reflection = placement.reflection ?? 0;
  const layers = [sharedKey, manyKey].map((key) => ({
    image: place.image(x, groundY, key).setOrigin(0, 1),
    mirror:
      reflection > 0
        ? place
            .image(x, groundY, key)
            .setOrigin(0, 1)
            .setFlipY(true)
            .setScale(1, 0.5)
            .setY(groundY + options.height * 0.5)
        : null,
  }));
  return (divergence) => {
    const [shared, many] = layers;
    shared?.image.setAlpha(1 - divergence * 0.7);
    many?.image.setAlpha(divergence);
    shared?.mirror?.setAlpha((1 - divergence * 0.7) * reflection);
    many?.mirror?.setAlpha(divergence * reflection);
  };
}
