import type { StageState } from "../../stage/stageStore";
import type { Place, PlaceContext } from "../place";
import { SceneKeys } from "../stageDirector";
import { StageScene } from "../stageScene";
import { buildChosenPlace } from "./CityScene";

/** The festival's outcome, staged: each ending has the picture its manifest entry names. */
export class Festival extends StageScene {
  constructor() {
    super(SceneKeys.festival);
    // The report lists every character; a single speaker's portrait would only compete with it.
    this.showsPortrait = false;
  }

  /** The decided outcome; before one is (a preview, a race), the rule's default. */
  protected placeKeyFor(stage: StageState): string {
    const outcome = this.campaign?.outcomes.find((entry) => entry.id === stage.outcome);
    const fallback = this.campaign?.rule.default ?? "";
    return outcome?.id ?? (typeof fallback === "string" ? fallback : fallback.outcome);
  }

  protected buildPlace(key: string, context: PlaceContext): Place {
    const outcome = this.campaign?.outcomes.find((entry) => entry.id === key);
    if (!outcome || !this.campaign) throw new Error(`no festival staging for "${key}"`);
    return buildChosenPlace(outcome.staging, context, this.campaign);
  }
}
