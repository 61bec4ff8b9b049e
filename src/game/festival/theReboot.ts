import * as Phaser from "phaser";
import { between, seededRandom } from "../art/random";
import { addTransceiver } from "../art/transceiver";
import { strokeGrid } from "../canvasPaint";
import type { Place, PlaceContext } from "../place";
import { lookFromLean } from "../stanceLook";

/**
 * Neo-Lumen, "The Reboot": Eliot restores safety. A clean blue grid; a scan line sweeps down the
 * sky again and again, and every raw, coloured fragment of dream it passes dissolves into calm
 * blue dust. The Transceivers hum in perfect order; a ring at the centre fills like a progress bar.
 */
export function buildTheReboot(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  const ordered = lookFromLean(-1, 0);
  place.gradient(0, 0, width, height, [
    [0, 0x020814],
    [0.6, 0x06162c],
    [1, 0x020610],
  ]);
  const gridKey = place.paint("grid", width, height, (context, w, h) => {
    const cell = place.css(32);
    context.strokeStyle = "rgba(90,170,255,0.12)";
    context.lineWidth = 1;
    strokeGrid(context, w, h, cell, { offsetX: (w / 2) % cell });
  });
  place.image(0, 0, gridKey).setOrigin(0, 0);
  const ground = layout.horizon;
  const transceivers = [0.12, 0.3, 0.7, 0.88].map((share, index) =>
    addTransceiver(place, width * share, ground, layout.stage.height * (0.55 - Math.abs(share - 0.5) * 0.3), {
      index,
      baseHue: 210,
    }),
  );
  const ringCenter = { x: clear.x + clear.width / 2, y: clear.y + clear.height * 0.42 };
  const ringRadius = Math.min(clear.width, clear.height) * 0.26;
  const progress = place.add(place.scene.add.graphics()).setBlendMode(Phaser.BlendModes.ADD);

  const random = seededRandom(91);
  const fragments = Array.from({ length: place.highContrast ? 12 : 26 }, () => {
    const x = between(random, 0.04, 0.96) * width;
    const y = between(random, 0.05, 0.95) * ground;
    const image = place
      .image(x, y, random() < 0.5 ? "shard" : "tile")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(place.css(between(random, 16, 34)), place.css(between(random, 16, 34)))
      .setRotation(between(random, 0, Math.PI * 2))
      .setTint(Phaser.Display.Color.HSVToRGB(random(), 0.8, 1).color);
    return { image, y };
  });
  const scan = place
    .image(width / 2, 0, "glow")
    .setBlendMode(Phaser.BlendModes.ADD)
    .setTint(0x9fd8ff)
    .setDisplaySize(width * 1.3, place.css(22));
  const scanCore = place
    .image(width / 2, 0, "glow")
    .setBlendMode(Phaser.BlendModes.ADD)
    .setTint(0xffffff)
    .setDisplaySize(width * 1.1, place.css(4));
  const dust = place.particles(0, 0, "dot", {
    lifespan: 1600,
    speedY: { min: -place.css(20), max: place.css(20) },
    speedX: { min: -place.css(30), max: place.css(30) },
    scale: { start: place.css(0.3), end: 0 },
    tint: 0x7fc0ff,
    blendMode: Phaser.BlendModes.ADD,
    frequency: -1,
    maxAliveParticles: 80,
  });

  return {
    update(frame) {
      const orderedFrame = { ...frame, look: ordered };
      for (const transceiver of transceivers) transceiver.update(orderedFrame);
      const period = place.reducedMotion ? 30 : 7;
      const sweep = (frame.time % period) / period;
      const scanY = sweep * ground;
      scan.setY(scanY);
      scanCore.setY(scanY);
      for (const fragment of fragments) {
        const erased = fragment.y < scanY;
        if (erased && fragment.image.alpha > 0.5 && frame.motion > 0)
          dust.explode(3, fragment.image.x, fragment.image.y);
        fragment.image.setAlpha(erased ? 0 : 0.85);
      }
      progress.clear();
      progress.lineStyle(place.css(3), 0x2a4a70, 0.8);
      progress.strokeCircle(ringCenter.x, ringCenter.y, ringRadius);
      progress.lineStyle(place.css(5), 0x9fd8ff, 0.9);
      progress.beginPath();
      progress.arc(ringCenter.x, ringCenter.y, ringRadius, -Math.PI / 2, -Math.PI / 2 + sweep * Math.PI * 2, false);
      progress.strokePath();
    },
  };
}
