import * as Phaser from "phaser";
import { addLumenSkyline } from "../../art/lumenSkyline";
import { between, seededRandom } from "../../art/random";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementPulse } from "../../stanceLook";

const DEBRIEF_HUE = 176;

/**
 * The debriefing: the morning after, in a round hall under a long window where dawn rises over
 * the city. The community sits in rings around a low table; above it, a slowly turning sphere of
 * threads is the new shared story taking shape. Everything moves slowly here.
 */
export function buildDebriefing(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const stage = layout.stage;
  place.gradient(0, 0, width, height, [
    [0, 0x0b0a1e],
    [0.55, 0x171430],
    [1, 0x06050c],
  ]);
  // The long window: dawn over the city.
  const windowTop = stage.y + stage.height * 0.08;
  const windowBottom = stage.y + stage.height * 0.62;
  const windowLeft = width * 0.06;
  const windowWidth = width * 0.88;
  place.gradient(windowLeft, windowTop, windowWidth, windowBottom - windowTop, [
    [0, 0x1b2a6a],
    [0.5, 0x7a4a8a],
    [0.8, 0xf08a70],
    [1, 0xffd28a],
  ]);
  const sun = place.glow(width * 0.64, windowBottom - place.css(4), stage.height * 0.3, 0xffc070, 0.7);
  const city = addLumenSkyline(
    place,
    "dawn-city",
    {
      seed: 19,
      width: windowWidth,
      height: (windowBottom - windowTop) * 0.6,
      body: 0x2a1a44,
      tallest: 0.9,
      density: 20,
      glow: 0.35,
      detail: place.css(1),
    },
    windowBottom,
  );
  const mullions = place.add(place.scene.add.graphics());
  mullions.fillStyle(0x0b0a1e, 1);
  mullions.fillRect(0, windowTop - place.css(12), width, place.css(12));
  mullions.fillRect(0, windowBottom, width, place.css(10));
  mullions.fillRect(0, windowTop, windowLeft, windowBottom - windowTop);
  mullions.fillRect(windowLeft + windowWidth, windowTop, width - windowLeft - windowWidth, windowBottom - windowTop);
  const panes = 6;
  for (let pane = 1; pane < panes; pane += 1) {
    mullions.fillRect(
      windowLeft + (windowWidth * pane) / panes - place.css(3),
      windowTop,
      place.css(6),
      windowBottom - windowTop,
    );
  }
  // Shafts of morning light falling into the hall.
  for (const share of [0.25, 0.5, 0.75]) {
    place
      .image(windowLeft + windowWidth * share, windowBottom - place.css(4), "shaft", 0xffc890, 0.2)
      .setOrigin(0.35, 0)
      .setDisplaySize(windowWidth * 0.22, height - windowBottom)
      .setBlendMode(Phaser.BlendModes.ADD);
  }

  // Rings of seats around the table, people seated with dimmed wristbands.
  const tableX = width / 2;
  const tableY = windowBottom + (layout.storyPanel.y - windowBottom) * 0.9 + place.css(30);
  const seats = place.add(place.scene.add.graphics());
  for (let ring = 3; ring >= 1; ring -= 1) {
    seats.fillStyle(0x100e22 + ring * 0x020204, 1);
    seats.fillEllipse(tableX, tableY + ring * place.css(16), width * (0.3 + ring * 0.22), place.css(50 + ring * 40));
    seats.lineStyle(place.css(1), 0xffc890, 0.12);
    seats.strokeEllipse(tableX, tableY + ring * place.css(16), width * (0.3 + ring * 0.22), place.css(50 + ring * 40));
  }
  seats.fillStyle(0x1c1838, 1);
  seats.fillEllipse(tableX, tableY, width * 0.18, place.css(34));
  const random = seededRandom(71);
  const people = Array.from({ length: layout.compact ? 10 : 18 }, (_, index) => {
    const angle = Math.PI * (1.05 + (index / 17) * 0.9) + between(random, -0.05, 0.05);
    const ring = 1 + (index % 2);
    const rx = width * (0.15 + ring * 0.11);
    const ry = place.css(25 + ring * 20);
    const x = tableX + Math.cos(angle) * rx;
    const y = tableY + ring * place.css(16) + Math.sin(angle) * ry;
    const size = place.css(46 + ring * 6);
    place
      .image(x, y, "dreamer", 0x0a0816)
      .setOrigin(0.5, 1)
      .setDisplaySize(size * 0.75, size);
    return place
      .image(x + size * 0.2, y - size * 0.15, "dot")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(size * 0.14, size * 0.14);
  });

  // The shared story taking shape above the table: a sphere of threads turning.
  const sphere = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);
  const sphereRadius = Math.min(stage.height * 0.16, width * 0.12);
  const sphereY = tableY - sphereRadius * 1.7;
  const sphereGlow = place.glow(tableX, sphereY, sphereRadius * 2.4, 0xffe0b0, 0.35);

  place.particles(0, 0, "dot", {
    x: { min: windowLeft, max: windowLeft + windowWidth },
    y: { min: windowBottom, max: height },
    lifespan: { min: 8000, max: 12000 },
    speedY: { min: -place.css(4), max: place.css(3) },
    speedX: { min: -place.css(3), max: place.css(3) },
    scale: { start: place.css(0.2), end: 0 },
    alpha: { start: 0.6, end: 0 },
    tint: 0xffe0b8,
    blendMode: Phaser.BlendModes.ADD,
    frequency: 300,
    maxAliveParticles: 30,
    advance: 9000,
  });

  return {
    update(frame) {
      const { look, time } = frame;
      city(look.divergence);
      sun.setAlpha(0.55 + 0.1 * Math.sin(time * 0.3));
      people.forEach((band, index) => {
        band
          .setTint(elementColor(DEBRIEF_HUE, index, look, 0.7, 0.66))
          .setAlpha(0.35 + 0.35 * elementPulse(index, look, time, 0.25));
      });
      sphere.clear();
      const turn = time * 0.25;
      for (let meridian = 0; meridian < 8; meridian += 1) {
        const angle = turn + (meridian / 8) * Math.PI;
        const color = elementColor(DEBRIEF_HUE + 20, 40 + meridian, look, 0.7, 0.7);
        sphere.lineStyle(place.css(1.5), color, 0.25 + 0.35 * Math.abs(Math.cos(angle)));
        sphere.strokeEllipse(tableX, sphereY, Math.abs(Math.cos(angle)) * sphereRadius * 2 + 1, sphereRadius * 2);
      }
      for (let parallel = 1; parallel < 4; parallel += 1) {
        const y = sphereY + (parallel - 2) * sphereRadius * 0.5;
        const across = Math.sqrt(1 - ((parallel - 2) * 0.5) ** 2) * sphereRadius * 2;
        sphere.lineStyle(place.css(1), elementColor(DEBRIEF_HUE + 20, 60 + parallel, look, 0.7, 0.7), 0.35);
        sphere.strokeEllipse(tableX, y, across, across * 0.22);
      }
      sphereGlow.setAlpha(0.25 + 0.1 * Math.sin(time * 0.8));
    },
  };
}
