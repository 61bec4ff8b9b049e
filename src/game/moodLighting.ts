import * as Phaser from "phaser";
import type { StageLayout } from "./layout";
import { type MoodLight, mixLight } from "./moodLight";
import { randomArea, type StageFrame } from "./place";
import { LOW_PARTICLE_SHARE, renderQualityOf } from "./visualQuality";

const MOOD_FADE_MS = 1400;

/**
 * The light over a staged scene: a colour matrix on the camera (brightness, saturation, contrast),
 * a tint wash, a dawn glow, sparkles, flicker and shake. Moods blend into each other over a second
 * or so, and everything shared by every place lives here so places only draw their own things.
 */
export class MoodLighting {
  current: MoodLight;
  private from: MoodLight;
  private to: MoodLight;
  private readonly blend = { amount: 1 };
  private colorMatrix: Phaser.Filters.ColorMatrix | null = null;
  private readonly wash: Phaser.GameObjects.Rectangle;
  private readonly shade: Phaser.GameObjects.Rectangle;
  private readonly flash: Phaser.GameObjects.Rectangle;
  private dawn: Phaser.GameObjects.Image;
  private sparkles: Phaser.GameObjects.Particles.ParticleEmitter;
  private flickerLevel = 0;
  private nextShakeAt = 0;
  private appliedKey = "";

  constructor(
    private readonly scene: Phaser.Scene,
    private layout: StageLayout,
    light: MoodLight,
    private readonly reducedMotion: boolean,
  ) {
    this.current = light;
    this.from = light;
    this.to = light;
    const camera = scene.cameras.main;
    // Full-screen filters cost a pass each: a device drawing at low quality goes without them.
    if (scene.renderer.type === Phaser.WEBGL && renderQualityOf(scene) === "high") {
      camera.filters.internal.clear();
      camera.filters.external.clear();
      this.colorMatrix = camera.filters.internal.addColorMatrix();
      // A light vignette: enough to gather the eye, not enough to bury the portrait in its corner.
      camera.filters.external.addVignette(0.5, 0.5, 1.05, 0.3);
    }
    this.wash = scene.add.rectangle(0, 0, 1, 1, light.tint, 0).setOrigin(0, 0).setDepth(50);
    this.shade = scene.add.rectangle(0, 0, 1, 1, 0x000000, 0).setOrigin(0, 0).setDepth(51);
    this.flash = scene.add
      .rectangle(0, 0, 1, 1, 0xffffff, 0)
      .setOrigin(0, 0)
      .setDepth(52)
      .setBlendMode(Phaser.BlendModes.ADD);
    this.dawn = this.makeDawn();
    this.sparkles = this.makeSparkles();
    if (reducedMotion) this.sparkles.timeScale = 0.3;
    this.resize(layout);
  }

  setLight(light: MoodLight, instant = false) {
    this.from = this.current;
    this.to = light;
    this.scene.tweens.killTweensOf(this.blend);
    if (instant) {
      this.blend.amount = 1;
      this.current = light;
      return;
    }
    this.blend.amount = 0;
    this.scene.tweens.add({ targets: this.blend, amount: 1, duration: MOOD_FADE_MS, ease: "Sine.easeInOut" });
  }

  resize(layout: StageLayout) {
    this.layout = layout;
    for (const cover of [this.wash, this.shade, this.flash]) cover.setSize(layout.width, layout.height);
    // Dawn rises from the ground line, not from under the story text.
    this.dawn
      .setPosition(layout.width / 2, layout.horizon + layout.height * 0.12)
      .setDisplaySize(layout.width * 1.5, layout.height * 0.8);
    this.sparkles.setPosition(0, 0);
    this.sparkles.clearEmitZones();
    this.sparkles.addEmitZone(randomArea(0, layout.stage.y, layout.width, layout.stage.height));
  }

  /** A burst of light for a story cue (a surge, a shatter). */
  flashOnce(color: number, strength: number) {
    this.flash.setFillStyle(color, 1).setAlpha(strength);
    this.scene.tweens.killTweensOf(this.flash);
    this.scene.tweens.add({
      targets: this.flash,
      alpha: 0,
      duration: this.reducedMotion ? 900 : 550,
      ease: "Quad.easeOut",
    });
  }

