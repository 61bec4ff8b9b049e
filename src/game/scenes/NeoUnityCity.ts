import type { StageState } from "../../app/stageStore";
import type { Place, PlaceContext } from "../place";
import { NEO_UNITY_PLACES } from "../places/neoUnity";
import { SceneKeys } from "../stageDirector";
import { StageScene } from "../stageScene";

/** Neo-Unity: a kaleidoscope city of prisms and mosaics, linked by the DreamSync network. */
export class NeoUnityCity extends StageScene {
  constructor() {
    super(SceneKeys.neoUnity);
  }

  protected placeKeyFor(stage: StageState): string {
    return stage.scene && stage.scene in NEO_UNITY_PLACES ? stage.scene : "skyline";
  }

  protected buildPlace(key: string, context: PlaceContext): Place {
    const build = NEO_UNITY_PLACES[key] ?? NEO_UNITY_PLACES.skyline;
    if (!build) throw new Error(`Neo-Unity has no place "${key}"`);
    return build(context);
  }
}
