import type { AnalyzeReport } from "../engine/analyzer";
import { pinnedWarnings } from "../engine/stanceReach";
import type { ExploreFile } from "./exploreFiles";

/**
 * What `--check` fails on, one line each: CI wants a red build for an outcome no run reached, a
 * run that ended in an error, and every warning the report gives.
 */
function unreachedOutcomes(declared: readonly string[], reached: Record<string, number>): string[] {
  return declared.filter((outcome) => !reached[outcome]).map((outcome) => `outcome "${outcome}": no run reached it`);
}

export function exploreProblems(report: ExploreFile): string[] {
  return [
    ...report.errors.map((error) => `${error.count} runs ended in an error: ${error.message}`),
    ...report.contracts.violations.map(
      (violation) => `contract broken ${violation.count} times: ${violation.location} needs ${violation.condition}`,
    ),
    ...unreachedOutcomes(report.declaredOutcomes, report.outcomes),
    ...report.knots.unreached.map((knot) => `warning: never reached: ${knot.location} (${knot.knot})`),
    ...report.choices.unreached.map((choice) => `warning: never offered: ${choice.location} (in ${choice.knot})`),
    ...pinnedWarnings(report.stanceReach).map((warning) => `warning: ${warning}`),
  ];
}

export function analyzeProblems(report: AnalyzeReport, declaredOutcomes: readonly string[]): string[] {
  return [
    ...(report.errors > 0 ? [`${report.errors} of ${report.runs} runs ended in an error (run explore for each)`] : []),
    ...unreachedOutcomes(declaredOutcomes, report.outcomes),
    ...report.warnings.map((warning) => `warning: ${warning}`),
  ];
}
