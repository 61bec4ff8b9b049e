import * as Phaser from "phaser";
import { paintLumenSkyline } from "../art/lumenSkyline";
import { addNightSky } from "../art/nightSky";
import type { Place, PlaceContext } from "../place";
import { lookFromLean } from "../stanceLook";

/**
 * Neo-Lumen, "A Flawless Utopia": the collective dream holds, perfect. A mirror-symmetric city
 * in one pale cyan under a perfect halo; the crowd in exact rows, every wristband the same colour
 * beating the same beat. At the edge, one figure whose colour does not match fades away: Maris's
 * question, silenced. Almost nothing moves.
 */
export function buildFlawlessUtopia(place: PlaceContext): Place {
  const { width, layout } = place;
  const clear = layout.clear;
  const groundY = layout.horizon - layout.height * 0.04;
  const still = lookFromLean(-1, 0);
  const sky = addNightSky(place, {
    seed: 71,
    horizon: groundY,
    stops: [
      [0, 0x051226],
      [0.6, 0x0f3050],
      [1, 0x2a7088],
    ],
    auroraHue: 186,
    auroraStrength: 0.3,
    stars: 40,
  });
  // One half of the city, and its mirror image: perfect symmetry.
  const { sharedKey } = paintLumenSkyline(place, "half", {
    seed: 23,
    width: width / 2,
    height: groundY * 0.55,
    body: 0x0c2238,
    tallest: 0.9,
    density: 12,
    glow: 0.9,
    detail: place.css(1.4),
  });
  place.image(0, groundY, sharedKey).setOrigin(0, 1);
  place
    .image(width / 2, groundY, sharedKey)
    .setOrigin(0, 1)
    .setFlipX(true);
  const halo = place
    .image(clear.x + clear.width / 2, clear.y + clear.height * 0.36, "ring")
    .setBlendMode(Phaser.BlendModes.ADD)
    .setTint(0xcffcff);
  const haloSize = Math.min(clear.width, clear.height) * 0.62;
  halo.setDisplaySize(haloSize, haloSize);
  const haloGlow = place.glow(halo.x, halo.y, haloSize * 0.8, 0x9ff6ff, 0.25);

  const rows = 5;
  const bands: Phaser.GameObjects.Image[] = [];
  for (let row = 0; row < rows; row += 1) {
    const y = groundY + place.css(30) + row * place.css(26);
    const size = place.css(34 + row * 6);
    const count = Math.floor(width / (size * 0.9));
    for (let column = 0; column <= count; column += 1) {
      const x = (column + (row % 2) * 0.5) * (width / count);
      place
        .image(x, y, "dreamer", 0x06101c)
        .setOrigin(0.5, 1)
        .setDisplaySize(size * 0.75, size);
      bands.push(
        place
          .image(x + size * 0.16, y - size * 0.14, "dot")
          .setBlendMode(Phaser.BlendModes.ADD)
          .setDisplaySize(size * 0.14, size * 0.14)
          .setTint(0x9ff6ff),
      );
    }
  }
  const dissenterX = Math.min(width - place.css(30), clear.x + clear.width + place.css(20));
  const dissenter = place
    .image(dissenterX, groundY + place.css(24), "dreamer", 0x3a1430)
    .setOrigin(0.5, 1)
    .setDisplaySize(place.css(40), place.css(54));
  const mark = place
    .image(dissenterX, groundY - place.css(48), "shard", 0xff4fa0)
    .setDisplaySize(place.css(26), place.css(26))
    .setBlendMode(Phaser.BlendModes.ADD);
  const markGlow = place.glow(dissenterX, groundY - place.css(48), place.css(30), 0xff4fa0, 0.5);

  return {
    update(frame) {
      sky({ ...frame, look: still });
      const beat = 0.5 + 0.5 * Math.sin(frame.time * Math.PI * 0.9);
      for (const band of bands) band.setAlpha(0.5 + beat * 0.5);
      halo.setAlpha(0.55 + beat * 0.2);
      haloGlow.setAlpha(0.18 + beat * 0.1);
      // The dissenting mark flares, then is smoothed away, again and again.
      const cycle = (frame.time * 0.12) % 1;
      mark.setAlpha(Math.max(0, 1 - cycle * 1.6)).setAngle(cycle * 40);
      markGlow.setAlpha(Math.max(0, 0.6 - cycle * 1.2));
      dissenter.setAlpha(0.5 + 0.5 * Math.max(0, 1 - cycle * 2));
    },
  };
}
