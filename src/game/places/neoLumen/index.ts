import type { PlaceBuilder } from "../../place";
import { buildCurationStudio } from "./curationStudio";
import { buildDebriefing } from "./debriefing";
import { buildFestivalGrounds } from "./festivalGrounds";
import { buildGallery } from "./gallery";
import { buildMergedDreamscape } from "./mergedDreamscape";
import { buildLumenSkyline } from "./skyline";
import { buildTransceiverHall } from "./transceiverHall";

/** Every `# scene:` id of the Neo-Lumen campaign, each a distinct place. */
export const NEO_LUMEN_PLACES: Record<string, PlaceBuilder> = {
  skyline: buildLumenSkyline,
  "curation-studio": buildCurationStudio,
  "transceiver-hall": buildTransceiverHall,
  gallery: buildGallery,
  "festival-grounds": buildFestivalGrounds,
  "merged-dreamscape": buildMergedDreamscape,
  debriefing: buildDebriefing,
};
