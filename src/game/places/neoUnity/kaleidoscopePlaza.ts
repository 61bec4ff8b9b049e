import * as Phaser from "phaser";
import { addDreamerCrowd } from "../../art/dreamerCrowd";
import { addRosette } from "../../art/kaleidoscope";
import { addNightSky } from "../../art/nightSky";
import { addPrismSkyline } from "../../art/prismSkyline";
import { between, seededRandom } from "../../art/random";
import { cssColor, hslToColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor } from "../../stanceLook";
import { UNITY_HUE } from "./skyline";

/**
 * The Kaleidoscope plaza, heart of Kaleidoscope Nights: a mosaic floor in rings of tiles, a giant
 * rosette turning above it, pillars of light at the edge and a crowd whose wristbands beat with
 * DreamSync. The floor is painted twice, in the shared violet and in every colour.
 */
export function buildKaleidoscopePlaza(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  const floorTop = layout.horizon - layout.height * 0.04;
  const sky = addNightSky(place, {
    seed: 44,
    horizon: floorTop,
    stops: [
      [0, 0x08031c],
      [0.6, 0x2a0c50],
      [1, 0x5a1a70],
    ],
    auroraHue: UNITY_HUE,
    auroraAccent: 120,
    auroraStrength: 0.3,
  });
  const skyline = addPrismSkyline(
    place,
    "ring",
    {
      seed: 6,
      width,
      height: floorTop * 0.35,
      body: 0x1a0c38,
      tallest: 0.9,
      density: 28,
      glow: 0.6,
      detail: place.css(1),
    },
    floorTop,
  );

  const floorHeight = height - floorTop;
  const paintFloor = (many: boolean) =>
    place.paint(many ? "floor-many" : "floor-shared", width, floorHeight, (context, w, h) => {
      const random = seededRandom(many ? 5 : 6);
      context.fillStyle = "#0a0618";
      context.fillRect(0, 0, w, h);
      const cx = w / 2;
      const cy = h * 0.3;
      for (let ring = 14; ring >= 1; ring -= 1) {
        const rx = ring * w * 0.05;
        const ry = ring * h * 0.08;
        const tiles = 8 + ring * 4;
        for (let tile = 0; tile < tiles; tile += 1) {
          const a0 = (tile / tiles) * Math.PI * 2;
          const a1 = ((tile + 0.92) / tiles) * Math.PI * 2;
          const hue = many ? random() * 360 : UNITY_HUE + between(random, -18, 18);
          context.fillStyle = cssColor(hslToColor(hue, 0.7, 0.25 + (ring % 3) * 0.07), 0.9);
          context.beginPath();
          context.ellipse(cx, cy, rx, ry, 0, a0, a1);
          context.ellipse(cx, cy, rx - w * 0.045, ry - h * 0.072, 0, a1, a0, true);
          context.closePath();
          context.fill();
        }
      }
      const fade = context.createLinearGradient(0, 0, 0, h);
      fade.addColorStop(0, "rgba(10,6,24,0.1)");
      fade.addColorStop(1, "rgba(2,1,6,0.85)");
      context.fillStyle = fade;
      context.fillRect(0, 0, w, h);
    });
  const floorShared = place.image(0, floorTop, paintFloor(false)).setOrigin(0, 0);
  const floorMany = place.image(0, floorTop, paintFloor(true)).setOrigin(0, 0).setAlpha(0);

  const pillars = [0.06, 0.2, 0.8, 0.94].map((share) =>
    place
      .image(width * share, floorTop + place.css(10), "streak")
      .setOrigin(0.5, 1)
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(place.css(40), floorTop * 0.9),
  );
  const rosette = addRosette(place, {
    x: clear.x + clear.width / 2,
    y: clear.y + clear.height * 0.45,
    radius: Math.min(clear.width * 0.36, clear.height * 0.55),
    seed: 12,
    baseHue: UNITY_HUE,
    rings: [18, 12, 10, 6],
    alpha: 0.7,
    spin: 1,
  });
  const crowd = addDreamerCrowd(place, {
    seed: 45,
    left: 0,
    right: width,
    backY: floorTop + place.css(30),
    frontY: floorTop + floorHeight * 0.75,
    count: Math.round(Math.min(80, 24 + width / place.css(22))),
    size: place.css(58),
    baseHue: UNITY_HUE,
    raised: 0.3,
  });
  const confetti = place.particles(0, 0, "shard", {
    x: { min: 0, max: width },
    y: -place.css(20),
    speedY: { min: place.css(20), max: place.css(50) },
    speedX: { min: -place.css(10), max: place.css(10) },
    rotate: { min: 0, max: 360 },
    lifespan: 12000,
    scale: { start: place.css(0.22), end: place.css(0.12) },
    alpha: { start: 0.8, end: 0 },
    blendMode: Phaser.BlendModes.ADD,
    frequency: 240,
    maxAliveParticles: 36,
    advance: 8000,
  });

  return {
    update(frame) {
      const { look, time } = frame;
      sky(frame);
      skyline(look.divergence);
      floorMany.setAlpha(look.divergence);
      floorShared.setAlpha(1 - look.divergence * 0.6);
      pillars.forEach((pillar, index) => {
        pillar
          .setTint(elementColor(UNITY_HUE, 60 + index, look, 0.8, 0.65))
          .setAlpha(0.3 + 0.2 * Math.sin(time + index));
      });
      rosette.update(frame);
      crowd.update(frame);
      confetti.setParticleTint(elementColor(UNITY_HUE, Math.floor(time * 4) % 11, look, 0.85, 0.65));
    },
    cue(sfx) {
      if (sfx === "shatter") rosette.burst();
    },
  };
}
