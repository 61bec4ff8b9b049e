import type { StageState } from "../../app/stageStore";
import type { Place, PlaceContext } from "../place";
import { NEO_LUMEN_PLACES } from "../places/neoLumen";
import { SceneKeys } from "../stageDirector";
import { StageScene } from "../stageScene";

/** Neo-Lumen: bioluminescent towers, glowing wristbands and the Collective Dream Transceivers. */
export class NeoLumenCity extends StageScene {
  constructor() {
    super(SceneKeys.neoLumen);
  }

  protected placeKeyFor(stage: StageState): string {
    return stage.scene && stage.scene in NEO_LUMEN_PLACES ? stage.scene : "skyline";
  }

  protected buildPlace(key: string, context: PlaceContext): Place {
    const build = NEO_LUMEN_PLACES[key] ?? NEO_LUMEN_PLACES.skyline;
    if (!build) throw new Error(`Neo-Lumen has no place "${key}"`);
    return build(context);
  }
}
