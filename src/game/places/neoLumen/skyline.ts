import * as Phaser from "phaser";
import { addDreamerCrowd } from "../../art/dreamerCrowd";
import { addLumenSkyline } from "../../art/lumenSkyline";
import { addNightSky } from "../../art/nightSky";
import { addTransceiver } from "../../art/transceiver";
import type { Place, PlaceContext, StageFrame } from "../../place";
import { elementColor, elementPulse } from "../../stanceLook";

/**
 * The Neo-Lumen skyline at night: three depths of glowing towers, the Transceivers rising among
 * them and threading the sky with the collective dream, spores drifting up, dreamers on a terrace.
 */
export function buildLumenSkyline(place: PlaceContext): Place {
  const { width, layout } = place;
  const horizon = layout.horizon;
  const sky = addNightSky(place, {
    seed: 11,
    horizon,
    stops: [
      [0, 0x05021a],
      [0.5, 0x1d0b4a],
      [0.85, 0x123a66],
      [1, 0x0f5a6a],
    ],
    auroraHue: 186,
    auroraAccent: 90,
    auroraStrength: 0.6,
  });
  const detail = place.css(1.6);
  const farGround = horizon - layout.height * 0.04;
  const far = addLumenSkyline(
    place,
    "far",
    {
      seed: 3,
      width,
      height: horizon * 0.5,
      body: 0x241a5c,
      tallest: 0.85,
      density: 26,
      glow: 0.4,
      detail: detail * 0.7,
    },
    farGround,
  );
  place.gradient(
    0,
    farGround - horizon * 0.18,
    width,
    horizon * 0.26,
    [
      [0, 0x000000, 0],
      [0.7, 0x1fa6b8, 0.22],
      [1, 0x000000, 0],
    ],
    { blend: Phaser.BlendModes.ADD },
  );

  const transceivers = [
    addTransceiver(place, width * 0.3, horizon, layout.stage.height * 0.78, { index: 0 }),
    addTransceiver(place, width * 0.72, horizon, layout.stage.height * 0.58, { index: 1 }),
    addTransceiver(place, width * 0.9, horizon, layout.stage.height * 0.4, { index: 2, rings: 4 }),
  ];
  const web = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);

  const mid = addLumenSkyline(
    place,
    "mid",
    {
      seed: 5,
      width,
      height: horizon * 0.62,
      body: 0x111a44,
      tallest: 0.8,
      density: 12,
      glow: 0.75,
      detail,
      giants: 2,
    },
    horizon,
  );
  const nearGround = horizon + layout.height * 0.04;
  const near = addLumenSkyline(
    place,
    "near",
    {
      seed: 8,
      width,
      height: horizon * 0.42,
      body: 0x070b20,
      tallest: 0.85,
      density: 6,
      glow: 1,
      detail: detail * 1.4,
      walkway: true,
    },
    nearGround,
    0.35,
  );
  const promenade = nearGround + layout.height * 0.2;
  place.gradient(0, promenade - place.css(2), width, layout.height - promenade + place.css(2), [
    [0, 0x0b1530],
    [0.1, 0x050914],
    [1, 0x020308],
  ]);
  const railing = place.add(place.scene.add.graphics());
  railing.lineStyle(place.css(1.5), 0x5fe8e0, 0.6);
  railing.lineBetween(0, promenade - place.css(2), width, promenade - place.css(2));

  const crowd = addDreamerCrowd(place, {
    seed: 21,
    left: width * 0.02,
    right: width * 0.98,
    backY: promenade - place.css(4),
    frontY: promenade + place.css(26),
    count: Math.round(Math.min(70, 18 + width / place.css(28))),
    size: place.css(56),
    baseHue: 182,
    raised: 0.15,
  });

  const spores = place.particles(0, 0, "dot", {
    x: { min: 0, max: width },
    y: { min: horizon * 0.5, max: layout.height },
    lifespan: { min: 5000, max: 9000 },
    speedY: { min: -place.css(28), max: -place.css(10) },
    speedX: { min: -place.css(6), max: place.css(6) },
    scale: { start: place.css(0.5), end: 0 },
    alpha: { start: 0.8, end: 0 },
    blendMode: Phaser.BlendModes.ADD,
    frequency: 120,
    maxAliveParticles: 60,
    advance: 6000,
  });

  return {
    update(frame) {
      sky(frame);
      const divergence = frame.look.divergence;
      far(divergence);
      mid(divergence);
      near(divergence);
      for (const transceiver of transceivers) transceiver.update(frame);
      drawDreamWeb(
        web,
        transceivers.map((transceiver) => transceiver.top),
        frame,
        place.css(1),
      );
      crowd.update(frame);
      spores.setParticleTint(elementColor(182, 800 + (Math.floor(frame.time) % 7), frame.look, 0.8, 0.65));
    },
    cue(sfx) {
      if (sfx === "surge" || sfx === "pulse") for (const transceiver of transceivers) transceiver.surge();
    },
  };
}

/** The collective dream: arcs joining the transceiver beacons, smooth under unity, frayed otherwise. */
export function drawDreamWeb(
  web: Phaser.GameObjects.Graphics,
  tops: Array<{ x: number; y: number }>,
  frame: StageFrame,
  unit: number,
) {
  web.clear();
  for (let index = 0; index + 1 < tops.length; index += 1) {
    const from = tops[index];
    const to = tops[index + 1];
    if (!from || !to) continue;
    for (let strand = 0; strand < 3; strand += 1) {
      const color = elementColor(182, 700 + index * 3 + strand, frame.look, 0.8, 0.65);
      const pulse = elementPulse(700 + index * 3 + strand, frame.look, frame.time, 0.4);
      web.lineStyle(unit * (strand === 0 ? 2 : 1), color, 0.15 + pulse * 0.35);
      const lift = unit * (70 + index * 20 + strand * 14);
      const segments = 28;
      web.beginPath();
      web.moveTo(from.x, from.y);
      for (let step = 1; step <= segments; step += 1) {
        const t = step / segments;
        const fray =
          Math.sin(t * (13 + strand * 5) + frame.time * 2.5) *
          unit *
          10 *
          frame.look.divergence *
          Math.sin(t * Math.PI);
        const x = from.x + (to.x - from.x) * t;
        const y = from.y + (to.y - from.y) * t - Math.sin(t * Math.PI) * lift + fray;
        web.lineTo(x, y);
      }
      web.strokePath();
    }
  }
}
