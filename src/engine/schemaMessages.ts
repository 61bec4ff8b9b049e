import { en } from "zod/locales";
import { config } from "zod/mini";

/**
 * zod/mini carries no wording of its own (every problem reads "Invalid input"): the engine's schemas
 * name what was expected in English, for the writer reading `story:check` and the player reading why
 * a save was refused. Imported by the modules whose messages reach people; `config` merges, so the
 * browser's `jitless` (src/app/zodConfig.ts) still holds.
 */
config(en());
