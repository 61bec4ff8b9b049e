import { parentPort } from "node:worker_threads";
import { runJob, type WorkerRequest } from "./storyJobs";

/** A worker thread: plays the chunks of runs it is sent and posts their reports back. */
parentPort?.on("message", (request: WorkerRequest) => {
  try {
    // Progress every few runs: a message per run would cost more than the run on a small story.
    const result = runJob(request, (done) => {
      if (done % 10 === 0) parentPort?.postMessage({ type: "progress", chunk: request.chunk, done });
    });
    parentPort?.postMessage({ type: "result", chunk: request.chunk, result });
  } catch (error) {
    parentPort?.postMessage({
      type: "error",
      chunk: request.chunk,
      message: error instanceof Error ? error.message : String(error),
    });
  }
});
