import * as Phaser from "phaser";
import { addPrismSkyline } from "../../art/prismSkyline";
import { between, seededRandom } from "../../art/random";
import { cssColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementSeed } from "../../stanceLook";
import { UNITY_HUE } from "./skyline";

/**
 * The underserved zones: low, patched buildings under a murky sky, far from the bright prism
 * towers glowing on the horizon. A few DreamSync access points on poles flicker, their links to
 * the city breaking in and out; streetlamps stutter; dust drifts. Sparse on purpose.
 */
export function buildUnderservedZone(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const horizon = layout.horizon - layout.height * 0.02;
  place.gradient(0, 0, width, horizon, [
    [0, 0x07070d],
    [0.7, 0x16121e],
    [1, 0x2a1a30],
  ]);
  place.glow(width * 0.85, horizon, layout.stage.height * 0.6, 0xb040d0, 0.35);
  const city = addPrismSkyline(
    place,
    "distant-city",
    {
      seed: 21,
      width: width * 0.45,
      height: horizon * 0.4,
      body: 0x1a1030,
      tallest: 0.9,
      density: 40,
      glow: 0.9,
      detail: place.css(0.8),
    },
    horizon,
    { x: width * 0.55 },
  );

  const random = seededRandom(13);
  const shacksKey = place.paint("shacks", width, layout.stage.height * 0.45, (context, w, h) => {
    let x = -place.css(10);
    while (x < w) {
      const shackWidth = place.css(between(random, 60, 140));
      const shackHeight = h * between(random, 0.35, 0.8);
      const top = h - shackHeight;
      context.fillStyle = cssColor(0x0b0a10, 1);
      context.fillRect(x, top, shackWidth, shackHeight);
      // Corrugated walls and rooftop clutter: tanks, aerials, a satellite dish.
      context.strokeStyle = cssColor(0x17151e, 1);
      context.lineWidth = 1;
      for (let stripe = x + 3; stripe < x + shackWidth; stripe += place.css(4)) {
        context.beginPath();
        context.moveTo(stripe, top + place.css(10));
        context.lineTo(stripe, h);
        context.stroke();
      }
      const clutter = random();
      context.fillStyle = cssColor(0x0b0a10, 1);
      if (clutter < 0.3) {
        context.fillRect(x + shackWidth * 0.6, top - place.css(16), place.css(14), place.css(16));
      } else if (clutter < 0.6) {
        context.fillRect(x + shackWidth * 0.3, top - place.css(30), place.css(2), place.css(30));
        context.fillRect(x + shackWidth * 0.3 - place.css(8), top - place.css(26), place.css(18), place.css(2));
      } else if (clutter < 0.8) {
        context.beginPath();
        context.ellipse(x + shackWidth * 0.7, top - place.css(8), place.css(10), place.css(6), -0.5, 0, Math.PI * 2);
        context.fill();
      }
      // Patched roofs: slanted sheets at odd angles.
      context.fillStyle = cssColor(0x16141c, 1);
      context.beginPath();
      context.moveTo(x - place.css(6), top + place.css(4));
      context.lineTo(x + shackWidth + place.css(6), top - place.css(between(random, 2, 14)));
      context.lineTo(x + shackWidth + place.css(6), top + place.css(8));
      context.lineTo(x - place.css(6), top + place.css(12));
      context.fill();
      for (let window = 0; window < 3; window += 1) {
        if (random() < 0.6) continue;
        context.fillStyle = cssColor(random() < 0.7 ? 0xffb060 : 0x80a0ff, between(random, 0.25, 0.6));
        context.fillRect(
          x + shackWidth * between(random, 0.15, 0.7),
          top + shackHeight * between(random, 0.25, 0.6),
          place.css(8),
          place.css(10),
        );
      }
      x += shackWidth + place.css(between(random, 4, 30));
    }
  });
  const groundY = horizon + layout.height * 0.1;
  place.image(0, groundY, shacksKey).setOrigin(0, 1);
  place.gradient(0, groundY, width, height - groundY, [
    [0, 0x0e0c12],
    [1, 0x030204],
  ]);
  // Puddles catching the lamplight.
  for (const share of [0.12, 0.6, 0.9]) {
    place
      .image(width * share, groundY + place.css(24), "glow", 0xffb070, 0.18)
      .setDisplaySize(place.css(160), place.css(18))
      .setBlendMode(Phaser.BlendModes.ADD);
  }

  // Poles with access points, wires sagging between them.
  const clear = layout.clear;
  const poleXs = [0.18, 0.5, 0.8].map((share) => clear.x + clear.width * share);
  const poleTop = clear.y + clear.height * 0.3;
  const wires = place.add(place.scene.add.graphics());
  wires.lineStyle(place.css(1.2), 0x2a2632, 1);
  poleXs.forEach((x, index) => {
    wires.lineStyle(place.css(5), 0x141218, 1);
    wires.lineBetween(x, groundY, x, poleTop);
    wires.lineBetween(x - place.css(20), poleTop + place.css(12), x + place.css(20), poleTop + place.css(12));
    const next = poleXs[index + 1];
    if (next !== undefined) {
      wires.lineStyle(place.css(1.2), 0x2a2632, 1);
      wires.beginPath();
      for (let step = 0; step <= 16; step += 1) {
        const t = step / 16;
        const px = x + (next - x) * t;
        const py = poleTop + place.css(12) + Math.sin(t * Math.PI) * place.css(30);
        if (step === 0) wires.moveTo(px, py);
        else wires.lineTo(px, py);
      }
      wires.strokePath();
    }
  });
  const links = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const access = poleXs.map((x) => ({
    x,
    y: poleTop - place.css(6),
    halo: place.glow(x, poleTop - place.css(6), place.css(26), 0xffffff, 0.4),
    core: place
      .image(x, poleTop - place.css(6), "dot")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(place.css(12), place.css(12)),
  }));
  const cityPoint = { x: width * 0.88, y: horizon - layout.stage.height * 0.12 };

  // Streetlamps whose light stutters.
  const lamps = [0.08, 0.64, 0.95].map((share) => {
    const x = width * share;
    const top = groundY - layout.stage.height * 0.28;
    wires.lineStyle(place.css(4), 0x141218, 1);
    wires.lineBetween(x, groundY, x, top);
    wires.lineBetween(x, top, x + place.css(16), top);
    const cone = place
      .image(x + place.css(16), top, "shaft", 0xffc080, 0.2)
      .setOrigin(0.45, 0)
      .setDisplaySize(place.css(110), groundY - top + place.css(30))
      .setBlendMode(Phaser.BlendModes.ADD);
    const bulb = place.glow(x + place.css(16), top + place.css(3), place.css(14), 0xffd090, 0.8);
    return { cone, bulb };
  });

  place.particles(0, 0, "dot", {
    x: { min: -place.css(40), max: 0 },
    y: { min: layout.stage.y, max: height },
    speedX: { min: place.css(20), max: place.css(60) },
    speedY: { min: place.css(2), max: place.css(10) },
    lifespan: { min: 9000, max: 16000 },
    scale: { start: place.css(0.18), end: place.css(0.1) },
    alpha: { start: 0.4, end: 0 },
    tint: 0xc0b0a0,
    frequency: 160,
    maxAliveParticles: 50,
    advance: 12000,
  });

  return {
    update(frame) {
      const { look, time, motion } = frame;
      city(look.divergence);
      links.clear();
      access.forEach((point, index) => {
        // Access comes and goes: each point's link to the city holds only part of the time.
        const seed = elementSeed(index, 21);
        const online = Math.sin(time * (0.6 + index * 0.23) + seed * 5) > -0.2 + look.tension * 0.4;
        const flicker = motion && online && Math.sin(time * 31 + index * 7) > 0.93 ? 0.3 : 1;
        const color = elementColor(UNITY_HUE, index, look, 0.7, 0.6);
        point.halo.setTint(color).setAlpha(online ? 0.45 * flicker : 0.05);
        point.core.setTint(color).setAlpha(online ? 0.95 * flicker : 0.2);
        if (online) {
          links.lineStyle(place.css(1.2), color, 0.35 * flicker);
          const segments = 14;
          for (let step = 0; step < segments; step += 2) {
            const a = step / segments;
            const b = (step + 1) / segments;
            links.lineBetween(
              point.x + (cityPoint.x - point.x) * a,
              point.y + (cityPoint.y - point.y) * a - Math.sin(a * Math.PI) * place.css(40),
              point.x + (cityPoint.x - point.x) * b,
              point.y + (cityPoint.y - point.y) * b - Math.sin(b * Math.PI) * place.css(40),
            );
          }
        }
      });
      lamps.forEach((lamp, index) => {
        const stutter = motion ? (Math.sin(time * (13 + index * 5)) > 0.8 ? 0.25 : 1) : 1;
        lamp.cone.setAlpha(0.18 * stutter);
        lamp.bulb.setAlpha(0.75 * stutter);
      });
    },
  };
}
