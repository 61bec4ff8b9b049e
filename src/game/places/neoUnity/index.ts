import type { PlaceBuilder } from "../../place";
import { buildArchitectStudio } from "./architectStudio";
import { buildDreamCoop } from "./dreamCoop";
import { buildForum } from "./forum";
import { buildKaleidoscopePlaza } from "./kaleidoscopePlaza";
import { buildUnitySkyline } from "./skyline";
import { buildSleeplessSanctuary } from "./sleeplessSanctuary";
import { buildSplitProjection } from "./splitProjection";
import { buildUnderservedZone } from "./underservedZone";

/** Every `# scene:` id of the Neo-Unity campaign, each a distinct place. */
export const NEO_UNITY_PLACES: Record<string, PlaceBuilder> = {
  skyline: buildUnitySkyline,
  "architect-studio": buildArchitectStudio,
  "sleepless-sanctuary": buildSleeplessSanctuary,
  "underserved-zone": buildUnderservedZone,
  "kaleidoscope-plaza": buildKaleidoscopePlaza,
  "split-projection": buildSplitProjection,
  forum: buildForum,
  "dream-coop": buildDreamCoop,
};
