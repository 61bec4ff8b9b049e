import { newPlaythroughId, type SaveGame, type SaveLineage } from "./save";
import { lineageStamp, type SaveSlots, type SlotId, type SlotStamp, type WriteResult } from "./saveSlots";

/**
 * Writes one game's autosaves, and only over its own. It remembers what the slot held when the game
 * began (the player chose to replace it) and what it last wrote; a write finds the slot as it left
 * it or is refused, so a tab that fell behind never replaces another tab's newer save, and a game
 * that has been put away (stopped) never writes again. Each save carries its game's id and a
 * generation that only grows.
 */
export class AutosaveWriter {
  private parent: SlotStamp | undefined;
  private generation: number;
  private stoppedBecause: string | null = null;

  constructor(
    private readonly slots: SaveSlots,
    private readonly slot: SlotId,
    /** The game's id, kept from the save it was loaded from. */
    readonly playthrough: string = newPlaythroughId(),
    generation = 0,
  ) {
    this.parent = slots.stamp(slot);
    this.generation = generation;
  }

  /** The lineage a save made now (to any slot) should carry. */
  get lineage(): SaveLineage {
    return { playthrough: this.playthrough, generation: this.generation };
  }

  get stopped(): string | null {
    return this.stoppedBecause;
  }

  write(makeSave: (lineage: SaveLineage) => SaveGame): WriteResult {
    if (this.stoppedBecause) return { ok: false, reason: this.stoppedBecause, superseded: true };
    const parentGeneration = this.parent?.startsWith(`${this.playthrough}#`)
      ? Number(this.parent.slice(this.playthrough.length + 1))
      : 0;
    const lineage = { playthrough: this.playthrough, generation: Math.max(this.generation, parentGeneration) + 1 };
    // Storage that cannot be read cannot be checked: the write below fails or succeeds on its own.
    const result = this.slots.write(this.slot, makeSave(lineage), { over: this.parent });
    if (result.ok) {
      this.generation = lineage.generation;
      this.parent = lineageStamp(lineage);
    } else if (result.superseded) {
      this.stoppedBecause = result.reason;
    }
    return result;
  }

  /** Never write again, for this reason (the game was put away, or another tab took it over). */
  stop(reason: string): void {
    this.stoppedBecause ??= reason;
  }
}
