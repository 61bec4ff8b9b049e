import * as Phaser from "phaser";
import { findManifest } from "../content/campaignCatalog";
import type { CampaignManifest } from "../engine/campaign";
import { type StageState, stageStore } from "../stage/stageStore";
import { loadCampaignImages } from "./campaignImages";
import { colorFromHex } from "./colorMath";
import type { StagedSceneData } from "./followStage";
import { type StageLayout, stageLayout } from "./layout";
import { moodLight } from "./moodLight";
import { MoodLighting } from "./moodLighting";
import { type Place, PlaceContext, type StageFrame } from "./place";
import { SpeakerPortrait } from "./speakerPortrait";
import { leanOf, lookFromLean, tensionOf } from "./stanceLook";
import { RENDER_QUALITY } from "./visualQuality";

interface ActivePlace {
  key: string;
  context: PlaceContext;
  place: Place;
}

const PLACE_FADE_MS = 1000;
const STANCE_TWEEN_MS = 2200;
const RESIZE_SETTLE_MS = 180;

/**
 * The common life of every staged scene: it follows the stage store (place, mood, stances,
 * speaker, settings), dips through the dark between places, tweens the look when stances move, lights the
 * scene by mood, answers sounds as the campaign's manifest says, and rebuilds itself when the
 * viewport changes. It is started with the campaign it stages (null for the title). Subclasses
 * only say which place a moment shows and how to build it.
 */
export abstract class StageScene extends Phaser.Scene {
  protected layout!: StageLayout;
  private active: ActivePlace | null = null;
  private dip!: Phaser.GameObjects.Rectangle;
  private dipping = false;
  private pendingKey: string | null = null;
  private readonly live = { lean: 0, tension: 0 };
  private lighting!: MoodLighting;
  private portrait: SpeakerPortrait | null = null;
  private clock = 0;
  private stage!: StageState;
  private resizeTimer: Phaser.Time.TimerEvent | null = null;
  /** The campaign this scene stages, from the data it was started with. */
  protected campaign: CampaignManifest | null = null;

  /** The place to show for this moment of the story (a scene id, an outcome id...). */
  protected abstract placeKeyFor(stage: StageState): string;
  protected abstract buildPlace(key: string, context: PlaceContext): Place;
  protected showsPortrait = true;

  init(data: Partial<StagedSceneData>) {
    this.campaign = findManifest(data?.campaign);
  }

  /** The campaign's own pictures (places, festival pictures, emblems), fetched before the stage is built. */
  preload() {
    if (this.campaign) loadCampaignImages(this.load, this.campaign);
  }

