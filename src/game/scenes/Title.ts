import type { Place, PlaceContext } from "../place";
import { buildTitleBackdrop } from "../places/titleBackdrop";
import { SceneKeys } from "../stageDirector";
import { StageScene } from "../stageScene";

/** Behind the DOM title menu: Neo-Lumen's glow on one side, Neo-Unity's prisms on the other. */
export class Title extends StageScene {
  constructor() {
    super(SceneKeys.title);
    this.showsPortrait = false;
  }

  protected placeKeyFor(): string {
    return "title";
  }

  protected buildPlace(_key: string, context: PlaceContext): Place {
    return buildTitleBackdrop(context);
  }
}
