export type EngineModule = typeof import("./engineEntry");

let loading: Promise<EngineModule> | null = null;

/** Load the engine chunk once; a failed load may be retried (a flaky network, a dev server restart). */
export function loadEngine(): Promise<EngineModule> {
  if (!loading) {
    loading = import("./engineEntry").catch((error: unknown) => {
      loading = null;
      throw error;
    });
  }
  return loading;
}
