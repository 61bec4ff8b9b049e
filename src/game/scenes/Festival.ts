import type { StageState } from "../../app/stageStore";
import { FESTIVAL_STAGINGS } from "../festival";
import type { Place, PlaceContext } from "../place";
import { SceneKeys } from "../stageDirector";
import { StageScene } from "../stageScene";

const DEFAULT_OUTCOME: Record<string, string> = {
  "neo-lumen": "living-tapestry",
  "neo-unity": "mosaic-coops",
};

/** The festival's outcome, staged: each of the eight endings has its own picture. */
export class Festival extends StageScene {
  constructor() {
    super(SceneKeys.festival);
    // The report lists every character; a single speaker's portrait would only compete with it.
    this.showsPortrait = false;
  }

  protected placeKeyFor(stage: StageState): string {
    if (stage.outcome && stage.outcome in FESTIVAL_STAGINGS) return stage.outcome;
    return DEFAULT_OUTCOME[stage.campaign ?? ""] ?? "living-tapestry";
  }

  protected buildPlace(key: string, context: PlaceContext): Place {
    const build = FESTIVAL_STAGINGS[key];
    if (!build) throw new Error(`no festival staging for "${key}"`);
    return build(context);
  }
}
