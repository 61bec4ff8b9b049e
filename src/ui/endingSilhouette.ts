import type { CampaignManifest } from "../engine/campaign";
import { hashText } from "../engine/hash";
import { seededRandom } from "../engine/random";

/**
 * The silhouette of an ending not reached yet: a dark skyline with a landmark against a glow,
 * grown from the outcome's own staging (its picture's builder and parameters, or its image), so every locked
 * ending has its own shape and light, and the same one every time, without showing the picture.
 */
type Outcome = CampaignManifest["outcomes"][number];

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 200;
const HEIGHT = 80;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** A roofline from left to right: blocks of varied width and height, flat, spired, domed or stepped. */
function skyline(random: () => number, landmarkAt: number): string {
  let d = `M0 ${HEIGHT}`;
  for (let x = 0; x < WIDTH; ) {
    const width = Math.min(6 + Math.floor(random() * 14), WIDTH - x);
    // Lower near the landmark, so it stands clear.
    const near = Math.abs(x + width / 2 - landmarkAt) < 28;
    const top = (HEIGHT - (near ? 8 + random() * 12 : 12 + random() * 40)).toFixed(1);
    const right = x + width;
    d += `V${top}`;
    switch (Math.floor(random() * 4)) {
      case 1:
        d += `L${x + width / 2} ${(Number(top) - 6 - random() * 14).toFixed(1)}L${right} ${top}`;
        break;
      case 2:
        d += `A${width / 2} ${width / 2} 0 0 1 ${right} ${top}`;
        break;
      case 3: {
        const step = (Number(top) - 4 - random() * 8).toFixed(1);
        d += `H${x + width / 3}V${step}H${x + (2 * width) / 3}V${top}H${right}`;
        break;
      }
      default:
        d += `H${right}`;
    }
    x = right;
  }
  return `${d}V${HEIGHT}z`;
}

/** The picture's centrepiece, one of a few kinds: a ring, an arch, a tall spire, a dome, a wheel of rays. */
function landmark(random: () => number, x: number): SVGElement {
  const kind = Math.floor(random() * 5);
  const ground = HEIGHT - 10;
  if (kind === 0) {
    const r = 14 + random() * 12;
    return svg("circle", { cx: x, cy: ground - r - 10, r, fill: "none", "stroke-width": 3 + random() * 3 });
  }
  if (kind === 1) {
    const half = 16 + random() * 14;
    const rise = 30 + random() * 20;
    return svg("path", {
      d: `M${x - half} ${HEIGHT}V${ground - rise / 2}A${half} ${rise / 2} 0 0 1 ${x + half} ${ground - rise / 2}V${HEIGHT}h-6V${ground - rise / 2}A${half - 6} ${rise / 2 - 6} 0 0 0 ${x - half + 6} ${ground - rise / 2}V${HEIGHT}z`,
    });
  }
  if (kind === 2) {
    const height = 50 + random() * 22;
    return svg("path", {
      d: `M${x - 7} ${HEIGHT}L${x - 2} ${HEIGHT - height}L${x} ${HEIGHT - height - 8}L${x + 2} ${HEIGHT - height}L${x + 7} ${HEIGHT}z`,
    });
  }
  if (kind === 3) {
    const r = 18 + random() * 10;
    return svg("path", { d: `M${x - r} ${HEIGHT}V${ground - 4}A${r} ${r} 0 0 1 ${x + r} ${ground - 4}V${HEIGHT}z` });
  }
  const rays = 7 + Math.floor(random() * 6);
  const r = 20 + random() * 10;
  const cy = ground - 6;
  let d = "";
  for (let ray = 0; ray <= rays; ray++) {
    const angle = Math.PI + (ray / rays) * Math.PI;
    d += `M${x} ${cy}L${(x + Math.cos(angle) * r).toFixed(1)} ${(cy + Math.sin(angle) * r).toFixed(1)}`;
  }
  return svg("path", { d, fill: "none", "stroke-width": 2.5 });
}

export function endingSilhouette(outcome: Outcome, palette: CampaignManifest["palette"]): SVGSVGElement {
  const seed = Number.parseInt(
    // Whatever the staging is (a builder and its parameters, an image, layers), its data seeds the shape.
    hashText(`${JSON.stringify(outcome.staging)}|${outcome.id}`).slice(-8),
    16,
  );
  const random = seededRandom(seed);
  const glow = palette.glow[Math.floor(random() * 2)] ?? palette.glow[0];
  const glowX = 20 + random() * 60;
  const landmarkAt = (glowX / 100) * WIDTH;

  const drawing = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    preserveAspectRatio: "xMidYMax slice",
    class: "ending-silhouette",
    "aria-hidden": "true",
  });
  drawing.style.setProperty("--silhouette-glow", glow);
  drawing.style.setProperty("--silhouette-x", `${glowX.toFixed(0)}%`);
  // A few stars over the city, placed by the same seed.
  let stars = "";
  for (let star = 0; star < 5 + Math.floor(random() * 6); star++) {
    const x = random() * WIDTH;
    const y = 4 + random() * 30;
    stars += `M${x.toFixed(1)} ${y.toFixed(1)}h0.1`;
  }
  drawing.append(
    svg("path", { class: "silhouette-stars", d: stars }),
    landmark(random, landmarkAt),
    svg("path", { d: skyline(random, landmarkAt) }),
  );
  return drawing;
}
