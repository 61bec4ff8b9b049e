import type * as Phaser from "phaser";
import { type PortraitEmblemId, portraitEmblemOf } from "../content/artIds";
import type { CampaignManifest } from "../engine/campaign";
import { paintTexture, softDisc } from "./canvasPaint";
import { colorFromHex, cssColor, hslToColor } from "./colorMath";

/**
 * The portrait emblems, one per character of the two campaigns, each painted in the colour the
 * character's manifest entry gives: each one is the character's idea in a picture, not a face, so
 * it reads at 100 pixels and never contradicts how a player imagines them. A character uses the
 * emblem its `portrait` names (or the one named after its id); others have no portrait.
 */
const SIZE = 320;
const CENTER = SIZE / 2;

/** A character's portrait texture, per campaign (two campaigns may share a character id). */
export function portraitKey(campaign: string, characterId: string): string {
  return `portrait-${campaign}-${characterId}`;
}

type Context = CanvasRenderingContext2D;

function backdrop(context: Context, accent: number, deep: number) {
  const gradient = context.createRadialGradient(CENTER, CENTER * 0.9, 10, CENTER, CENTER, CENTER);
  gradient.addColorStop(0, cssColor(accent, 0.32));
  gradient.addColorStop(0.55, cssColor(deep, 0.85));
  gradient.addColorStop(0.93, cssColor(0x04040c, 0.95));
  gradient.addColorStop(1, cssColor(0x04040c, 0));
  context.fillStyle = gradient;
  context.beginPath();
  context.arc(CENTER, CENTER, CENTER, 0, Math.PI * 2);
  context.fill();
}

function glowLine(context: Context, color: number, width: number, blur: number, draw: () => void, alpha = 1) {
  context.save();
  context.lineCap = "round";
  context.lineJoin = "round";
  context.shadowColor = cssColor(color, 0.9);
  context.shadowBlur = blur;
  context.strokeStyle = cssColor(color, alpha);
  context.lineWidth = width;
  context.beginPath();
  draw();
  context.stroke();
  context.restore();
}

function glowFill(context: Context, color: number, blur: number, draw: () => void, alpha = 1) {
  context.save();
  context.shadowColor = cssColor(color, 0.9);
  context.shadowBlur = blur;
  context.fillStyle = cssColor(color, alpha);
  context.beginPath();
  draw();
  context.fill();
  context.restore();
}

