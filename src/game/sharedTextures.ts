import type * as Phaser from "phaser";
import { paintTexture, softDisc } from "./canvasPaint";

/**
 * Small white sprites every place tints and reuses: glows, sparks, rings, flames, tiles and
 * dreamer silhouettes. White so one texture serves every palette through tint.
 */
export const SharedTextures = {
  glow: "glow",
  /** A soft black disc, to darken an area behind the DOM menu. */
  shade: "shade",
  dot: "dot",
  spark: "spark",
  ring: "ring",
  flame: "flame",
  shard: "shard",
  streak: "streak",
  shaft: "shaft",
  tile: "tile",
  dreamer: "dreamer",
  dreamerRaised: "dreamer-raised",
  panel: "panel",
  portraitFrame: "portrait-frame",
} as const;

type Generator = {
  key: string;
  width: number;
  height: number;
  paint: (c: CanvasRenderingContext2D, w: number, h: number) => void;
};

function dreamerSilhouette(armRaised: boolean, color = "#ffffff"): Generator["paint"] {
  return (context, width, height) => {
    const unit = width / 48;
    context.fillStyle = color;
    // Head, shoulders and a long coat: people read as people at a dozen pixels tall.
    context.beginPath();
    context.arc(24 * unit, 13 * unit, 7 * unit, 0, Math.PI * 2);
    context.fill();
    context.beginPath();
    context.moveTo(12 * unit, height);
    context.quadraticCurveTo(11 * unit, 30 * unit, 16 * unit, 25 * unit);
    context.quadraticCurveTo(24 * unit, 21 * unit, 32 * unit, 25 * unit);
    context.quadraticCurveTo(37 * unit, 30 * unit, 36 * unit, height);
    context.closePath();
    context.fill();
    context.lineCap = "round";
    context.strokeStyle = color;
    context.lineWidth = 4.5 * unit;
    context.beginPath();
    if (armRaised) {
      context.moveTo(33 * unit, 28 * unit);
      context.quadraticCurveTo(41 * unit, 18 * unit, 40 * unit, 4 * unit);
    } else {
      context.moveTo(33 * unit, 28 * unit);
      context.quadraticCurveTo(39 * unit, 42 * unit, 38 * unit, 56 * unit);
    }
    context.stroke();
    context.beginPath();
    context.moveTo(15 * unit, 28 * unit);
    context.quadraticCurveTo(9 * unit, 42 * unit, 10 * unit, 56 * unit);
    context.stroke();
  };
}

