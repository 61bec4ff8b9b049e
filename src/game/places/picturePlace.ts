import * as Phaser from "phaser";
import type { CampaignManifest, PlaceChoice } from "../../engine/campaign";
import { campaignImageKey } from "../campaignImages";
import type { Place, PlaceContext } from "../place";
import { elementColor, elementPulse, elementSeed } from "../stanceLook";

type PicturePlace = Exclude<PlaceChoice, { builder: string }>;

/** How far each layer sways when the manifest does not say, in CSS pixels: the nearer, the more. */
const DEFAULT_DRIFT = [6, 14, 24, 36];
/** One sway takes this long: slow enough to be felt rather than watched. */
const SWAY_SECONDS = 40;
/** The lights the stances paint over a picture: one hue under unity, many and out of step apart. */
const STANCE_LIGHTS = 7;
const STANCE_HUE = 200;

/**
 * A place a writer drew: one picture, or layers of pictures back to front (sky, skyline,
 * foreground), from the campaign's folder. Each layer covers the stage and sways sideways by its
 * `drift`, so the layers slide past each other. The mood lighting lies over it as over every place
 * (moodLighting.ts); the stances add a row of soft lights above the horizon that share one colour
 * and one pulse while the cast leans together and break into colours and rhythms as it leans
 * apart, shaking a little under tension.
 */
export function buildPicturePlace(context: PlaceContext, campaign: CampaignManifest, choice: PicturePlace): Place {
  const { width, height, layout } = context;
  const layers = "image" in choice ? [{ image: choice.image, drift: 0 }] : choice.layers;
  const pictures = layers.map((layer, index) => {
    const key = campaignImageKey(campaign.id, layer.image);
    if (!context.scene.textures.exists(key)) throw new Error(`the image "${layer.image}" did not load`);
    const drift = context.css(layer.drift ?? DEFAULT_DRIFT[index] ?? 48);
    const picture = context.image(width / 2, height / 2, key);
    // Cover the stage, with room to sway without showing an edge.
    const scale = Math.max((width + drift * 2) / picture.width, height / picture.height);
    picture.setScale(scale);
    return { picture, drift, phase: index * 0.9 };
  });
  const lights = Array.from({ length: STANCE_LIGHTS }, () =>
    context.glow(0, 0, layout.span * 0.16, 0xffffff, 0).setBlendMode(Phaser.BlendModes.ADD),
  );
  return {
    update({ time, look, motion }) {
      for (const { picture, drift, phase } of pictures) {
        picture.x = width / 2 + drift * motion * Math.sin((time / SWAY_SECONDS) * Math.PI * 2 + phase);
      }
      lights.forEach((light, index) => {
        const shake = look.tension * motion * context.css(6);
        light
          .setPosition(
            ((index + 0.5) / STANCE_LIGHTS) * width + elementSeed(index, 5) * shake,
            layout.horizon - layout.stage.height * (0.18 + 0.1 * elementSeed(index, 6)) + elementSeed(index, 7) * shake,
          )
          .setTint(elementColor(STANCE_HUE, index, look))
          .setAlpha(0.12 + 0.16 * elementPulse(index, look, time, 0.15));
      });
    },
  };
}
