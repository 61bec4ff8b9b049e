// A worker thread's first module: the CLI runs under tsx, whose loader a worker does not inherit,
// so register it here before importing the TypeScript worker (src/cli/storyWorker.ts).
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.module);
