import { analyzeRuns } from "../engine/analyzer";
import type { CampaignManifest } from "../engine/campaign";
import { explore } from "../engine/explorer";
import type { SourceMap } from "../engine/sourceMap";

/** What the explorer and the analyzer need of a story: all plain data, so it crosses to a worker. */
export interface StoryData {
  json: string;
  manifest: CampaignManifest | null;
  sourceMap: SourceMap | null;
}

export type JobKind = "explore" | "analyze";

/** Run count and base seed, and the job's other options. */
export interface JobOptions {
  runs: number;
  seed: number;
  maxChoices?: number;
  /** Explore only: count the ink lines each run executes. */
  coverage?: boolean;
}

export interface WorkerRequest {
  kind: JobKind;
  story: StoryData;
  options: JobOptions;
  chunk: number;
  from: number;
  to: number;
}

/** One chunk of runs, in whichever thread: the same code in-process and in a worker. */
export function runJob(request: WorkerRequest, onProgress: (done: number) => void): unknown {
  const runnerOptions = { manifest: request.story.manifest, sourceMap: request.story.sourceMap };
  const options = { ...request.options, from: request.from, to: request.to, onProgress };
  if (request.kind === "explore") return explore(request.story.json, runnerOptions, options);
  return analyzeRuns(request.story.json, runnerOptions, options);
}
