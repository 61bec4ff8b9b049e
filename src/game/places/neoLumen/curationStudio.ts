import * as Phaser from "phaser";
import { between, seededRandom } from "../../art/random";
import { paintGlowing, softDisc } from "../../canvasPaint";
import { cssColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementDrift, elementPulse, elementSeed } from "../../stanceLook";

const STUDIO_HUE = 178;

/**
 * Seraphina's curation studio: a dark room under an arched window onto the glowing city, where
 * the dreams of many sleepers float as orbs and run as threads through the curator's lens, to
 * leave braided into one festival dream. Under unity the threads run true into the lens in one
 * colour; under individuality they wander, miss it, and keep their own colours.
 */
export function buildCurationStudio(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const stage = layout.stage;
  place.gradient(0, 0, width, height, [
    [0, 0x070518],
    [0.5, 0x0d0f2e],
    [0.62, 0x080a1e],
    [1, 0x030309],
  ]);

  // The arched window onto the night city, left of the lens.
  const windowWidth = Math.min(width * 0.36, stage.height * 0.9);
  const windowHeight = stage.height * 0.78;
  const windowX = width * 0.3 - windowWidth / 2;
  const windowY = stage.y + stage.height * 0.1;
  const windowKey = place.paint("window", windowWidth, windowHeight, (context, w, h) => paintWindowView(context, w, h));
  place.image(windowX, windowY, windowKey).setOrigin(0, 0);
  const frame = place.add(place.scene.add.graphics());
  frame.lineStyle(place.css(5), 0x121836, 1);
  archPath(frame, windowX, windowY, windowWidth, windowHeight);
  frame.strokePath();
  frame.lineStyle(place.css(1.5), 0x5ff2e0, 0.55);
  archPath(
    frame,
    windowX - place.css(5),
    windowY - place.css(5),
    windowWidth + place.css(10),
    windowHeight + place.css(5),
  );
  frame.strokePath();
  frame.lineStyle(place.css(3), 0x121836, 1);
  frame.lineBetween(
    windowX + windowWidth / 2,
    windowY + windowWidth * 0.2,
    windowX + windowWidth / 2,
    windowY + windowHeight,
  );
  frame.lineBetween(windowX, windowY + windowHeight * 0.62, windowX + windowWidth, windowY + windowHeight * 0.62);
  // The floor, and the window's light pooled on it.
  const floorY = windowY + windowHeight + place.css(6);
  place.gradient(0, floorY, width, height - floorY, [
    [0, 0x0c1430],
    [0.3, 0x060a1a],
    [1, 0x020308],
  ]);
  place
    .image(windowX + windowWidth / 2, floorY + place.css(30), "glow", 0x2ad0c8, 0.18)
    .setDisplaySize(windowWidth * 1.4, place.css(60))
    .setBlendMode(Phaser.BlendModes.ADD);
  // Organic ribs along the walls, like the inside of a shell.
  const ribsKey = place.paint("ribs", width, floorY, (context, w, h) => {
    context.strokeStyle = "rgba(40,70,120,0.5)";
    context.lineWidth = place.css(4);
    for (let rib = 0; rib < 4; rib += 1) {
      for (const side of [0, 1]) {
        const x = side === 0 ? place.css(30 + rib * 46) : w - place.css(30 + rib * 46);
        context.beginPath();
        context.moveTo(x, h);
        context.quadraticCurveTo(x + (side === 0 ? 1 : -1) * place.css(60), h * 0.3, w / 2, -h * 0.1);
        context.stroke();
      }
    }
  });
  place.image(0, 0, ribsKey).setOrigin(0, 0).setAlpha(0.6);
  // Glowing fronds growing at both sides of the room.
  const frondKey = place.paint("frond", 160, 220, (context, w, h) => {
    paintGlowing(context, w, h, 3, (light) => {
      // Curling fronds with beads of light along them, like a deep-sea fern.
      for (let frond = 0; frond < 9; frond += 1) {
        const lean = (frond - 4) * 0.2;
        const length = h * (0.45 + ((frond * 37) % 50) / 100);
        const tipX = w / 2 + lean * w * 0.8;
        const tipY = h - length;
        const bendX = w / 2 + lean * w * 0.15;
        const bendY = h - length * 0.7;
        light.strokeStyle = "rgba(255,255,255,0.55)";
        light.lineWidth = 2;
        light.beginPath();
        light.moveTo(w / 2, h);
        light.quadraticCurveTo(bendX, bendY, tipX, tipY);
        light.stroke();
        light.fillStyle = "rgba(255,255,255,0.9)";
        for (let bead = 1; bead <= 6; bead += 1) {
          const t = bead / 6;
          const x = (1 - t) * (1 - t) * (w / 2) + 2 * (1 - t) * t * bendX + t * t * tipX;
          const y = (1 - t) * (1 - t) * h + 2 * (1 - t) * t * bendY + t * t * tipY;
          light.beginPath();
          light.arc(x, y, 1.5 + t * 2, 0, Math.PI * 2);
          light.fill();
        }
      }
    });
  });
  const fronds = [0.04, 0.13, 0.96].map((share, index) =>
    place
      .image(width * share, floorY + place.css(30), frondKey)
      .setOrigin(0.5, 1)
      .setBlendMode(Phaser.BlendModes.ADD)
      .setScale(place.css(index === 1 ? 0.55 : 0.8)),
  );

  // The dream archive: shelves of stored dreams, small capsules of light along the right wall.
  const vials: Phaser.GameObjects.Image[] = [];
  const shelfLeft = width * 0.8;
  const shelfTop = Math.max(
    stage.y + stage.height * 0.2,
    layout.compact ? stage.y : layout.stancePanel.y + layout.stancePanel.height + place.css(12),
  );
  const shelves = place.add(place.scene.add.graphics());
  for (let shelf = 0; shelf < 4; shelf += 1) {
    const y = shelfTop + shelf * place.css(34);
    if (y > layout.horizon) break;
    shelves.fillStyle(0x141a3a, 1);
    shelves.fillRect(shelfLeft, y, width - shelfLeft, place.css(4));
    for (let vial = 0; vial < 9; vial += 1) {
      const x = shelfLeft + place.css(14) + vial * place.css(22);
      if (x > width) break;
      vials.push(
        place
          .image(x, y - place.css(10), "flame")
          .setBlendMode(Phaser.BlendModes.ADD)
          .setDisplaySize(place.css(9), place.css(18))
          .setAngle(180),
      );
    }
  }

  // The curator's lens.
  const clear = layout.clear;
  const lensX = clear.x + clear.width * (layout.compact ? 0.62 : 0.6);
  const lensY = clear.y + clear.height * 0.5;
  const lensRadius = Math.min(clear.height * 0.22, width * 0.14);
  const lensHalo = place.glow(lensX, lensY, lensRadius * 2.2, 0x40e0d0, 0.35);
  const lensRing = place
    .image(lensX, lensY, "ring")
    .setBlendMode(Phaser.BlendModes.ADD)
    .setDisplaySize(lensRadius * 2.3, lensRadius * 2.3);
  const lensInner = place
    .image(lensX, lensY, "ring")
    .setBlendMode(Phaser.BlendModes.ADD)
    .setDisplaySize(lensRadius * 1.5, lensRadius * 1.5);
  const lensCore = place.glow(lensX, lensY, lensRadius * 0.5, 0xffffff, 0.8);

  // Dream orbs floating in an arc around the lens.
  const random = seededRandom(41);
  const orbCount = layout.compact ? 7 : 10;
  const orbs = Array.from({ length: orbCount }, (_, index) => {
    // Orbs float in two loose arcs either side of the lens, inside the clear band.
    const side = index % 2 === 0 ? -1 : 1;
    const rank = Math.floor(index / 2) / Math.max(1, Math.floor(orbCount / 2) - 1);
    const reach = side < 0 ? lensX - clear.x : clear.x + clear.width - lensX;
    const x = lensX + side * reach * between(random, 0.55, 0.92);
    const y = clear.y + clear.height * (0.12 + rank * 0.72) + between(random, -0.04, 0.04) * clear.height;
    const size = place.css(between(random, 14, 26));
    const halo = place.glow(x, y, size * 1.6, 0xffffff, 0.4);
    const shell = place
      .image(x, y, "ring")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(size * 1.4, size * 1.4);
    const heart = place
      .image(x, y, "dot")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(size * 0.7, size * 0.7);
    return { x, y, halo, shell, heart, size };
  });

  const threads = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);

  // The console: a curved desk at the foot of the lens, its controls blinking.
  const deskY = lensY + lensRadius * 1.8;
  const deskWidth = Math.min(width * 0.5, lensRadius * 6);
  const desk = place.add(place.scene.add.graphics());
  desk.fillStyle(0x0a0d22, 1);
  desk.fillEllipse(lensX, deskY + place.css(18), deskWidth, place.css(50));
  desk.lineStyle(place.css(2), 0x3fe0d0, 0.5);
  desk.strokeEllipse(lensX, deskY + place.css(18), deskWidth, place.css(50));
  desk.fillStyle(0x080b1c, 1);
  desk.fillTriangle(
    lensX - deskWidth * 0.16,
    deskY + place.css(30),
    lensX + deskWidth * 0.16,
    deskY + place.css(30),
    lensX,
    height * 1.3,
  );
  const controls = Array.from({ length: 10 }, (_, index) =>
    place
      .image(
        lensX + (index - 4.5) * deskWidth * 0.075,
        deskY + place.css(8) + Math.abs(index - 4.5) * place.css(1.5),
        "dot",
      )
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(place.css(7), place.css(7)),
  );

  // Holographic panels: the festival programme being curated.
  const panels = [-1, 1].map((side) =>
    place
      .image(lensX + side * deskWidth * 0.42, deskY - place.css(30), "panel")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(place.css(96), place.css(60))
      .setAngle(side * 8),
  );

  const motes = place.particles(0, 0, "dot", {
    x: { min: 0, max: width },
    y: { min: stage.y, max: height },
    lifespan: { min: 6000, max: 10000 },
    speedY: { min: -place.css(8), max: place.css(4) },
    speedX: { min: -place.css(5), max: place.css(5) },
    scale: { start: place.css(0.3), end: 0 },
    alpha: { start: 0.6, end: 0 },
    tint: 0x9ff6ef,
    blendMode: Phaser.BlendModes.ADD,
    frequency: 220,
    maxAliveParticles: 40,
    advance: 8000,
  });

  return {
    update(frame) {
      const { look, time, motion } = frame;
      const lensColor = elementColor(STUDIO_HUE, 900, look, 0.8, 0.62);
      lensRing.setRotation(time * 0.2).setTint(lensColor);
      lensInner.setRotation(-time * 0.35).setTint(elementColor(STUDIO_HUE + 30, 901, look, 0.8, 0.65));
      lensHalo.setTint(lensColor).setAlpha(0.25 + 0.15 * elementPulse(900, look, time, 0.3));
      lensCore.setAlpha(0.6 + 0.3 * elementPulse(902, look, time, 0.5));

      threads.clear();
      orbs.forEach((orb, index) => {
        const bob = Math.sin(time * 0.8 + elementSeed(index, 3) * 3) * place.css(6) * (0.3 + motion * 0.7);
        const color = elementColor(STUDIO_HUE, index, look, 0.85, 0.62);
        const pulse = elementPulse(index, look, time, 0.4);
        for (const image of [orb.halo, orb.shell, orb.heart]) image.setY(orb.y + bob);
        orb.halo.setTint(color).setAlpha(0.25 + pulse * 0.35);
        orb.shell.setTint(color).setAlpha(0.5 + pulse * 0.4);
        orb.heart.setTint(color);
        // Under individuality a thread wanders and may end beside the lens instead of in it.
        const miss = elementDrift(index, look, 12) * lensRadius * 1.1;
        const wander = place.css(40) * look.divergence;
        const endX = lensX + miss;
        const endY = lensY + elementDrift(index, look, 13) * lensRadius * 0.8;
        threads.lineStyle(place.css(2), color, 0.35 + pulse * 0.45);
        threads.beginPath();
        const startX = orb.x;
        const startY = orb.y + bob;
        threads.moveTo(startX, startY);
        for (let step = 1; step <= 24; step += 1) {
          const t = step / 24;
          const wave =
            Math.sin(t * Math.PI * 3 + time * 1.6 + index) * wander * Math.sin(t * Math.PI) * (0.3 + motion * 0.7);
          const x = startX + (endX - startX) * t;
          const y = startY + (endY - startY) * t + wave - Math.sin(t * Math.PI) * place.css(30);
          threads.lineTo(x, y);
        }
        threads.strokePath();
      });
      // The curated dream leaves the lens as one braid of three strands.
      for (let strand = 0; strand < 3; strand += 1) {
        const color = elementColor(STUDIO_HUE, 950 + strand, look, 0.85, 0.66);
        threads.lineStyle(place.css(2.5), color, 0.7);
        threads.beginPath();
        threads.moveTo(lensX, lensY);
        for (let step = 1; step <= 20; step += 1) {
          const t = step / 20;
          const x =
            lensX +
            Math.sin(t * 9 + (strand * Math.PI * 2) / 3 - time * 2 * (0.2 + motion * 0.8)) *
              place.css(8) *
              (1 + look.divergence);
          threads.lineTo(x, lensY + (deskY - lensY) * t);
        }
        threads.strokePath();
      }
      controls.forEach((control, index) => {
        control
          .setTint(elementColor(STUDIO_HUE, 300 + index, look, 0.9, 0.6))
          .setAlpha(0.3 + 0.7 * elementPulse(300 + index, look, time, 0.9));
      });
      panels.forEach((panel, index) => {
        panel
          .setTint(elementColor(STUDIO_HUE, 400 + index, look, 0.7, 0.65))
          .setAlpha(0.55 + 0.15 * Math.sin(time * 2 + index));
      });
      motes.setParticleTint(lensColor);
      fronds.forEach((frond, index) => {
        frond.setRotation(Math.sin(time * 0.6 + index * 1.7) * 0.05 * (0.3 + motion * 0.7));
        frond
          .setTint(elementColor(STUDIO_HUE, 500 + index, look, 0.8, 0.6))
          .setAlpha(0.4 + 0.2 * elementPulse(500 + index, look, time, 0.2));
      });
      vials.forEach((vial, index) => {
        vial
          .setTint(elementColor(STUDIO_HUE, 200 + index, look, 0.85, 0.62))
          .setAlpha(0.45 + 0.45 * elementPulse(200 + index, look, time, 0.15));
      });
    },
  };
}