/** Seraphina, the curator: many dreamers' threads drawn through one lens and woven into one. */
function seraphina(context: Context, accent: number) {
  backdrop(context, accent, 0x06302e);
  for (let thread = 0; thread < 9; thread += 1) {
    const startY = 70 + thread * 22;
    const hue = 150 + thread * 26;
    glowLine(context, hslToColor(hue, 0.85, 0.62), 3, 10, () => {
      context.moveTo(28, startY);
      context.bezierCurveTo(100, startY, 118, CENTER + (thread - 4) * 6, CENTER, CENTER + (thread - 4) * 4);
    });
  }
  for (let strand = 0; strand < 3; strand += 1) {
    glowLine(context, accent, 4, 12, () => {
      for (let x = CENTER; x <= 292; x += 4) {
        const y = CENTER + Math.sin((x - CENTER) / 14 + (strand * Math.PI * 2) / 3) * 9;
        if (x === CENTER) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
    });
  }
  glowLine(context, 0xe8fffb, 5, 18, () => {
    context.moveTo(CENTER - 58, CENTER);
    context.quadraticCurveTo(CENTER, CENTER - 62, CENTER + 58, CENTER);
    context.quadraticCurveTo(CENTER, CENTER + 62, CENTER - 58, CENTER);
  });
  softDisc(context, CENTER, CENTER, 34, cssColor(accent, 0.95), 0.1);
  glowFill(context, 0xffffff, 16, () => context.arc(CENTER, CENTER, 11, 0, Math.PI * 2));
}

/** Eliot, the engineer: a transceiver coil wound around an empty frame, the one he lost. */
function eliot(context: Context, accent: number) {
  backdrop(context, accent, 0x071a33);
  context.save();
  context.setLineDash([10, 9]);
  glowLine(context, 0xcfe8ff, 3, 8, () => context.roundRect(CENTER - 48, CENTER - 70, 96, 134, 46), 0.8);
  context.restore();
  softDisc(context, CENTER, CENTER - 4, 40, "rgba(0,0,0,0.55)");
  const turns = 7;
  for (let turn = 0; turn < turns; turn += 1) {
    const y = 70 + turn * 30;
    // The back half of each loop is dim: the coil passes behind the empty frame.
    glowLine(context, accent, 3, 6, () => context.ellipse(CENTER, y, 88, 16, 0, Math.PI, Math.PI * 2), 0.35);
    glowLine(context, accent, 5, 14, () => context.ellipse(CENTER, y + 4, 88, 16, 0, 0, Math.PI));
  }
  glowLine(context, 0xdff2ff, 4, 10, () => {
    context.moveTo(CENTER, 56);
    context.lineTo(CENTER, 24);
  });
  for (let arc = 1; arc <= 3; arc += 1) {
    glowLine(
      context,
      accent,
      3,
      10,
      () => context.arc(CENTER, 24, arc * 14, Math.PI * 1.15, Math.PI * 1.85),
      1 - arc * 0.22,
    );
  }
  glowFill(context, 0xffffff, 14, () => context.arc(CENTER, 24, 6, 0, Math.PI * 2));
}

/** Maris, the critic and artist: one raw brush stroke breaking a perfect circle. */
function maris(context: Context, accent: number) {
  backdrop(context, accent, 0x2a0620);
  glowLine(context, 0x9ff6ff, 6, 16, () => context.arc(CENTER, CENTER, 92, Math.PI * 0.05, Math.PI * 1.42));
  glowLine(context, 0x9ff6ff, 6, 16, () => context.arc(CENTER, CENTER, 92, Math.PI * 1.62, Math.PI * 1.93));
  context.save();
  context.shadowColor = cssColor(accent, 1);
  context.shadowBlur = 22;
  // The stroke is a filled ribbon whose width swells and frays, like a loaded brush.
  const points: Array<[number, number, number]> = [];
  for (let step = 0; step <= 40; step += 1) {
    const t = step / 40;
    const x = 46 + t * 236;
    const y = 262 - t * 214 + Math.sin(t * 7) * 10;
    const width = 4 + Math.sin(t * Math.PI) * 24 * (1 - t * 0.35);
    points.push([x, y, width]);
  }
  context.fillStyle = cssColor(accent, 0.95);
  context.beginPath();
  for (const [x, y, width] of points) context.lineTo(x - width * 0.6, y - width * 0.8);
  for (const [x, y, width] of [...points].reverse()) context.lineTo(x + width * 0.6, y + width * 0.8);
  context.closePath();
  context.fill();
  context.restore();
  for (let splash = 0; splash < 14; splash += 1) {
    const angle = splash * 2.4;
    const distance = 20 + ((splash * 37) % 60);
    glowFill(context, accent, 8, () =>
      context.arc(
        250 + Math.cos(angle) * distance * 0.6,
        64 + Math.sin(angle) * distance * 0.5,
        2 + (splash % 4),
        0,
        Math.PI * 2,
      ),
    );
  }
}

/** Dorian, the dreamscape designer: a tear holding a landscape, grief turned into a place to heal. */
function dorian(context: Context, accent: number) {
  backdrop(context, accent, 0x160a33);
  const tear = () => {
    context.moveTo(CENTER, 36);
    context.bezierCurveTo(CENTER + 30, 110, CENTER + 96, 160, CENTER + 92, 206);
    context.bezierCurveTo(CENTER + 88, 266, CENTER - 88, 266, CENTER - 92, 206);
    context.bezierCurveTo(CENTER - 96, 160, CENTER - 30, 110, CENTER, 36);
  };
  context.save();
  context.beginPath();
  tear();
  context.clip();
  const sky = context.createLinearGradient(0, 60, 0, 270);
  sky.addColorStop(0, "#1b0d45");
  sky.addColorStop(0.6, "#6a3aa8");
  sky.addColorStop(1, "#ffb37a");
  context.fillStyle = sky;
  context.fillRect(0, 0, SIZE, SIZE);
  softDisc(context, CENTER + 26, 178, 26, "rgba(255,228,190,1)", 0.5);
  const hills: Array<[number, string]> = [
    [200, "#43207a"],
    [222, "#2c1459"],
    [244, "#170a36"],
  ];
  hills.forEach(([base, color], index) => {
    context.fillStyle = color;
    context.beginPath();
    context.moveTo(0, SIZE);
    for (let x = 0; x <= SIZE; x += 8)
      context.lineTo(x, base + Math.sin(x / (26 + index * 9) + index * 2) * (12 - index * 2));
    context.lineTo(SIZE, SIZE);
    context.fill();
  });
  context.restore();
  glowLine(context, 0xe9dcff, 4, 16, tear);
  glowFill(context, 0xffffff, 10, () => context.arc(CENTER - 30, 120, 4, 0, Math.PI * 2), 0.8);
}

/** Elara, the Dream Architect: a blueprint rosette under the architect's compass. */
function elara(context: Context, accent: number) {
  backdrop(context, accent, 0x120a36);
  for (let petal = 0; petal < 12; petal += 1) {
    const angle = (petal / 12) * Math.PI * 2;
    const hue = 200 + petal * 30;
    glowLine(context, hslToColor(hue, 0.75, 0.68), 2.5, 8, () =>
      context.arc(CENTER + Math.cos(angle) * 46, CENTER + Math.sin(angle) * 46, 46, 0, Math.PI * 2),
    );
  }
  glowLine(context, 0xe6e0ff, 3, 10, () => context.arc(CENTER, CENTER, 94, 0, Math.PI * 2));
  glowLine(context, 0xe6e0ff, 2, 6, () => {
    for (let spoke = 0; spoke < 12; spoke += 1) {
      const angle = (spoke / 12) * Math.PI * 2;
      context.moveTo(CENTER, CENTER);
      context.lineTo(CENTER + Math.cos(angle) * 94, CENTER + Math.sin(angle) * 94);
    }
  });
  glowLine(context, 0xffe9a8, 7, 14, () => {
    context.moveTo(CENTER - 70, 268);
    context.lineTo(CENTER, 44);
    context.lineTo(CENTER + 64, 268);
  });
  glowLine(context, 0xffe9a8, 4, 10, () => {
    context.moveTo(CENTER - 44, 182);
    context.quadraticCurveTo(CENTER, 204, CENTER + 40, 182);
  });
  glowFill(context, 0xffffff, 16, () => context.arc(CENTER, 44, 9, 0, Math.PI * 2));
}

/** Jaxon, the resistance leader: one screen pulled out of a synchronised grid, burning its own colour. */
function jaxon(context: Context, accent: number) {
  backdrop(context, accent, 0x2a0d06);
  const cell = 46;
  for (let row = 0; row < 4; row += 1) {
    for (let column = 0; column < 4; column += 1) {
      if (row === 1 && column === 2) continue;
      const x = CENTER - cell * 2 + column * cell + 5;
      const y = CENTER - cell * 2 + row * cell + 5;
      glowLine(context, 0x7fa6d8, 2.5, 6, () => context.rect(x, y, cell - 10, cell - 10), 0.75);
      context.fillStyle = "rgba(120,160,220,0.16)";
      context.fillRect(x, y, cell - 10, cell - 10);
    }
  }
  const holeX = CENTER - cell * 2 + 2 * cell + 5;
  const holeY = CENTER - cell * 2 + cell + 5;
  context.save();
  context.setLineDash([5, 6]);
  glowLine(context, 0x7fa6d8, 2, 4, () => context.rect(holeX, holeY, cell - 10, cell - 10), 0.5);
  context.restore();
  context.save();
  context.translate(holeX + 60, holeY - 28);
  context.rotate(0.32);
  context.shadowColor = cssColor(accent, 1);
  context.shadowBlur = 26;
  const fill = context.createLinearGradient(-34, -34, 34, 34);
  fill.addColorStop(0, "#ffd0a0");
  fill.addColorStop(1, cssColor(accent, 1));
  context.fillStyle = fill;
  context.fillRect(-34, -34, 68, 68);
  context.restore();
  glowLine(context, 0xffc8a0, 3, 10, () => {
    context.moveTo(holeX + cell / 2, holeY + cell / 2);
    context.lineTo(holeX + 30, holeY + 4);
    context.moveTo(holeX + 10, holeY + cell - 10);
    context.lineTo(holeX - 14, holeY + cell + 22);
  });
}

/** Dr. Liora Veer: a lamp that reaches every house on the edge of the city, the dim ones too. */
function liora(context: Context, accent: number) {
  backdrop(context, accent, 0x06240f);
  const lamp = { x: CENTER, y: 112 };
  const houses = 7;
  for (let house = 0; house < houses; house += 1) {
    const t = house / (houses - 1);
    const x = 52 + t * 216;
    const y = 236 + Math.sin(t * Math.PI) * 22;
    const lit = house % 3 !== 1;
    glowLine(
      context,
      accent,
      lit ? 3 : 2,
      lit ? 10 : 2,
      () => {
        context.moveTo(lamp.x, lamp.y);
        context.lineTo(x, y - 14);
      },
      lit ? 0.85 : 0.3,
    );
    glowFill(
      context,
      lit ? 0xffe9a0 : 0x5a6a60,
      lit ? 12 : 0,
      () => {
        context.moveTo(x - 13, y);
        context.lineTo(x - 13, y - 12);
        context.lineTo(x, y - 24);
        context.lineTo(x + 13, y - 12);
        context.lineTo(x + 13, y);
        context.closePath();
      },
      lit ? 1 : 0.6,
    );
  }
  softDisc(context, lamp.x, lamp.y, 70, cssColor(accent, 0.5));
  glowFill(context, 0xf4fff0, 22, () => context.arc(lamp.x, lamp.y, 20, 0, Math.PI * 2));
  glowLine(context, accent, 4, 12, () => {
    context.moveTo(lamp.x - 26, lamp.y - 34);
    context.quadraticCurveTo(lamp.x, lamp.y - 60, lamp.x + 26, lamp.y - 34);
  });
}

/** Talon, the Dream Weaver: three loops woven over and under into one knot. */
function talon(context: Context, accent: number) {
  backdrop(context, accent, 0x2b1a04);
  const colors = [accent, 0xff5fb0, 0x6fe0ff];
  const loop = (index: number, from: number, to: number) => {
    const angle = (index / 3) * Math.PI * 2 - Math.PI / 2;
    const x = CENTER + Math.cos(angle) * 42;
    const y = CENTER + 8 + Math.sin(angle) * 42;
    context.arc(x, y, 66, from, to);
  };
  // Each loop is drawn whole, then a dark gap and a bright segment redraw where it passes over the next.
  colors.forEach((color, index) => {
    glowLine(context, color ?? accent, 9, 16, () => loop(index, 0, Math.PI * 2));
  });
  colors.forEach((color, index) => {
    const base = (index / 3) * Math.PI * 2 + Math.PI * 0.1;
    glowLine(context, 0x1a1206, 17, 0, () => loop(index, base, base + 0.5));
    glowLine(context, color ?? accent, 9, 16, () => loop(index, base - 0.05, base + 0.55));
  });
  glowFill(context, 0xfff4d8, 18, () => context.arc(CENTER, CENTER + 8, 8, 0, Math.PI * 2));
}

const PAINTERS: Readonly<Record<PortraitEmblemId, (context: Context, accent: number) => void>> = {
  seraphina,
  eliot,
  maris,
  dorian,
  elara,
  jaxon,
  liora,
  talon,
};

/** A portrait for every character of every campaign that names an emblem, in the character's colour. */
export function portraitGenerators(
  textures: Phaser.Textures.TextureManager,
  campaigns: readonly { id: string; manifest: CampaignManifest }[],
): Array<{ key: string; generate: () => void }> {
  return campaigns.flatMap(({ id: campaign, manifest }) =>
    manifest.characters.flatMap((character) => {
      // A character with an emblem image gets it from the campaign's folder instead (campaignImages.ts).
      const emblem = character.emblem ? null : portraitEmblemOf(character);
      if (!emblem) return [];
      const key = portraitKey(campaign, character.id);
      const accent = colorFromHex(character.colour);
      return [
        {
          key,
          generate: () => paintTexture(textures, key, SIZE, SIZE, (context) => PAINTERS[emblem](context, accent)),
        },
      ];
    }),
  );
}
