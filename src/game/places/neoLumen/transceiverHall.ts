import * as Phaser from "phaser";
import { cssColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementPulse } from "../../stanceLook";

const HALL_HUE = 190;

/**
 * The Transceiver hall: a cathedral of machinery around one giant Collective Dream Transceiver.
 * Rings of light climb its core; coils wind round it; cables run across a floor that recedes to
 * the machine. Tension throws sparks; a surge or a glitch makes the whole column flare.
 */
export function buildTransceiverHall(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const stage = layout.stage;
  const centerX = width / 2;
  const floorY = layout.horizon - layout.height * 0.06;
  place.gradient(0, 0, width, height, [
    [0, 0x02030b],
    [0.45, 0x0a1230],
    [0.6, 0x0c1838],
    [1, 0x020308],
  ]);

  // Arches receding on both sides, painted once.
  const archesKey = place.paint("arches", width, floorY, (context, w, h) => {
    for (let depth = 0; depth < 5; depth += 1) {
      const inset = w * (0.04 + depth * 0.075);
      const archWidth = w * 0.07 * (1 - depth * 0.12);
      const top = h * (0.05 + depth * 0.08);
      const shade = 0x0d1430 + depth * 0x020306;
      for (const side of [-1, 1]) {
        const x = side < 0 ? inset : w - inset - archWidth;
        context.fillStyle = cssColor(shade, 1);
        context.beginPath();
        context.moveTo(x, h);
        context.lineTo(x, top + archWidth);
        context.quadraticCurveTo(x + archWidth / 2, top - archWidth * 0.6, x + archWidth, top + archWidth);
        context.lineTo(x + archWidth, h);
        context.closePath();
        context.fill();
        context.strokeStyle = cssColor(0x4fe6ff, 0.35 - depth * 0.05);
        context.lineWidth = 2;
        context.beginPath();
        context.moveTo(x + archWidth * 0.5, h);
        context.lineTo(x + archWidth * 0.5, top + archWidth * 0.4);
        context.stroke();
      }
    }
  });
  place.image(0, 0, archesKey).setOrigin(0, 0);

  // The floor: perspective lines running to the foot of the machine, cables glowing in them.
  const floor = place.add(place.scene.add.graphics());
  floor.fillStyle(0x050818, 1);
  floor.fillRect(0, floorY, width, height - floorY);
  for (let line = -12; line <= 12; line += 1) {
    floor.lineStyle(place.css(1), 0x3fd8ff, 0.18 - Math.abs(line) * 0.008);
    floor.lineBetween(centerX + line * place.css(6), floorY, centerX + line * width * 0.12, height);
  }
  for (let row = 1; row < 10; row += 1) {
    const y = floorY + (height - floorY) * (row / 10) ** 1.8;
    floor.lineStyle(place.css(1), 0x3fd8ff, 0.1);
    floor.lineBetween(0, y, width, y);
  }

  // The machine: a core of light, rings climbing it, two coils winding round it.
  const coreTop = -place.css(20);
  const coreHeight = floorY - coreTop;
  const coreWidth = Math.min(width * 0.07, place.css(70));
  place.gradient(
    centerX - coreWidth * 3,
    0,
    coreWidth * 6,
    floorY,
    [
      [0, 0x000000, 0],
      [1, 0x1a8ab0, 0.4],
    ],
    { blend: Phaser.BlendModes.ADD },
  );
  const core = place
    .image(centerX, floorY, "streak")
    .setOrigin(0.5, 1)
    .setBlendMode(Phaser.BlendModes.ADD)
    .setDisplaySize(coreWidth, coreHeight);
  const coreInner = place
    .image(centerX, floorY, "streak")
    .setOrigin(0.5, 1)
    .setBlendMode(Phaser.BlendModes.ADD)
    .setDisplaySize(coreWidth * 0.3, coreHeight);
  const ringCount = 7;
  const rings = Array.from({ length: ringCount }, (_, index) => {
    const ring = place.image(centerX, 0, "ring").setBlendMode(Phaser.BlendModes.ADD);
    return { ring, index };
  });
  const coils = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const base = place.add(place.scene.add.graphics());
  base.fillStyle(0x0b1230, 1);
  base.fillEllipse(centerX, floorY, coreWidth * 5, coreWidth * 1.1);
  base.lineStyle(place.css(2), 0x5ff0ff, 0.6);
  base.strokeEllipse(centerX, floorY, coreWidth * 5, coreWidth * 1.1);
  const baseGlow = place.glow(centerX, floorY, coreWidth * 3.5, 0x4fe6ff, 0.5);

  // Consoles on both sides, their lamps blinking.
  const lamps: Phaser.GameObjects.Image[] = [];
  const screens: Phaser.GameObjects.Image[] = [];
  for (const side of [-1, 1]) {
    const consoleX = centerX + side * Math.min(width * 0.3, place.css(300));
    const consoleBody = place.add(place.scene.add.graphics());
    consoleBody.fillStyle(0x0a1026, 1);
    consoleBody.fillRoundedRect(
      consoleX - place.css(60),
      floorY - place.css(34),
      place.css(120),
      place.css(44),
      place.css(8),
    );
    consoleBody.lineStyle(place.css(1.5), 0x4fe6ff, 0.4);
    consoleBody.strokeRoundedRect(
      consoleX - place.css(60),
      floorY - place.css(34),
      place.css(120),
      place.css(44),
      place.css(8),
    );
    for (let lamp = 0; lamp < 8; lamp += 1) {
      lamps.push(
        place
          .image(consoleX - place.css(48) + lamp * place.css(13.5), floorY - place.css(20), "dot")
          .setBlendMode(Phaser.BlendModes.ADD)
          .setDisplaySize(place.css(7), place.css(7)),
      );
    }
    screens.push(
      place
        .image(consoleX, floorY - place.css(78), "panel")
        .setBlendMode(Phaser.BlendModes.ADD)
        .setDisplaySize(place.css(120), place.css(75))
        .setAngle(-side * 6),
    );
  }

  const sparks = place.particles(centerX, 0, "spark", {
    x: { min: -coreWidth * 1.5, max: coreWidth * 1.5 },
    y: { min: stage.y + stage.height * 0.1, max: floorY - coreWidth },
    speed: { min: place.css(40), max: place.css(160) },
    angle: { min: 0, max: 360 },
    gravityY: place.css(120),
    lifespan: { min: 400, max: 900 },
    scale: { start: place.css(0.25), end: 0 },
    tint: [0xffffff, 0x9ff6ff, 0xffc0f0],
    blendMode: Phaser.BlendModes.ADD,
    frequency: 200,
    maxAliveParticles: 40,
    emitting: false,
  });
  const rising = place.particles(centerX, floorY, "dot", {
    x: { min: -coreWidth * 0.4, max: coreWidth * 0.4 },
    speedY: { min: -place.css(160), max: -place.css(80) },
    lifespan: 3200,
    scale: { start: place.css(0.35), end: 0 },
    alpha: { start: 0.9, end: 0 },
    blendMode: Phaser.BlendModes.ADD,
    frequency: 60,
    maxAliveParticles: 60,
  });
  let flare = 0;

  return {
    update(frame) {
      const { look, time, light } = frame;
      flare = Math.max(0, flare - frame.delta / 1500);
      const coreColor = elementColor(HALL_HUE, 0, look, 0.75, 0.65);
      core.setTint(coreColor).setAlpha(0.35 + 0.15 * elementPulse(0, look, time, 0.5) + flare * 0.4);
      coreInner.setAlpha(0.6 + flare * 0.4);
      baseGlow.setTint(coreColor).setAlpha(0.35 + flare * 0.5);
      rings.forEach(({ ring, index }) => {
        // Rings climb the core and are reborn at its foot; under sync they climb evenly spaced.
        const spacing = index / ringCount;
        const own = (elementPulse(index + 20, look, time, 0.05) - 0.5) * (1 - look.sync);
        const t = (time * 0.12 + spacing + own + 10) % 1;
        const y = floorY - t * (floorY - stage.y * 0.5);
        const size = coreWidth * (4.2 - t * 2.2);
        ring.setPosition(centerX, y).setDisplaySize(size, size * 0.28);
        ring.setTint(elementColor(HALL_HUE, index + 20, look, 0.85, 0.62));
        ring.setAlpha(Math.min(1, Math.sin(t * Math.PI) * (0.6 + flare)));
      });
      coils.clear();
      for (let coil = 0; coil < 2; coil += 1) {
        const color = elementColor(HALL_HUE + 30, 40 + coil, look, 0.8, 0.6);
        coils.lineStyle(place.css(2), color, 0.55 + flare * 0.4);
        coils.beginPath();
        for (let step = 0; step <= 60; step += 1) {
          const t = step / 60;
          const y = floorY - t * (floorY - stage.y * 0.2);
          const x = centerX + Math.sin(t * 26 + time * 1.5 + coil * Math.PI) * coreWidth * (1.3 - t * 0.5);
          if (step === 0) coils.moveTo(x, y);
          else coils.lineTo(x, y);
        }
        coils.strokePath();
      }
      screens.forEach((screen, index) => {
        screen
          .setTint(elementColor(HALL_HUE, 80 + index, look, 0.8, 0.65))
          .setAlpha(0.55 + 0.2 * elementPulse(80 + index, look, time, 0.7) + flare * 0.3);
      });
      lamps.forEach((lamp, index) => {
        lamp
          .setTint(elementColor(HALL_HUE, 60 + index, look, 0.9, 0.6))
          .setAlpha(0.25 + 0.75 * elementPulse(60 + index, look, time, 1.2));
      });
      // Sparks fly when the cast pulls apart or the mood is tense.
      const agitation = Math.max(look.tension, light.contrast * 2, light.flicker) * light.busyness;
      sparks.emitting = agitation > 0.3 || flare > 0.2;
      if (sparks.emitting) sparks.frequency = 400 / Math.max(0.3, agitation + flare * 2);
      rising.setParticleTint(coreColor);
    },
    cue(sfx) {
      if (sfx === "surge" || sfx === "glitch" || sfx === "pulse" || sfx === "static") {
        flare = 1;
        if (!place.reducedMotion) sparks.explode(24);
      }
    },
  };
}