function archPath(graphics: Phaser.GameObjects.Graphics, x: number, y: number, width: number, height: number) {
  const radius = width / 2;
  graphics.beginPath();
  graphics.moveTo(x, y + height);
  graphics.lineTo(x, y + radius);
  graphics.arc(x + radius, y + radius, radius, Math.PI, Math.PI * 2, false);
  graphics.lineTo(x + width, y + height);
}

/** The view through the studio window: night sky, aurora and the glowing towers of the city. */
function paintWindowView(context: CanvasRenderingContext2D, width: number, height: number) {
  const radius = width / 2;
  context.beginPath();
  context.moveTo(0, height);
  context.lineTo(0, radius);
  context.arc(radius, radius, radius, Math.PI, 0);
  context.lineTo(width, height);
  context.closePath();
  context.clip();
  const sky = context.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, "#0a0530");
  sky.addColorStop(0.6, "#1a2a6a");
  sky.addColorStop(1, "#126a78");
  context.fillStyle = sky;
  context.fillRect(0, 0, width, height);
  softDisc(context, width * 0.3, height * 0.35, width * 0.5, "rgba(60,230,200,0.25)");
  softDisc(context, width * 0.75, height * 0.25, width * 0.4, "rgba(140,90,255,0.22)");
  const random = seededRandom(77);
  context.fillStyle = "rgba(255,255,255,0.8)";
  for (let star = 0; star < 40; star += 1) context.fillRect(random() * width, random() * height * 0.5, 1.5, 1.5);
  const towers = Array.from({ length: 14 }, (_, index) => ({
    x: ((index + random() * 0.6) / 14) * width,
    w: width * between(random, 0.03, 0.07),
    h: height * between(random, 0.2, 0.55),
  }));
  context.fillStyle = "#070a1c";
  for (const tower of towers) {
    context.beginPath();
    context.moveTo(tower.x - tower.w / 2, height);
    context.lineTo(tower.x - tower.w * 0.3, height - tower.h);
    context.quadraticCurveTo(tower.x, height - tower.h - tower.w * 1.6, tower.x + tower.w * 0.3, height - tower.h);
    context.lineTo(tower.x + tower.w / 2, height);
    context.fill();
  }
  paintGlowing(context, width, height, 2, (light) => {
    for (const tower of towers) {
      for (let y = height - tower.h * 0.9; y < height; y += height * 0.03) {
        if (random() < 0.5) continue;
        light.fillStyle = cssColor(random() < 0.7 ? 0x5ff2e0 : 0xa88bff, 0.9);
        light.fillRect(tower.x - 1, y, 2, 3);
      }
    }
  });
}
