import type * as Phaser from "phaser";
import { between, seededRandom } from "../../art/random";
import { addSyncNetwork } from "../../art/syncNetwork";
import { cssColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementPulse } from "../../stanceLook";

/**
 * A Dream Co-op: a warm, lamp-lit workshop where members build a mosaic wall together, tile by
 * tile, each tile a dream of its own. Hanging plants, worktables, one shared node linking every
 * member. The mosaic keeps every colour under individuality and settles into one under unity.
 */
export function buildDreamCoop(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  place.gradient(0, 0, width, height, [
    [0, 0x120a10],
    [0.55, 0x241420],
    [1, 0x0a0608],
  ]);
  // The mosaic wall, assembled tile by tile in a loop.
  const wallWidth = Math.min(clear.width * 0.86, clear.height * 1.5);
  const wallHeight = clear.height * 0.62;
  const wallX = clear.x + (clear.width - wallWidth) / 2;
  const wallY = clear.y + clear.height * 0.08;
  const backing = place.add(place.scene.add.graphics());
  backing.fillStyle(0x1a0f18, 1);
  backing.fillRoundedRect(
    wallX - place.css(10),
    wallY - place.css(10),
    wallWidth + place.css(20),
    wallHeight + place.css(20),
    place.css(8),
  );
  backing.lineStyle(place.css(2), 0xffc890, 0.3);
  backing.strokeRoundedRect(
    wallX - place.css(10),
    wallY - place.css(10),
    wallWidth + place.css(20),
    wallHeight + place.css(20),
    place.css(8),
  );
  const columns = Math.max(8, Math.round(wallWidth / place.css(22)));
  const cell = wallWidth / columns;
  const rows = Math.max(4, Math.floor(wallHeight / cell));
  const tiles: Array<{
    image: Phaser.GameObjects.Image;
    order: number;
    element: number;
    shade: number;
    petal: number;
  }> = [];
  const random = seededRandom(64);
  const order = Array.from({ length: columns * rows }, (_, index) => index).sort(() => random() - 0.5);
  for (let row = 0; row < rows; row += 1) {
    for (let column = 0; column < columns; column += 1) {
      const index = row * columns + column;
      const image = place
        .image(wallX + (column + 0.5) * cell, wallY + (row + 0.5) * cell, "tile")
        .setDisplaySize(cell * 0.9, cell * 0.9);
      // The mosaic's picture: a flower of rings and petals; each tile's lightness comes from it.
      const dx = (column + 0.5 - columns / 2) / (rows / 2);
      const dy = (row + 0.5 - rows / 2) / (rows / 2);
      const distance = Math.hypot(dx, dy);
      const petal = Math.cos(Math.atan2(dy, dx) * 6) * 0.5 + 0.5;
      const shade = Math.max(
        0.18,
        Math.min(
          0.78,
          0.72 - distance * 0.35 + petal * 0.22 * Math.max(0, 1 - distance) + (Math.round(distance * 4) % 2) * 0.08,
        ),
      );
      tiles.push({ image, order: order.indexOf(index) / (columns * rows), element: index, shade, petal });
    }
  }

  // Worktables with lamps and members bent over them.
  const tableY = clear.y + clear.height * 0.92;
  const workers: Array<{ x: number; y: number }> = [];
  const tables = place.add(place.scene.add.graphics());
  for (const share of [0.18, 0.5, 0.82]) {
    const x = width * share;
    tables.fillStyle(0x2a1810, 1);
    tables.fillRect(x - place.css(70), tableY, place.css(140), place.css(12));
    tables.fillRect(x - place.css(60), tableY + place.css(12), place.css(8), place.css(50));
    tables.fillRect(x + place.css(52), tableY + place.css(12), place.css(8), place.css(50));
    place.glow(x + place.css(40), tableY - place.css(26), place.css(60), 0xffc070, 0.45);
    tables.lineStyle(place.css(3), 0x3a2418, 1);
    tables.lineBetween(x + place.css(40), tableY, x + place.css(52), tableY - place.css(26));
    for (const side of [-1, 1]) {
      const worker = { x: x + side * place.css(46), y: tableY + place.css(40) };
      place
        .image(worker.x, worker.y, "dreamer", 0x0e0708)
        .setOrigin(0.5, 1)
        .setDisplaySize(place.css(50), place.css(66));
      workers.push({ x: worker.x, y: worker.y - place.css(56) });
    }
  }

  // Hanging plants along the top edge.
  const plantsKey = place.paint("plants", width, place.css(120), (context, w, h) => {
    const plantRandom = seededRandom(9);
    for (let plant = 0; plant < Math.round(w / place.css(90)); plant += 1) {
      const x = plantRandom() * w;
      const length = h * between(plantRandom, 0.4, 1);
      context.strokeStyle = cssColor(0x2a4a2a, 0.9);
      context.lineWidth = place.css(1.5);
      context.beginPath();
      context.moveTo(x, 0);
      context.quadraticCurveTo(x + place.css(10), length / 2, x, length);
      context.stroke();
      for (let leaf = 0; leaf < 7; leaf += 1) {
        const y = (leaf / 7) * length;
        context.fillStyle = cssColor(leaf % 2 ? 0x3a6a3a : 0x2e5a34, 0.95);
        context.beginPath();
        context.ellipse(
          x + (leaf % 2 ? 1 : -1) * place.css(7),
          y,
          place.css(8),
          place.css(4),
          (leaf % 2 ? 1 : -1) * 0.6,
          0,
          Math.PI * 2,
        );
        context.fill();
      }
    }
  });
  place.image(0, 0, plantsKey).setOrigin(0, 0);

  const hub = { x: wallX + wallWidth / 2, y: wallY + wallHeight + place.css(26), size: 1.6 };
  const network = addSyncNetwork(place, {
    nodes: [hub, ...workers],
    baseHue: 30,
    reach: width,
    maxLinks: 8,
    lineWidth: place.css(1.2),
    nodeSize: place.css(8),
    fragility: 0.3,
  });

  return {
    update(frame) {
      const { look, time } = frame;
      // The wall is built tile by tile, then stands complete a while before the next one begins.
      const cycle = (time * 0.03 + 0.9) % 1.8;
      for (const tile of tiles) {
        const shown = Math.min(1, Math.max(0, (cycle - tile.order * 0.8) * 14));
        tile.image.setAlpha(shown * (0.8 + 0.2 * elementPulse(tile.element, look, time, 0.05)));
        // Under unity the flower shows in one warm hue; each member's own colour shows through otherwise.
        const hue = 24 + tile.petal * 300 * look.divergence * 0.3;
        tile.image.setTint(elementColor(hue, tile.element, look, 0.7, tile.shade));
        tile.image.setScale((cell * 0.9 * (0.7 + shown * 0.3)) / 64);
      }
      network.update(frame);
    },
  };
}
