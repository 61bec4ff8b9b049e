import type { CampaignManifest } from "../engine/campaign";
import type { PlaythroughScript } from "../engine/playthrough";
import { whyThisEndingSteps } from "../engine/ruleReadout";
import type { StoryRunner } from "../engine/storyRunner";

/**
 * The playthrough so far as a script `npm run play -- --script file.json` replays exactly: the
 * choices by index (text could match two choices), on the story build it was played on, expecting
 * the same end, outcome and stances (within rounding). An ended playthrough's title also says why
 * the rule named its ending, as the report does.
 */
export function playthroughLog(runner: StoryRunner, manifest: CampaignManifest, now = new Date()): PlaythroughScript {
  const stances: Record<string, { min: number; max: number }> = {};
  for (const [id, value] of Object.entries(runner.stances)) {
    stances[id] = { min: round(value - 0.5), max: round(value + 0.5) };
  }
  const outcome = runner.outcome();
  const why =
    runner.ended && outcome !== null
      ? ` Why this ending: ${whyThisEndingSteps(
          manifest,
          { stances: runner.stances, decisions: runner.decisions() },
          runner.outcomeAsks,
        )
          .map((step) => (step.lead ? `${step.lead}: ${step.line}` : step.line))
          .join(" ")}`
      : "";
  return {
    story: manifest.id,
    storyHash: runner.storyHash,
    title: `Playthrough log of ${manifest.title}, ${runner.turn} choices, ${now.toISOString()}.${why}`,
    steps: runner.choicesTaken.map((choice) => ({ choose: choice.index })),
    expect: {
      ended: runner.ended,
      ...(outcome === null ? {} : { outcome }),
      stances,
    },
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
