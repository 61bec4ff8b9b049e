import { isPlaceBuilderId } from "../../content/artIds";
import type { PlaceChoice } from "../../engine/campaign";
import type { StageState } from "../../stage/stageStore";
import type { Place, PlaceContext } from "../place";
import { PLACE_BUILDERS } from "../places";
import { SceneKeys } from "../stageDirector";
import { StageScene } from "../stageScene";

/** Builds the place a manifest entry names, with its parameters. */
export function buildChosenPlace(choice: PlaceChoice, context: PlaceContext): Place {
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
    if (!scene) throw new Error(`no scene "${key}" in this campaign`);
    return buildChosenPlace(scene.place, context);
  }
}
