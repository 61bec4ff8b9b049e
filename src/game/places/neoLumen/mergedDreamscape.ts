import * as Phaser from "phaser";
import { between, seededRandom } from "../../art/random";
import { cssColor } from "../../colorMath";
import type { Place, PlaceContext } from "../../place";
import { elementColor, elementDrift, elementSeed } from "../../stanceLook";

const DREAM_HUE = 200;
const FRAGMENT_TEXTURES = ["tile", "shard", "dreamer", "panel", "ring", "dreamer-raised", "spark"];

/**
 * The merged dreamscape, the climax: the Transceivers fail and surge, and every dreamer's dream
 * pours into one vortex. A column of raw power at the centre sends out shock rings; fragments of
 * dreams (windows, faces, frames) spiral in; colour bleeds through everything; the world shakes.
 * Under unity the fragments take one colour and the vortex one rhythm; under individuality each
 * keeps its own and the vortex tears.
 */
export function buildMergedDreamscape(place: PlaceContext): Place {
  const { width, height, layout } = place;
  const stage = layout.stage;
  const center = { x: width / 2, y: stage.y + stage.height * 0.46 };
  place.gradient(0, 0, width, height, [
    [0, 0x0a0220],
    [0.5, 0x14063a],
    [1, 0x030110],
  ]);
  const diagonal = Math.hypot(width, height) * 1.1;
  const vortex = place.clouds(center.x - diagonal / 2, center.y - diagonal / 2, diagonal, diagonal, {
    color: 0xffffff,
    cells: [5, 5],
    seed: 37,
    warp: 1.6,
    power: 4.2,
    iterations: 2,
    fade: [0.2, 0.2],
  });
  vortex?.image.setOrigin(0.5, 0.5).setPosition(center.x, center.y);

  const spiralSize = Math.max(width, height) * 1.2;
  const spiralKey = place.paint("spiral", 512, 512, (context, w) => {
    context.translate(w / 2, w / 2);
    for (let arm = 0; arm < 5; arm += 1) {
      context.strokeStyle = cssColor(0xffffff, 0.55);
      context.lineWidth = 10;
      context.beginPath();
      for (let step = 0; step < 140; step += 1) {
        const angle = step * 0.06 + (arm * Math.PI * 2) / 5;
        const radius = 6 * Math.exp(step * 0.027);
        context.lineTo(Math.cos(angle) * radius, Math.sin(angle) * radius);
      }
      context.stroke();
    }
  });
  const spirals = [0, 1].map((index) =>
    place
      .image(center.x, center.y, spiralKey)
      .setDisplaySize(spiralSize * (1 - index * 0.3), spiralSize * (1 - index * 0.3))
      .setBlendMode(Phaser.BlendModes.ADD)
      .setAlpha(0.22),
  );

  const random = seededRandom(52);
  const fragmentCount = place.highContrast ? 14 : 30;
  const fragments = Array.from({ length: fragmentCount }, (_, index) => {
    const texture = FRAGMENT_TEXTURES[index % FRAGMENT_TEXTURES.length] ?? "tile";
    const size = place.css(between(random, 26, 60));
    const image = place
      .image(0, 0, texture)
      .setBlendMode(Phaser.BlendModes.ADD)
      .setDisplaySize(size, size * (texture.startsWith("dreamer") ? 1.3 : 1));
    return { image, phase: random(), speed: between(random, 0.04, 0.09), spin: between(random, -1.5, 1.5) };
  });

  // The surge column: brightest at the heart, fading up into the sky and down into the ground.
  const columnWidth = Math.min(place.css(90), width * 0.12);
  const columnParts = [
    { width: columnWidth * 5, alpha: 0.25 },
    { width: columnWidth, alpha: 0.5 },
    { width: columnWidth * 0.3, alpha: 0.8 },
  ].flatMap(({ width: partWidth, alpha }) =>
    [false, true].map((downward) => ({
      image: place
        .image(center.x, center.y, "streak")
        .setOrigin(0.5, 1)
        .setAngle(downward ? 180 : 0)
        .setBlendMode(Phaser.BlendModes.ADD)
        .setDisplaySize(partWidth, downward ? height - center.y : center.y + place.css(40)),
      alpha,
    })),
  );
  const heart = place.glow(center.x, center.y, stage.height * 0.22, 0xffffff, 0.9);
  const waves = Array.from({ length: 4 }, () =>
    place.image(center.x, center.y, "ring").setBlendMode(Phaser.BlendModes.ADD).setAlpha(0),
  );
  let waveIndex = 0;
  let nextWave = 0;
  let flash = 0;

  // Colour bleeding: the whole dreamscape's hue turns, as one under unity, unsteadily otherwise.
  const bleed = place.filters ? place.root.enableFilters().filters?.internal.addColorMatrix() : undefined;

  const sendWave = (time: number) => {
    const wave = waves[waveIndex % waves.length];
    waveIndex += 1;
    if (!wave) return;
    place.scene.tweens.killTweensOf(wave);
    wave.setDisplaySize(stage.height * 0.2, stage.height * 0.2).setAlpha(0.9);
    const grow = Math.max(width, height) * 1.2;
    place.scene.tweens.add({
      targets: wave,
      displayWidth: grow,
      displayHeight: grow,
      alpha: 0,
      duration: place.reducedMotion ? 5000 : 2200,
      ease: "Cubic.easeOut",
    });
    flash = 1;
    // The surge shakes the dream itself, whatever the mood; never under reduced motion.
    if (!place.reducedMotion) place.scene.cameras.main.shake(380, 0.005);
    nextWave = time + (place.reducedMotion ? 8 : 2.2 + Math.random() * 1.6);
  };

  return {
    update(frame) {
      const { look, time, motion, delta } = frame;
      flash = Math.max(0, flash - delta / 900);
      if (time > nextWave) sendWave(time);
      if (vortex) {
        vortex.image.setRotation(time * 0.05);
        vortex.noise.noiseFlow = time * 0.15;
        vortex.noise.setNoiseColor(
          0x000000,
          elementColor(DREAM_HUE + Math.sin(time * 0.25) * 60, 1, look, 0.75, place.highContrast ? 0.16 : 0.3),
        );
      }
      spirals.forEach((spiral, index) => {
        spiral.setRotation((index ? -1 : 1) * time * (0.12 + index * 0.08));
        spiral.setTint(elementColor(DREAM_HUE + Math.sin(time * 0.3 + index) * 70, 3 + index, look, 0.8, 0.6));
      });
      fragments.forEach((fragment, index) => {
        // Each fragment falls inward along the spiral and is reborn at the rim.
        const t = (fragment.phase + time * fragment.speed * (1 + elementDrift(index, look, 14) * 0.6)) % 1;
        const radius = (1 - t) * Math.max(width, height) * 0.62;
        const angle = t * Math.PI * 5 + fragment.phase * Math.PI * 2 + elementSeed(index, 15) * look.divergence;
        fragment.image.setPosition(center.x + Math.cos(angle) * radius, center.y + Math.sin(angle) * radius * 0.7);
        fragment.image.setRotation(time * fragment.spin * (0.2 + motion * 0.8));
        fragment.image.setScale(fragment.image.scaleX, fragment.image.scaleY);
        fragment.image.setTint(elementColor(DREAM_HUE + Math.sin(time * 0.4) * 60, index, look, 0.9, 0.62));
        fragment.image.setAlpha(Math.sin(t * Math.PI) * 0.9);
      });
      const columnColor = elementColor(DREAM_HUE + Math.sin(time * 0.25) * 50, 9, look, 0.6, 0.75);
      for (const part of columnParts) part.image.setTint(columnColor).setAlpha(Math.min(1, part.alpha + flash * 0.4));
      heart
        .setTint(columnColor)
        .setAlpha(0.6 + flash * 0.4)
        .setScale((stage.height * (0.44 + flash * 0.2 + look.tension * 0.05 * Math.sin(time * 9) * motion)) / 128);
      for (const wave of waves) wave.setTint(columnColor);
      if (bleed) {
        const unsteady = Math.sin(time * 1.7) * 40 * look.divergence * (0.2 + motion * 0.8);
        bleed.colorMatrix.hue(Math.sin(time * 0.3) * 30 + unsteady);
      }
    },
    cue(sfx) {
      if (sfx === "surge" || sfx === "shatter" || sfx === "glitch") nextWave = 0;
    },
  };
}