const GENERATORS: Generator[] = [
  {
    key: SharedTextures.glow,
    width: 128,
    height: 128,
    paint: (context) => softDisc(context, 64, 64, 64, "rgba(255,255,255,1)"),
  },
  {
    key: SharedTextures.dot,
    width: 32,
    height: 32,
    paint: (context) => {
      softDisc(context, 16, 16, 16, "rgba(255,255,255,0.55)");
      softDisc(context, 16, 16, 6, "rgba(255,255,255,1)", 0.4);
    },
  },
  {
    key: SharedTextures.spark,
    width: 64,
    height: 64,
    paint: (context) => {
      softDisc(context, 32, 32, 14, "rgba(255,255,255,0.8)");
      context.fillStyle = "#ffffff";
      for (const [dx, dy] of [
        [1, 0],
        [0, 1],
      ] as const) {
        context.beginPath();
        context.moveTo(32 - dx * 32, 32 - dy * 32);
        context.quadraticCurveTo(32, 32, 32 + dy * 2.5, 32 + dx * 2.5);
        context.quadraticCurveTo(32, 32, 32 + dx * 32, 32 + dy * 32);
        context.quadraticCurveTo(32, 32, 32 - dy * 2.5, 32 - dx * 2.5);
        context.quadraticCurveTo(32, 32, 32 - dx * 32, 32 - dy * 32);
        context.fill();
      }
    },
  },
  {
    key: SharedTextures.ring,
    width: 256,
    height: 256,
    paint: (context) => {
      context.shadowColor = "#ffffff";
      context.shadowBlur = 14;
      context.strokeStyle = "rgba(255,255,255,0.95)";
      context.lineWidth = 5;
      context.beginPath();
      context.arc(128, 128, 106, 0, Math.PI * 2);
      context.stroke();
    },
  },
  {
    key: SharedTextures.flame,
    width: 32,
    height: 64,
    paint: (context) => {
      const gradient = context.createRadialGradient(16, 46, 1, 16, 40, 26);
      gradient.addColorStop(0, "rgba(255,255,255,1)");
      gradient.addColorStop(0.35, "rgba(255,255,255,0.85)");
      gradient.addColorStop(1, "rgba(255,255,255,0)");
      context.fillStyle = gradient;
      context.beginPath();
      context.moveTo(16, 2);
      context.bezierCurveTo(22, 22, 30, 34, 28, 48);
      context.bezierCurveTo(26, 60, 6, 60, 4, 48);
      context.bezierCurveTo(2, 34, 10, 22, 16, 2);
      context.fill();
    },
  },
  {
    key: SharedTextures.shard,
    width: 64,
    height: 64,
    paint: (context) => {
      const gradient = context.createLinearGradient(0, 0, 64, 64);
      gradient.addColorStop(0, "rgba(255,255,255,0.95)");
      gradient.addColorStop(0.5, "rgba(255,255,255,0.35)");
      gradient.addColorStop(1, "rgba(255,255,255,0.8)");
      context.fillStyle = gradient;
      context.beginPath();
      context.moveTo(32, 2);
      context.lineTo(60, 50);
      context.lineTo(6, 60);
      context.closePath();
      context.fill();
      context.strokeStyle = "rgba(255,255,255,1)";
      context.lineWidth = 2;
      context.stroke();
    },
  },
  {
    key: SharedTextures.streak,
    width: 32,
    height: 256,
    paint: (context, width, height) => {
      // A beam of light fading upward, with soft sides: no hard edge however wide it is drawn.
      const along = context.createLinearGradient(0, 0, 0, height);
      along.addColorStop(0, "rgba(255,255,255,0)");
      along.addColorStop(0.6, "rgba(255,255,255,0.6)");
      along.addColorStop(1, "rgba(255,255,255,1)");
      context.fillStyle = along;
      context.fillRect(0, 0, width, height);
      const across = context.createLinearGradient(0, 0, width, 0);
      across.addColorStop(0, "rgba(0,0,0,0)");
      across.addColorStop(0.3, "rgba(0,0,0,0.35)");
      across.addColorStop(0.5, "rgba(0,0,0,1)");
      across.addColorStop(0.7, "rgba(0,0,0,0.35)");
      across.addColorStop(1, "rgba(0,0,0,0)");
      context.globalCompositeOperation = "destination-in";
      context.fillStyle = across;
      context.fillRect(0, 0, width, height);
    },
  },
  {
    key: SharedTextures.shaft,
    width: 128,
    height: 256,
    paint: (context, width, height) => {
      // A slanting shaft of light from a high window, soft on every side.
      const along = context.createLinearGradient(0, 0, 0, height);
      along.addColorStop(0, "rgba(255,255,255,0.9)");
      along.addColorStop(1, "rgba(255,255,255,0)");
      context.filter = "blur(10px)";
      context.fillStyle = along;
      context.beginPath();
      context.moveTo(width * 0.3, 0);
      context.lineTo(width * 0.55, 0);
      context.lineTo(width * 0.85, height);
      context.lineTo(width * 0.35, height);
      context.closePath();
      context.fill();
    },
  },
  {
    key: SharedTextures.tile,
    width: 64,
    height: 64,
    paint: (context) => {
      context.fillStyle = "rgba(255,255,255,0.92)";
      context.beginPath();
      context.roundRect(3, 3, 58, 58, 6);
      context.fill();
      const gradient = context.createLinearGradient(0, 0, 64, 64);
      gradient.addColorStop(0, "rgba(255,255,255,0.9)");
      gradient.addColorStop(1, "rgba(0,0,0,0.35)");
      context.globalCompositeOperation = "source-atop";
      context.fillStyle = gradient;
      context.fillRect(0, 0, 64, 64);
    },
  },
  { key: SharedTextures.dreamer, width: 48, height: 64, paint: dreamerSilhouette(false) },
  { key: SharedTextures.dreamerRaised, width: 48, height: 64, paint: dreamerSilhouette(true) },
  // Dark twins for the Canvas renderer, which cannot tint: silhouettes must already be dark.
  { key: `${SharedTextures.dreamer}-dark`, width: 48, height: 64, paint: dreamerSilhouette(false, "#0a0a16") },
  { key: `${SharedTextures.dreamerRaised}-dark`, width: 48, height: 64, paint: dreamerSilhouette(true, "#0a0a16") },
  {
    key: SharedTextures.shade,
    width: 128,
    height: 128,
    paint: (context) => softDisc(context, 64, 64, 64, "rgba(0,0,0,1)"),
  },
  {
    key: SharedTextures.panel,
    width: 256,
    height: 160,
    paint: (context, width, height) => {
      // A holographic screen: faint glass, bright corner brackets, lines of content and a waveform.
      const glass = context.createLinearGradient(0, 0, 0, height);
      glass.addColorStop(0, "rgba(255,255,255,0.22)");
      glass.addColorStop(1, "rgba(255,255,255,0.06)");
      context.fillStyle = glass;
      context.beginPath();
      context.roundRect(6, 6, width - 12, height - 12, 10);
      context.fill();
      context.strokeStyle = "rgba(255,255,255,0.45)";
      context.lineWidth = 2;
      context.stroke();
      context.strokeStyle = "rgba(255,255,255,1)";
      context.lineWidth = 4;
      for (const [x, y, dx, dy] of [
        [6, 6, 1, 1],
        [width - 6, 6, -1, 1],
        [6, height - 6, 1, -1],
        [width - 6, height - 6, -1, -1],
      ] as const) {
        context.beginPath();
        context.moveTo(x + dx * 26, y);
        context.lineTo(x, y);
        context.lineTo(x, y + dy * 20);
        context.stroke();
      }
      context.fillStyle = "rgba(255,255,255,0.55)";
      for (let line = 0; line < 4; line += 1) context.fillRect(22, 26 + line * 14, 60 + ((line * 37) % 50), 5);
      context.strokeStyle = "rgba(255,255,255,0.9)";
      context.lineWidth = 2.5;
      context.beginPath();
      for (let x = 22; x < width - 22; x += 3) {
        const y = height * 0.72 + Math.sin(x / 9) * 12 * Math.sin((x / width) * Math.PI);
        if (x === 22) context.moveTo(x, y);
        else context.lineTo(x, y);
      }
      context.stroke();
      context.beginPath();
      context.arc(width - 60, 52, 24, 0, Math.PI * 2);
      context.stroke();
      context.beginPath();
      context.arc(width - 60, 52, 24, -Math.PI / 2, Math.PI * 0.7);
      context.lineWidth = 6;
      context.stroke();
    },
  },
  {
    key: SharedTextures.portraitFrame,
    width: 320,
    height: 320,
    paint: (context) => {
      // A dark, blurred-edge pane with a thin luminous rim: soft enough to sit on any city.
      context.shadowColor = "rgba(0,0,0,0.8)";
      context.shadowBlur = 24;
      context.fillStyle = "rgba(6,8,20,0.72)";
      context.beginPath();
      context.roundRect(22, 22, 276, 276, 36);
      context.fill();
      context.shadowColor = "rgba(255,255,255,0.9)";
      context.shadowBlur = 12;
      context.strokeStyle = "rgba(255,255,255,0.75)";
      context.lineWidth = 2.5;
      context.stroke();
    },
  },
];

export function sharedTextureGenerators(
  textures: Phaser.Textures.TextureManager,
): Array<{ key: string; generate: () => void }> {
  return GENERATORS.map((generator) => ({
    key: generator.key,
    generate: () => {
      paintTexture(textures, generator.key, generator.width, generator.height, generator.paint);
    },
  }));
}
