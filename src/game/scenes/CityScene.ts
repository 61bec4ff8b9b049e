import { isPlaceBuilderId } from "../../content/artIds";
import type { CampaignManifest, PlaceChoice } from "../../engine/campaign";
import type { StageState } from "../../stage/stageStore";
import type { Place, PlaceContext } from "../place";
import { PLACE_BUILDERS } from "../places";
import { buildPicturePlace } from "../places/picturePlace";
import { SceneKeys } from "../stageDirector";
import { StageScene } from "../stageScene";

/** Builds the place a manifest entry names: a builder with its parameters, or the campaign's own pictures. */
export function buildChosenPlace(choice: PlaceChoice, context: PlaceContext, campaign: CampaignManifest): Place {
  if (!("builder" in choice)) return buildPicturePlace(context, campaign, choice);
  if (!isPlaceBuilderId(choice.builder)) throw new Error(`no place builder "${choice.builder}"`);
  return PLACE_BUILDERS[choice.builder](context, choice.params ?? {});
}

/**
 * The city of whichever campaign it was started with: each `# scene:` id is the place the
 * campaign's manifest names for it; before the first one (or for an id the manifest lacks), the
 * manifest's first scene.
 */
export class CityScene extends StageScene {
  constructor() {
    super(SceneKeys.city);
  }

  protected placeKeyFor(stage: StageState): string {
    const scenes = this.campaign?.scenes ?? [];
    return (scenes.find((scene) => scene.id === stage.scene) ?? scenes[0])?.id ?? "";
  }

  protected buildPlace(key: string, context: PlaceContext): Place {
    const scene = this.campaign?.scenes.find((entry) => entry.id === key);
    if (!scene || !this.campaign) throw new Error(`no scene "${key}" in this campaign`);
    return buildChosenPlace(scene.place, context, this.campaign);
  }
}
