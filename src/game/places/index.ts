import type { PlaceBuilderId } from "../../content/artIds";
import { buildFlawlessUtopia } from "../festival/flawlessUtopia";
import { buildGrandDesign } from "../festival/grandDesign";
import { buildLightsOut } from "../festival/lightsOut";
import { buildLivingTapestry } from "../festival/livingTapestry";
import { buildMosaicCoops } from "../festival/mosaicCoops";
import { buildSplitScreen } from "../festival/splitScreen";
import { buildTheReboot } from "../festival/theReboot";
import { buildThousandNights } from "../festival/thousandNights";
import type { PlaceBuilder } from "../place";
import { buildCurationStudio } from "./neoLumen/curationStudio";
import { buildDebriefing } from "./neoLumen/debriefing";
import { buildFestivalGrounds } from "./neoLumen/festivalGrounds";
import { buildGallery } from "./neoLumen/gallery";
import { buildMergedDreamscape } from "./neoLumen/mergedDreamscape";
import { buildLumenSkyline } from "./neoLumen/skyline";
import { buildTransceiverHall } from "./neoLumen/transceiverHall";
import { buildArchitectStudio } from "./neoUnity/architectStudio";
import { buildDreamCoop } from "./neoUnity/dreamCoop";
import { buildForum } from "./neoUnity/forum";
import { buildKaleidoscopePlaza } from "./neoUnity/kaleidoscopePlaza";
import { buildUnitySkyline } from "./neoUnity/skyline";
import { buildSleeplessSanctuary } from "./neoUnity/sleeplessSanctuary";
import { buildSplitProjection } from "./neoUnity/splitProjection";
import { buildUnderservedZone } from "./neoUnity/underservedZone";

/**
 * Every place a manifest may stage, by builder id: the cities' locations and the festival's
 * endings. A campaign picks them in campaign.json, so two campaigns may share a place.
 */
export const PLACE_BUILDERS: Readonly<Record<PlaceBuilderId, PlaceBuilder>> = {
  "lumen-skyline": buildLumenSkyline,
  "curation-studio": buildCurationStudio,
  "transceiver-hall": buildTransceiverHall,
  gallery: buildGallery,
  "festival-grounds": buildFestivalGrounds,
  "merged-dreamscape": buildMergedDreamscape,
  debriefing: buildDebriefing,
  "unity-skyline": buildUnitySkyline,
  "architect-studio": buildArchitectStudio,
  "sleepless-sanctuary": buildSleeplessSanctuary,
  "underserved-zone": buildUnderservedZone,
  "kaleidoscope-plaza": buildKaleidoscopePlaza,
  "split-projection": buildSplitProjection,
  forum: buildForum,
  "dream-coop": buildDreamCoop,
  "living-tapestry": buildLivingTapestry,
  "flawless-utopia": buildFlawlessUtopia,
  "thousand-nights": buildThousandNights,
  "the-reboot": buildTheReboot,
  "mosaic-coops": buildMosaicCoops,
  "grand-design": buildGrandDesign,
  "split-screen": buildSplitScreen,
  "lights-out": buildLightsOut,
};
