/**
 * Stance reach: where each character's stance ends over many runs (min, p10, median, p90, max,
 * and the share below 0), and a warning for a lead pinned to one side of the axis. The tally
 * keeps a count per tenth of a point, so slices of the runs (workers, shards) merge into exactly
 * the figures one process playing every run gives.
 */
export interface StanceTally {
  /** Finished runs counted. */
  runs: number;
  characters: Record<
    string,
    {
      /** Runs per final stance in tenths ("-123" is -12.3). */
      tenths: Record<string, number>;
      below: number;
      above: number;
    }
  >;
}

export interface StanceReach {
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
  /** Share of runs (0..1) that end below 0, on the unity side. */
  belowZero: number;
  /** Share of runs that end above 0, on the individuality side. */
  aboveZero: number;
}

/** A lead that ends on one side of 0 in more than this share of runs is pinned. */
export const PINNED_SHARE = 0.85;

export function emptyStanceTally(): StanceTally {
  return { runs: 0, characters: {} };
}

/** Count one finished run's final stances. */
export function addFinalStances(tally: StanceTally, stances: Readonly<Record<string, number>>): void {
  tally.runs += 1;
  for (const [id, stance] of Object.entries(stances)) {
    const character = tally.characters[id] ?? { tenths: {}, below: 0, above: 0 };
    tally.characters[id] = character;
    const key = String(Math.round(stance * 10));
    character.tenths[key] = (character.tenths[key] ?? 0) + 1;
    if (stance < 0) character.below += 1;
    if (stance > 0) character.above += 1;
  }
}

export function mergeStanceTallies(tallies: readonly StanceTally[]): StanceTally {
  const merged = emptyStanceTally();
  for (const tally of tallies) {
    merged.runs += tally.runs;
    for (const [id, character] of Object.entries(tally.characters)) {
      const into = merged.characters[id] ?? { tenths: {}, below: 0, above: 0 };
      merged.characters[id] = into;
      into.below += character.below;
      into.above += character.above;
      for (const [key, count] of Object.entries(character.tenths)) into.tenths[key] = (into.tenths[key] ?? 0) + count;
    }
  }
  return sortedTally(merged);
}

/** The same tally with its keys in a fixed order, so equal tallies are equal as JSON text. */
export function sortedTally(tally: StanceTally): StanceTally {
  return {
    runs: tally.runs,
    characters: Object.fromEntries(
      Object.entries(tally.characters)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([id, character]) => [
          id,
          {
            tenths: Object.fromEntries(Object.entries(character.tenths).sort(([a], [b]) => Number(a) - Number(b))),
            below: character.below,
            above: character.above,
          },
        ]),
    ),
  };
}

const share = (count: number, total: number) => Math.round((count / Math.max(1, total)) * 1000) / 1000;

/** Each character's reach; percentiles by nearest rank, to a tenth of a point. */
export function stanceReachOf(tally: StanceTally): Record<string, StanceReach> {
  const reach: Record<string, StanceReach> = {};
  for (const [id, character] of Object.entries(sortedTally(tally).characters)) {
    // Sorted here: an object lists its integer-like keys ("300") before the negative ones ("-300").
    const counts = Object.entries(character.tenths)
      .map(([key, count]) => [Number(key) / 10, count] as const)
      .sort((a, b) => a[0] - b[0]);
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    const atRank = (fraction: number) => {
      const rank = Math.max(1, Math.ceil(fraction * total));
      let seen = 0;
      for (const [value, count] of counts) {
        seen += count;
        if (seen >= rank) return value;
      }
      return counts.at(-1)?.[0] ?? 0;
    };
    reach[id] = {
      min: counts[0]?.[0] ?? 0,
      p10: atRank(0.1),
      median: atRank(0.5),
      p90: atRank(0.9),
      max: counts.at(-1)?.[0] ?? 0,
      belowZero: share(character.below, total),
      aboveZero: share(character.above, total),
    };
  }
  return reach;
}

/** A warning for each character that ends on one side of the axis in more than PINNED_SHARE of runs. */
export function pinnedWarnings(reach: Readonly<Record<string, StanceReach>>): string[] {
  const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
  return Object.entries(reach).flatMap(([id, stance]) => {
    if (stance.belowZero > PINNED_SHARE)
      return [
        `${id} ends on the unity side (below 0) in ${percent(stance.belowZero)} of runs (pinned: more than ${percent(PINNED_SHARE)})`,
      ];
    if (stance.aboveZero > PINNED_SHARE)
      return [
        `${id} ends on the individuality side (above 0) in ${percent(stance.aboveZero)} of runs (pinned: more than ${percent(PINNED_SHARE)})`,
      ];
    return [];
  });
}