  update(frame: StageFrame, realTimeMs: number) {
    this.current = mixLight(this.from, this.to, this.blend.amount);
    const light = this.current;
    this.applyColorMatrix(light);
    this.wash.setFillStyle(light.tint, 1).setAlpha(light.tintStrength);

    if (light.flicker > 0.01) {
      if (Math.random() < light.flicker * 0.12) this.flickerLevel = Math.random() * 0.45 * light.flicker;
      this.flickerLevel *= 0.86;
    } else {
      this.flickerLevel = 0;
    }
    this.shade.setAlpha(Math.min(0.9, light.dim + this.flickerLevel));
    this.dawn.setAlpha(light.dawn * (0.34 + 0.06 * Math.sin(frame.time * 0.6)));

    const sparkleRate = light.sparkle * light.busyness;
    this.sparkles.emitting = sparkleRate > 0.05;
    if (this.sparkles.emitting) this.sparkles.frequency = 40 / sparkleRate;

    if (light.shake > 0.05 && frame.motion > 0 && realTimeMs > this.nextShakeAt) {
      this.scene.cameras.main.shake(260, 0.0035 * light.shake);
      this.nextShakeAt = realTimeMs + 1600 + Math.random() * 2600;
    }
  }

  destroy() {
    this.scene.tweens?.killTweensOf([this.blend, this.flash]);
    for (const object of [this.wash, this.shade, this.flash, this.dawn, this.sparkles]) object.destroy();
    // On scene shutdown the camera may already be gone; its filters go with it.
    const camera = this.scene.cameras?.main;
    if (camera && this.scene.renderer.type === Phaser.WEBGL) {
      camera.filters.internal.clear();
      camera.filters.external.clear();
    }
  }

  private applyColorMatrix(light: MoodLight) {
    if (!this.colorMatrix) return;
    const key = `${light.brightness.toFixed(3)}:${light.saturation.toFixed(3)}:${light.contrast.toFixed(3)}`;
    if (key === this.appliedKey) return;
    this.appliedKey = key;
    const matrix = this.colorMatrix.colorMatrix;
    matrix.reset();
    matrix.brightness(light.brightness, true);
    matrix.saturate(light.saturation, true);
    matrix.contrast(light.contrast, true);
  }

  private makeDawn(): Phaser.GameObjects.Image {
    const key = "mood-dawn";
    if (!this.scene.textures.exists(key)) {
      const texture = this.scene.textures.createCanvas(key, 256, 128);
      const context = texture?.getContext();
      if (texture && context) {
        const gradient = context.createRadialGradient(128, 128, 4, 128, 128, 128);
        gradient.addColorStop(0, "rgba(255,214,150,1)");
        gradient.addColorStop(0.45, "rgba(255,150,110,0.55)");
        gradient.addColorStop(1, "rgba(255,120,160,0)");
        context.fillStyle = gradient;
        context.fillRect(0, 0, 256, 128);
        texture.refresh();
      }
    }
    return this.scene.add
      .image(0, 0, key)
      .setOrigin(0.5, 1)
      .setDepth(49)
      .setBlendMode(Phaser.BlendModes.ADD)
      .setAlpha(0);
  }

  private makeSparkles(): Phaser.GameObjects.Particles.ParticleEmitter {
    const unit = this.layout.unit;
    return this.scene.add
      .particles(0, 0, "spark", {
        lifespan: { min: 900, max: 2200 },
        scale: {
          start: 0,
          end: 0,
          ease: "Sine.easeInOut",
          onUpdate: (_p, _k, t) => Math.sin(t * Math.PI) * 0.32 * unit,
        },
        alpha: { start: 0.9, end: 0.2 },
        rotate: { min: 0, max: 90 },
        tint: [0xffffff, 0xd8f6ff, 0xf4e0ff, 0xfff0c8],
        blendMode: Phaser.BlendModes.ADD,
        frequency: 200,
        maxAliveParticles: renderQualityOf(this.scene) === "low" ? Math.ceil(36 * LOW_PARTICLE_SHARE) : 36,
        emitting: false,
      })
      .setDepth(53);
  }
}
