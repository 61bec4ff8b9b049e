/** The same seed paints the same city on every screen. */
export { seededRandom } from "../../engine/random";

export function between(random: () => number, low: number, high: number): number {
  return low + (high - low) * random();
}
