import * as Phaser from "phaser";
import { addDreamerCrowd } from "../../art/dreamerCrowd";
import { addLumenSkyline } from "../../art/lumenSkyline";
import { addNightSky } from "../../art/nightSky";
import { addTransceiver } from "../../art/transceiver";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementPulse } from "../../stanceLook";

const GROUNDS_HUE = 184;

/**
 * The festival grounds of the Nexus Dreamscape: a great arch of living light over a sea of
 * dreamers, a Nexus orb fed by the Transceivers on either side, strings of lanterns, lights
 * rising into the night. The crowd's wristbands are the whole city's pulse.
 */
export function buildFestivalGrounds(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const stage = layout.stage;
  const groundY = layout.horizon - layout.height * 0.08;
  const sky = addNightSky(place, {
    seed: 23,
    horizon: groundY,
    stops: [
      [0, 0x06031c],
      [0.6, 0x26104e],
      [1, 0x163e6c],
    ],
    auroraHue: 190,
    auroraAccent: 100,
    auroraStrength: 0.45,
  });
  const far = addLumenSkyline(
    place,
    "far",
    {
      seed: 13,
      width,
      height: groundY * 0.35,
      body: 0x1e1850,
      tallest: 0.9,
      density: 24,
      glow: 0.4,
      detail: place.css(1.1),
    },
    groundY,
  );

  const orb = { x: width / 2, y: Math.max(layout.clear.y + stage.height * 0.18, stage.y + stage.height * 0.3) };
  // The outermost band of the arch must stay below the top of the screen.
  const archWidth = Math.min(width * 0.62, ((groundY - stage.y) * 0.95) / 0.85);
  const transceivers = [
    addTransceiver(place, orb.x - archWidth * 0.78, groundY, stage.height * 0.62, { index: 0, baseHue: GROUNDS_HUE }),
    addTransceiver(place, orb.x + archWidth * 0.78, groundY, stage.height * 0.62, { index: 1, baseHue: GROUNDS_HUE }),
  ];
  const beams = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const arches = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const lanterns = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const orbHalo = place.glow(orb.x, orb.y, stage.height * 0.28, 0x7fffee, 0.5);
  const orbCore = place.glow(orb.x, orb.y, stage.height * 0.08, 0xffffff, 1);
  const orbRings = [0, 1, 2].map(() =>
    place
      .image(orb.x, orb.y, "ring")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(stage.height * 0.26, stage.height * 0.26),
  );

  const crowd = addDreamerCrowd(place, {
    seed: 33,
    left: -width * 0.02,
    right: width * 1.02,
    backY: groundY + place.css(6),
    frontY: groundY + (height - groundY) * 0.8,
    count: Math.round(Math.min(110, 30 + width / place.css(16))),
    size: place.css(64),
    baseHue: GROUNDS_HUE,
    raised: 0.35,
  });

  const rising = place.particles(0, 0, "glow", {
    x: { min: width * 0.05, max: width * 0.95 },
    y: { min: groundY, max: height },
    speedY: { min: -place.css(30), max: -place.css(14) },
    speedX: { min: -place.css(4), max: place.css(4) },
    lifespan: { min: 9000, max: 14000 },
    scale: { start: place.css(0.08), end: place.css(0.02) },
    alpha: { start: 0.9, end: 0 },
    blendMode: Phaser.BlendModes.ADD,
    frequency: 260,
    maxAliveParticles: 45,
    advance: 10000,
  });

  return {
    update(frame) {
      const { look, time } = frame;
      sky(frame);
      far(look.divergence);
      for (const transceiver of transceivers) transceiver.update(frame);
      const orbColor = elementColor(GROUNDS_HUE, 0, look, 0.7, 0.7);
      const beat = elementPulse(0, look, time, 0.45);
      orbHalo.setTint(orbColor).setAlpha(0.35 + beat * 0.3);
      orbCore.setAlpha(0.8 + beat * 0.2);
      // Three rings turning like a gyroscope round the Nexus.
      const ringSize = stage.height * 0.26;
      orbRings.forEach((ring, index) => {
        const turn = time * (0.4 + index * 0.15) + (index * Math.PI) / 3;
        ring.setTint(elementColor(GROUNDS_HUE, 30 + index, look, 0.8, 0.68));
        ring.setRotation((index * Math.PI) / 3);
        ring.setDisplaySize(ringSize, ringSize * Math.max(0.08, Math.abs(Math.cos(turn))));
      });

      beams.clear();
      transceivers.forEach((transceiver, index) => {
        const color = elementColor(GROUNDS_HUE, 10 + index, look, 0.8, 0.65);
        beams.lineStyle(place.css(2), color, 0.25 + 0.35 * elementPulse(10 + index, look, time, 0.45));
        beams.lineBetween(transceiver.top.x, transceiver.top.y, orb.x, orb.y);
      });

      // The arch: nested bands of light, each a colour of the cast's palette.
      arches.clear();
      for (let band = 0; band < 6; band += 1) {
        const color = elementColor(GROUNDS_HUE, 20 + band, look, 0.85, 0.6);
        const pulse = elementPulse(20 + band, look, time - band * 0.15 * look.sync, 0.5);
        arches.lineStyle(place.css(3 - band * 0.3), color, 0.3 + pulse * 0.5);
        const spread = archWidth * (0.5 + band * 0.07);
        arches.beginPath();
        arches.arc(orb.x, groundY, spread, Math.PI, Math.PI * 2, false);
        arches.strokePath();
      }

      // Lantern strings from the arch to the edges of the grounds.
      lanterns.clear();
      for (const side of [-1, 1]) {
        for (let string = 0; string < 2; string += 1) {
          const fromX = orb.x + side * archWidth * (0.5 + string * 0.2);
          const fromY = groundY - archWidth * 0.35;
          const toX = side < 0 ? 0 : width;
          const toY = groundY - stage.height * (0.25 - string * 0.08);
          lanterns.lineStyle(place.css(1), 0xffffff, 0.12);
          lanterns.beginPath();
          const bulbs = 14;
          for (let bulb = 0; bulb <= bulbs; bulb += 1) {
            const t = bulb / bulbs;
            const x = fromX + (toX - fromX) * t;
            const y = fromY + (toY - fromY) * t + Math.sin(t * Math.PI) * place.css(40);
            if (bulb === 0) lanterns.moveTo(x, y);
            else lanterns.lineTo(x, y);
          }
          lanterns.strokePath();
          for (let bulb = 1; bulb < bulbs; bulb += 1) {
            const t = bulb / bulbs;
            const x = fromX + (toX - fromX) * t;
            const y = fromY + (toY - fromY) * t + Math.sin(t * Math.PI) * place.css(40);
            const element = 60 + string * 20 + bulb + (side < 0 ? 0 : 100);
            lanterns.fillStyle(
              elementColor(GROUNDS_HUE, element, look, 0.9, 0.65),
              0.5 + 0.5 * elementPulse(element, look, time, 0.6),
            );
            lanterns.fillCircle(x, y, place.css(3));
          }
        }
      }
      crowd.update(frame);
      rising.setParticleTint(elementColor(GROUNDS_HUE, 5 + (Math.floor(time * 2) % 6), look, 0.8, 0.7));
    },
    cue(sfx) {
      if (sfx === "surge" || sfx === "pulse" || sfx === "applause" || sfx === "crowd") {
        for (const transceiver of transceivers) transceiver.surge();
      }
    },
  };
}
