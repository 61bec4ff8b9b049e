import * as Phaser from "phaser";
import type { CampaignManifest } from "../engine/campaign";
import { colorFromHex } from "./colorMath";
import type { StageLayout } from "./layout";
import type { StageFrame } from "./place";
import { portraitKey } from "./portraits";

const FADE_MS = 420;
/** Narration between two lines of the same speaker must not make the portrait blink. */
const HIDE_DELAY_MS = 260;

/**
 * The speaking character's portrait in the top-left corner, in a soft frame, cross-fading from
 * one speaker to the next and fading away for narration.
 */
export class SpeakerPortrait {
  private readonly container: Phaser.GameObjects.Container;
  private readonly halo: Phaser.GameObjects.Image;
  private readonly frame: Phaser.GameObjects.Image;
  private readonly faces: [Phaser.GameObjects.Image, Phaser.GameObjects.Image];
  private front = 0;
  private speaker: string | null = null;
  private hideTimer: Phaser.Time.TimerEvent | null = null;

  constructor(
    private readonly scene: Phaser.Scene,
    layout: StageLayout,
    private readonly campaign: CampaignManifest,
  ) {
    this.halo = scene.add.image(0, 0, "glow").setBlendMode(Phaser.BlendModes.ADD).setAlpha(0.35);
    this.frame = scene.add.image(0, 0, "portrait-frame");
    this.faces = [scene.add.image(0, 0, "__DEFAULT").setAlpha(0), scene.add.image(0, 0, "__DEFAULT").setAlpha(0)];
    this.container = scene.add
      .container(0, 0, [this.halo, this.frame, ...this.faces])
      .setDepth(100)
      .setAlpha(0);
    this.resize(layout);
  }

  resize(layout: StageLayout) {
    const { x, y, width } = layout.portrait;
    this.container.setPosition(x + width / 2, y + width / 2);
    this.frame.setDisplaySize(width * 1.1, width * 1.1);
    this.halo.setDisplaySize(width * 1.9, width * 1.9);
    for (const face of this.faces) face.setDisplaySize(width * 0.86, width * 0.86);
  }

  show(speaker: string | null) {
    const character = speaker === null ? undefined : this.campaign.characters.find((entry) => entry.id === speaker);
    const known =
      character && this.scene.textures.exists(portraitKey(this.campaign.id, character.id)) ? character.id : null;
    if (known === this.speaker) {
      this.hideTimer?.remove();
      this.hideTimer = null;
      return;
    }
    if (known === null) {
      this.hideTimer?.remove();
      this.hideTimer = this.scene.time.delayedCall(HIDE_DELAY_MS, () => {
        this.speaker = null;
        this.hideTimer = null;
        this.scene.tweens.add({ targets: this.container, alpha: 0, duration: FADE_MS });
      });
      return;
    }
    this.hideTimer?.remove();
    this.hideTimer = null;
    const wasHidden = this.speaker === null || this.container.alpha < 0.05;
    this.speaker = known;
    const [first, second] = this.faces;
    const outgoing = this.front === 0 ? first : second;
    this.front = 1 - this.front;
    const incoming = this.front === 0 ? first : second;
    incoming.setTexture(portraitKey(this.campaign.id, known)).setAlpha(0);
    const size = this.frame.displayWidth / 1.1;
    incoming.setDisplaySize(size * 0.86, size * 0.86);
    this.container.bringToTop(incoming);
    this.halo.setTint(colorFromHex(character?.colour ?? "#ffffff"));
    this.scene.tweens.killTweensOf([incoming, outgoing, this.container]);
    this.scene.tweens.add({ targets: incoming, alpha: 1, duration: FADE_MS, ease: "Sine.easeInOut" });
    this.scene.tweens.add({ targets: outgoing, alpha: 0, duration: FADE_MS, ease: "Sine.easeInOut" });
    if (wasHidden) this.scene.tweens.add({ targets: this.container, alpha: 1, duration: FADE_MS });
  }

  update(frame: StageFrame) {
    // The halo breathes slowly with the speaker, a sign of life that never pulls the eye from the text.
    this.halo.setAlpha(0.26 + 0.1 * Math.sin(frame.time * 1.6));
  }
}