  create() {
    // Tweens normally skip over long frames (a long frame counts as 33 ms). The stage draws on demand
    // (drawPacing.ts): long frames are normal at the ambient rate or on a slow device, and a tween
    // that crawled would keep the canvas at full rate for minutes. Tweens run on the clock.
    this.tweens.setLagSmooth(60_000, 33);
    this.stage = stageStore.getState();
    this.active = null;
    this.dipping = false;
    this.pendingKey = null;
    this.clock = 0;
    this.layout = this.measureLayout();
    this.live.lean = leanOf(this.stage.stances);
    this.live.tension = tensionOf(this.stage.stances);
    this.lighting = new MoodLighting(this, this.layout, this.lightFor(this.stage), this.stage.reducedMotion);
    this.portrait = this.showsPortrait && this.campaign ? new SpeakerPortrait(this, this.layout, this.campaign) : null;
    this.dip = this.add
      .rectangle(0, 0, this.layout.width, this.layout.height, 0x05040c, 1)
      .setOrigin(0, 0)
      .setDepth(90)
      .setAlpha(0);
    this.showPlace(this.placeKeyFor(this.stage), false);
    this.portrait?.show(this.stage.speaker);

    const unsubscribe = stageStore.subscribe((stage, previous) => this.follow(stage, previous));
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    // A new render quality (visualQuality.ts) rebuilds the place with its particles and filters.
    this.registry.events.on(`changedata-${RENDER_QUALITY}`, this.onResize, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      unsubscribe();
      this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
      this.registry.events.off(`changedata-${RENDER_QUALITY}`, this.onResize, this);
      this.resizeTimer?.remove();
      this.active?.context.destroy();
      this.active = null;
      this.lighting.destroy();
    });
    this.cameras.main.fadeIn(this.stage.reducedMotion ? 300 : 800, 5, 4, 12);
  }

  override update(_time: number, delta: number) {
    const light = this.lighting.current;
    const motion = this.stage.reducedMotion ? 0 : 1;
    this.clock += (Math.min(delta, 100) / 1000) * light.tempo;
    const frame: StageFrame = {
      time: this.clock,
      delta,
      look: lookFromLean(this.live.lean, this.live.tension),
      light,
      motion,
    };
    this.active?.place.update(frame);
    this.active?.context.renderClouds();
    this.lighting.update(frame, this.time.now);
    this.portrait?.update(frame);
  }

  private follow(stage: StageState, previous: StageState) {
    this.stage = stage;
    const settingsChanged =
      stage.reducedMotion !== previous.reducedMotion || stage.highContrast !== previous.highContrast;
    if (settingsChanged) {
      // A rebuild picks up the place and mood of this moment as well as the new settings.
      this.rebuild();
    } else {
      const key = this.placeKeyFor(stage);
      if (key !== this.active?.key) this.showPlace(key, true);
      if (stage.mood !== previous.mood) this.lighting.setLight(this.lightFor(stage));
    }
    if (stage.stances !== previous.stances) this.tweenStances(stage);
    if (stage.speaker !== previous.speaker) this.portrait?.show(stage.speaker);
    if (stage.sfx && stage.sfx.serial !== previous.sfx?.serial) this.cue(stage.sfx.id);
  }

  private lightFor(stage: StageState) {
    return moodLight(stage.mood, { reducedMotion: stage.reducedMotion, highContrast: stage.highContrast });
  }

  private tweenStances(stage: StageState) {
    this.tweens.killTweensOf(this.live);
    this.tweens.add({
      targets: this.live,
      lean: leanOf(stage.stances),
      tension: tensionOf(stage.stances),
      duration: stage.reducedMotion ? STANCE_TWEEN_MS * 1.5 : STANCE_TWEEN_MS,
      ease: "Sine.easeInOut",
    });
  }

  /** A `# sfx:` as the manifest says the stage answers it: a flash, a shake; then the place's own answer. */
  private cue(sfx: string) {
    const reaction = this.campaign?.sfx.find((sound) => sound.id === sfx);
    const strength = this.stage.reducedMotion ? 0.35 : 1;
    if (reaction?.flash)
      this.lighting.flashOnce(colorFromHex(reaction.flash.colour), reaction.flash.strength * strength);
    if (reaction?.shake && !this.stage.reducedMotion)
      this.cameras.main.shake(reaction.shake.milliseconds, reaction.shake.intensity);
    this.active?.place.cue?.(sfx);
  }

  /**
   * Moves to another place. Gradients and noise are shaders without alpha, so two places cannot
   * cross-fade; instead the scene dips through the dark of the night sky, and the new place is
   * built while the screen is dark. The portrait stays above the dip.
   */
  private showPlace(key: string, dip: boolean) {
    if (!dip || !this.active) {
      this.replacePlace(key);
      return;
    }
    this.pendingKey = key;
    if (this.dipping) return;
    this.dipping = true;
    const half = this.stage.reducedMotion ? PLACE_FADE_MS * 0.7 : PLACE_FADE_MS * 0.45;
    this.dip.setSize(this.layout.width, this.layout.height).setAlpha(0);
    this.tweens.add({
      targets: this.dip,
      alpha: 1,
      duration: half,
      ease: "Sine.easeIn",
      onComplete: () => {
        this.replacePlace(this.pendingKey ?? key);
        this.pendingKey = null;
        this.tweens.add({
          targets: this.dip,
          alpha: 0,
          duration: half * 1.4,
          ease: "Sine.easeOut",
          onComplete: () => {
            this.dipping = false;
            // The story may have moved on again while the new place was fading in.
            const wanted = this.placeKeyFor(this.stage);
            if (wanted !== this.active?.key) this.showPlace(wanted, true);
          },
        });
      },
    });
  }

  private replacePlace(key: string) {
    const context = new PlaceContext(this, this.layout, key, this.stage.reducedMotion, this.stage.highContrast);
    context.root.setDepth(0);
    let place: Place;
    try {
      place = this.buildPlace(key, context);
    } catch (error) {
      // A broken drawing must not take the story down with it: log it and keep the last place.
      console.error(`could not stage "${key}"`, error);
      context.destroy();
      return;
    }
    this.active?.context.destroy();
    this.active = { key, context, place };
  }

  private onResize() {
    this.resizeTimer?.remove();
    this.resizeTimer = this.time.delayedCall(RESIZE_SETTLE_MS, () => this.rebuild());
  }

  /** Rebuild at the new size or with new settings; the story moment stays the same. */
  private rebuild() {
    this.layout = this.measureLayout();
    this.dip.setSize(this.layout.width, this.layout.height);
    this.lighting.destroy();
    this.lighting = new MoodLighting(this, this.layout, this.lightFor(this.stage), this.stage.reducedMotion);
    this.portrait?.resize(this.layout);
    this.replacePlace(this.placeKeyFor(this.stage));
  }

  private measureLayout(): StageLayout {
    const { width, height, zoom } = this.scale;
    // main.ts zooms the canvas by 1 / (canvas pixels per CSS pixel).
    return stageLayout(width, height, zoom > 0 ? 1 / zoom : 1);
  }
}
