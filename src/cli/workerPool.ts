import os from "node:os";
import { Worker } from "node:worker_threads";
import { type JobKind, type JobOptions, runJob, type StoryData, type WorkerRequest } from "./storyJobs";

export interface PoolJob {
  kind: JobKind;
  story: StoryData;
  options: JobOptions;
  /** The run indices to play: from..to-1 (a shard, or all). */
  from: number;
  to: number;
  /** Worker threads; 1 plays in this thread. */
  workers: number;
  /** One progress bar over every worker: runs done of the job's total. */
  onProgress?: (done: number, total: number) => void;
}

/** One worker per core, as the issue asks: `--workers` overrides it. */
export function defaultWorkers(): number {
  return Math.max(1, os.availableParallelism());
}

/** Small enough chunks that workers finish together, large enough that a chunk's setup is cheap. */
function chunksOf(from: number, to: number, workers: number): { from: number; to: number }[] {
  const runs = to - from;
  // A shard with no runs (more shards than runs) still reports: an empty one, which merges.
  if (runs <= 0) return [{ from, to: from }];
  const size = Math.max(1, Math.min(2_000, Math.ceil(runs / (workers * 6))));
  const chunks: { from: number; to: number }[] = [];
  for (let start = from; start < to; start += size) chunks.push({ from: start, to: Math.min(to, start + size) });
  return chunks;
}

/**
 * Play a job's runs in chunks over worker threads and return each chunk's result in run order.
 * Each run's seed depends only on the base seed and its index, so the merged result is the same
 * whatever the worker count.
 */
export async function runPool<Result>(job: PoolJob): Promise<Result[]> {
  const chunks = chunksOf(job.from, job.to, job.workers);
  const total = job.to - job.from;
  const doneByChunk = new Array<number>(chunks.length).fill(0);
  const report = (chunk: number, done: number) => {
    doneByChunk[chunk] = done;
    job.onProgress?.(
      doneByChunk.reduce((sum, count) => sum + count, 0),
      total,
    );
  };
  const request = (chunk: number): WorkerRequest => ({
    kind: job.kind,
    story: job.story,
    options: job.options,
    chunk,
    from: chunks[chunk]?.from ?? 0,
    to: chunks[chunk]?.to ?? 0,
  });

  if (job.workers <= 1 || chunks.length <= 1) {
    return chunks.map((_, chunk) => runJob(request(chunk), (done) => report(chunk, done)) as Result);
  }

  const results = new Array<Result>(chunks.length);
  let next = 0;
  const threads = Array.from({ length: Math.min(job.workers, chunks.length) }, () => {
    return new Worker(new URL("./workerEntry.mjs", import.meta.url), {
      workerData: { module: new URL("./storyWorker.ts", import.meta.url).href },
    });
  });
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            const sendNext = () => {
              if (next >= chunks.length) {
                resolve();
                return;
              }
              thread.postMessage(request(next));
              next += 1;
            };
            thread.on(
              "message",
              (message: { type: string; chunk: number; done?: number; result?: unknown; message?: string }) => {
                if (message.type === "progress") report(message.chunk, message.done ?? 0);
                else if (message.type === "result") {
                  results[message.chunk] = message.result as Result;
                  sendNext();
                } else reject(new Error(message.message));
              },
            );
            thread.on("error", reject);
            sendNext();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  return results;
}

/** "K/N" -> the K-th of N equal slices of 0..runs-1. */
export function shardRange(
  shard: string | undefined,
  runs: number,
): { from: number; to: number; label: string | null } {
  if (shard === undefined) return { from: 0, to: runs, label: null };
  const match = /^(\d+)\/(\d+)$/.exec(shard);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`--shard must be K/N with 1 <= K <= N, like 2/4, not "${shard}"`);
  }
  return {
    from: Math.floor(((index - 1) * runs) / count),
    to: Math.floor((index * runs) / count),
    label: `${index}/${count}`,
  };
}
