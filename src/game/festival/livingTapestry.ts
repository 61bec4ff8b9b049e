import * as Phaser from "phaser";
import { addDreamerCrowd } from "../art/dreamerCrowd";
import { addLumenSkyline } from "../art/lumenSkyline";
import { addNightSky } from "../art/nightSky";
import type { Place, PlaceContext } from "../place";
import { elementColor } from "../stanceLook";
import { leanToward } from "./forcedLook";

const HUE = 182;

/**
 * Neo-Lumen, "A Living Tapestry": above the festival grounds a great weave of light hangs in the
 * sky, every warp thread a different dreamer's colour, every weft passing over and under them;
 * the crowd below pulses in many colours and one rhythm. Unity that honours every thread.
 */
export function buildLivingTapestry(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  const groundY = layout.horizon - layout.height * 0.05;
  const sky = addNightSky(place, {
    seed: 61,
    horizon: groundY,
    stops: [
      [0, 0x06031c],
      [0.6, 0x22104a],
      [1, 0x144a6a],
    ],
    auroraHue: HUE,
    auroraAccent: 120,
    auroraStrength: 0.35,
  });
  const city = addLumenSkyline(
    place,
    "city",
    {
      seed: 14,
      width,
      height: groundY * 0.35,
      body: 0x1a1448,
      tallest: 0.9,
      density: 24,
      glow: 0.5,
      detail: place.css(1.1),
    },
    groundY,
  );
  const weave = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const left = clear.x + clear.width * 0.08;
  const right = clear.x + clear.width * 0.92;
  const top = clear.y + clear.height * 0.06;
  const bottom = clear.y + clear.height * 0.8;
  const warps = Math.round(Math.min(48, (right - left) / place.css(12)));
  const wefts = Math.round(Math.min(26, (bottom - top) / place.css(10)));
  const glow = place.glow((left + right) / 2, (top + bottom) / 2, (right - left) * 0.55, 0x9ff6ff, 0.18);
  const crowd = addDreamerCrowd(place, {
    seed: 62,
    left: 0,
    right: width,
    backY: groundY + place.css(10),
    frontY: groundY + (height - groundY) * 0.7,
    count: Math.round(Math.min(90, 24 + width / place.css(18))),
    size: place.css(58),
    baseHue: HUE,
    raised: 0.5,
  });
  place.particles(0, 0, "glow", {
    x: { min: 0, max: width },
    y: { min: groundY, max: height },
    speedY: { min: -place.css(26), max: -place.css(12) },
    lifespan: { min: 10000, max: 15000 },
    scale: { start: place.css(0.08), end: place.css(0.02) },
    alpha: { start: 0.9, end: 0 },
    tint: [0xffd08a, 0x9ff6ff, 0xff9ad8, 0xb8a0ff],
    blendMode: Phaser.BlendModes.ADD,
    frequency: 280,
    maxAliveParticles: 40,
    advance: 10000,
  });

  return {
    update(frame) {
      // Many colours, one rhythm, whatever the final stances: that is what this ending means.
      const look = { ...leanToward(frame.look, 0.7, 0.6), sync: 0.95 };
      const tapestryFrame = { ...frame, look };
      sky(tapestryFrame);
      city(look.divergence);
      weave.clear();
      // The cloth ripples as a whole; every thread keeps its own colour, the weft draws the motif.
      const ripple = (x: number, y: number) =>
        y +
        Math.sin(x * 0.012 + frame.time * 0.7) * place.css(7) * (0.3 + frame.motion * 0.7) +
        Math.sin(y * 0.02 + frame.time * 0.5) * place.css(2);
      const warpStep = (right - left) / (warps - 1);
      const weftStep = (bottom - top) / (wefts - 1);
      const motif = (x: number, y: number) => {
        const u = (x - (left + right) / 2) / ((right - left) / 2);
        const v = (y - (top + bottom) / 2) / ((bottom - top) / 2);
        const lens = Math.abs(v) < 0.7 * (1 - u * u) ? 1 : 0;
        const iris = Math.hypot(u * 1.4, v) < 0.32 ? 1 : 0;
        return Math.min(1, lens * 0.55 + iris * 0.6);
      };
      for (let warp = 0; warp < warps; warp += 1) {
        const x = left + warp * warpStep;
        weave.lineStyle(place.css(1.2), elementColor(HUE, warp, look, 0.9, 0.6), 0.3);
        weave.beginPath();
        for (let step = 0; step <= 12; step += 1) {
          const y = top + ((bottom - top) * step) / 12;
          if (step === 0) weave.moveTo(x, ripple(x, y));
          else weave.lineTo(x, ripple(x, y));
        }
        weave.strokePath();
      }
      for (let weft = 0; weft < wefts; weft += 1) {
        const y = top + weft * weftStep;
        for (let warp = weft % 2; warp < warps - 1; warp += 2) {
          const x0 = left + warp * warpStep + place.css(1.5);
          const x1 = x0 + warpStep - place.css(3);
          // Every weft keeps its own colour; the motif shows as light and dark, like a jacquard.
          const strength = motif((x0 + x1) / 2, y);
          const color = elementColor(HUE, 100 + weft * 3 + (warp % 3), look, 0.85, 0.3 + strength * 0.45);
          weave.lineStyle(weftStep * 0.6, color, 0.35 + strength * 0.6);
          weave.lineBetween(x0, ripple(x0, y), x1, ripple(x1, y));
        }
      }
      weave.lineStyle(place.css(4), 0xffe0b0, 0.7);
      weave.lineBetween(
        left - place.css(12),
        ripple(left, top) - place.css(6),
        right + place.css(12),
        ripple(right, top) - place.css(6),
      );
      glow.setAlpha(0.15 + 0.08 * Math.sin(frame.time * 1.2));
      crowd.update(tapestryFrame);
    },
  };
}
