import { config } from "zod/mini";

/**
 * Imported first by main.ts: zod would otherwise probe `new Function` to compile fast parsers,
 * which our Content-Security-Policy (no unsafe-eval) reports as a violation. The setting is global,
 * so it also covers the engine's schemas that load later.
 */
config({ jitless: true });
