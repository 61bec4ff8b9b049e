import type { PlaceBuilder } from "../place";
import { buildFlawlessUtopia } from "./flawlessUtopia";
import { buildGrandDesign } from "./grandDesign";
import { buildLightsOut } from "./lightsOut";
import { buildLivingTapestry } from "./livingTapestry";
import { buildMosaicCoops } from "./mosaicCoops";
import { buildSplitScreen } from "./splitScreen";
import { buildTheReboot } from "./theReboot";
import { buildThousandNights } from "./thousandNights";

/** A staging for each of the eight festival outcomes (ids from the campaign manifests). */
export const FESTIVAL_STAGINGS: Record<string, PlaceBuilder> = {
  "living-tapestry": buildLivingTapestry,
  "flawless-utopia": buildFlawlessUtopia,
  "thousand-nights": buildThousandNights,
  "the-reboot": buildTheReboot,
  "mosaic-coops": buildMosaicCoops,
  "grand-design": buildGrandDesign,
  "split-screen": buildSplitScreen,
  "lights-out": buildLightsOut,
};
