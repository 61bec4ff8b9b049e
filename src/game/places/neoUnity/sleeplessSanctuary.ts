import * as Phaser from "phaser";
import { between, seededRandom } from "../../art/random";
import { cssColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementPulse, elementSeed } from "../../stanceLook";

const CANDLE = 0xffb35a;

/**
 * The Sleepless Sanctuary: a dim vaulted room lit only by candles, where the activists who refuse
 * the shared dream keep watch. Above each of them floats a small private dream in its own colour;
 * a DreamSync node hangs dark on the wall, its cable cut. When the cast leans to unity even the
 * private dreams drift toward one colour.
 */
export function buildSleeplessSanctuary(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const clear = layout.clear;
  place.gradient(0, 0, width, height, [
    [0, 0x050304],
    [0.5, 0x140a08],
    [1, 0x050303],
  ]);
  const vaultKey = place.paint("vaults", width, layout.horizon, (context, w, h) => {
    const arches = Math.max(3, Math.round(w / place.css(260)));
    for (let arch = 0; arch < arches; arch += 1) {
      const archWidth = w / arches;
      const x = arch * archWidth;
      const gradient = context.createLinearGradient(0, 0, 0, h);
      gradient.addColorStop(0, "rgba(40,22,16,0)");
      gradient.addColorStop(1, "rgba(60,32,20,0.6)");
      context.fillStyle = gradient;
      context.beginPath();
      context.moveTo(x + archWidth * 0.12, h);
      context.lineTo(x + archWidth * 0.12, h * 0.45);
      context.quadraticCurveTo(x + archWidth * 0.5, h * 0.02, x + archWidth * 0.88, h * 0.45);
      context.lineTo(x + archWidth * 0.88, h);
      context.closePath();
      context.fill();
      context.strokeStyle = cssColor(0x8a5a3a, 0.25);
      context.lineWidth = place.css(3);
      context.stroke();
    }
  });
  place.image(0, 0, vaultKey).setOrigin(0, 0);
  const floorY = layout.horizon;
  place.gradient(0, floorY, width, height - floorY, [
    [0, 0x1c100a],
    [1, 0x040202],
  ]);
  // The pool of candlelight where the watchers sit.
  place
    .image(width / 2, floorY + place.css(40), "glow", 0xff9a40, 0.32)
    .setDisplaySize(width * 0.9, layout.stage.height * 0.7)
    .setBlendMode(Phaser.BlendModes.ADD);

  // The cut-off DreamSync node on the wall.
  const nodeX = clear.x + clear.width * 0.82;
  const nodeY = clear.y + clear.height * 0.25;
  const cable = place.add(place.scene.add.graphics());
  cable.lineStyle(place.css(3), 0x2a2230, 1);
  cable.beginPath();
  cable.moveTo(nodeX, 0);
  cable.lineTo(nodeX, nodeY - place.css(18));
  cable.strokePath();
  cable.beginPath();
  cable.moveTo(nodeX, nodeY + place.css(18));
  cable.lineTo(nodeX + place.css(6), nodeY + place.css(60));
  cable.lineTo(nodeX - place.css(4), nodeY + place.css(80));
  cable.strokePath();
  cable.fillStyle(0x1a1420, 1);
  cable.fillCircle(nodeX, nodeY, place.css(18));
  cable.lineStyle(place.css(2), 0x6a5a80, 0.5);
  cable.strokeCircle(nodeX, nodeY, place.css(18));
  const ember = place.glow(nodeX, nodeY, place.css(10), 0xb070ff, 0.2);
  const sparkTip = place.glow(nodeX - place.css(4), nodeY + place.css(80), place.css(8), 0xc090ff, 0);

  // Candles: on the floor in a ring and along a ledge.
  const random = seededRandom(29);
  const candles: Array<{
    flame: Phaser.GameObjects.Image;
    halo: Phaser.GameObjects.Image;
    size: number;
    seed: number;
  }> = [];
  const addCandle = (x: number, y: number, size: number) => {
    const body = place.add(place.scene.add.graphics());
    body.fillStyle(0xe8d8c0, 0.9);
    body.fillRect(x - size * 0.18, y - size * 0.9, size * 0.36, size * 0.9);
    const halo = place.glow(x, y - size * 1.2, size * 3.2, CANDLE, 0.45);
    const flame = place
      .image(x, y - size * 0.9, "flame", 0xffc070)
      .setOrigin(0.5, 0.95)
      .setDisplaySize(size * 0.5, size);
    flame.setBlendMode(Phaser.BlendModes.ADD);
    candles.push({ flame, halo, size, seed: candles.length });
  };
  const ledgeY = clear.y + clear.height * 0.62;
  const ledge = place.add(place.scene.add.graphics());
  ledge.fillStyle(0x24140e, 1);
  ledge.fillRect(0, ledgeY, width, place.css(10));
  const ledgeCount = Math.round(width / place.css(60));
  for (let index = 0; index < ledgeCount; index += 1) {
    if (random() < 0.35) continue;
    addCandle(
      (index + 0.5) * (width / ledgeCount) + between(random, -10, 10),
      ledgeY,
      place.css(between(random, 18, 30)),
    );
  }

  // The watchers, seated in a ring, each with a private dream floating above.
  const ringY = floorY + place.css(60);
  const watchers = layout.compact ? 6 : 9;
  const dreams: Array<{ shell: Phaser.GameObjects.Image; heart: Phaser.GameObjects.Image; x: number; y: number }> = [];
  for (let index = 0; index < watchers; index += 1) {
    const angle = Math.PI * (1.1 + (index / (watchers - 1)) * 0.8);
    const x = width / 2 + Math.cos(angle) * width * 0.36;
    const y = ringY + Math.sin(angle) * place.css(40) + place.css(40);
    const size = place.css(84);
    place
      .image(x, y, "dreamer", 0x0c0605)
      .setOrigin(0.5, 1)
      .setDisplaySize(size * 0.8, size * 0.9);
    addCandle(x + size * 0.45, y, place.css(24));
    const dreamY = y - size * 1.35;
    const shell = place
      .image(x, dreamY, "ring")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(size * 0.6, size * 0.6);
    const heart = place
      .image(x, dreamY, "glow")
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(size * 0.5, size * 0.5);
    dreams.push({ shell, heart, x, y: dreamY });
  }
  for (let index = 0; index < 10; index += 1) {
    addCandle(
      width * (0.3 + random() * 0.4),
      floorY + place.css(between(random, 90, 150)),
      place.css(between(random, 20, 30)),
    );
  }

  return {
    update(frame) {
      const { look, time, motion } = frame;
      for (const candle of candles) {
        // Flames flicker on their own, always; reduced motion keeps only a slow breath.
        const jitter = motion
          ? Math.sin(time * 9 + candle.seed * 1.7) * 0.08 + (Math.random() - 0.5) * 0.12
          : Math.sin(time * 2 + candle.seed) * 0.04;
        candle.flame.setScale(candle.flame.scaleX, (candle.size / 64) * (1 + jitter));
        candle.flame.setAlpha(0.85 + jitter);
        candle.halo.setAlpha(0.42 + jitter * 0.6);
      }
      dreams.forEach((dream, index) => {
        const color = elementColor(30, index, look, 0.85, 0.62);
        const bob = Math.sin(time * 0.7 + elementSeed(index, 5) * 4) * place.css(5);
        dream.shell
          .setPosition(dream.x, dream.y + bob)
          .setTint(color)
          .setAlpha(0.55 + 0.35 * elementPulse(index, look, time, 0.3));
        dream.heart
          .setPosition(dream.x, dream.y + bob)
          .setTint(color)
          .setAlpha(0.5 + 0.4 * elementPulse(index + 40, look, time, 0.3));
      });
      ember.setAlpha(0.1 + 0.1 * Math.sin(time * 0.5));
      sparkTip.setAlpha(motion && Math.sin(time * 5.3) > 0.96 ? 0.9 : 0);
    },
  };
}
