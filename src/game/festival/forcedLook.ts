import { lookFromLean, type StanceLook } from "../stanceLook";

/**
 * Each ending has a character of its own that the final stances only shade: a living tapestry is
 * always many colours in one rhythm, a grand design is always one colour. This blends the cast's
 * look toward the look the ending stands for.
 */
export function leanToward(look: StanceLook, lean: number, share: number, sync?: number): StanceLook {
  const target = lookFromLean(lean, look.tension);
  const blended = lookFromLean(look.lean + (target.lean - look.lean) * share, look.tension);
  return sync === undefined ? blended : { ...blended, sync };
}
