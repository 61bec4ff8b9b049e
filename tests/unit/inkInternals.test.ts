import { Story } from "inkjs";
import { ErrorType } from "inkjs/engine/Error";
import { describe, expect, it } from "vitest";
import {
  beforeEveryStep,
  containerAtPath,
  INK_ERROR_TYPE,
  outputPieces,
  rootContainer,
} from "../../src/engine/inkInternals";
import { miniJson } from "../support/fixtures";

/** The mini campaign as ink runs it on its own, its externals answered by stand-ins. */
function miniStory(): Story {
  const story = new Story(miniJson);
  story.BindExternalFunction("nudge", () => undefined);
  story.BindExternalFunction("stance", () => 0);
  story.BindExternalFunction("festival_outcome", () => "together");
  return story;
}

/** Each inkjs internal the engine relies on, checked against the installed inkjs. */
describe("the inkjs internals the engine relies on", () => {
  it("reports runtime errors with ErrorType.Error as the number the runner stops on", () => {
    expect(ErrorType.Error).toBe(INK_ERROR_TYPE);
  });

  it("runs every evaluation step through Story.Step, so a hook before it can count and stop them", () => {
    const story = miniStory();
    let steps = 0;
    beforeEveryStep(story, () => {
      steps += 1;
    });
    story.Continue();
    expect(steps).toBeGreaterThan(0);

    const stopped = miniStory();
    beforeEveryStep(stopped, () => {
      throw new Error("stopped here");
    });
    expect(() => stopped.Continue()).toThrow("stopped here");
  });

  it("keeps the compiled tree in mainContentContainer: knots by name, choice points with their target", () => {
    const root = rootContainer(miniStory());
    expect([...(root.namedContent?.keys() ?? [])]).toEqual(expect.arrayContaining(["opening", "roof_scene"]));
    const found: string[] = [];
    const walk = (node: { content?: (typeof root)[]; namedContent?: Map<string, typeof root> } & typeof root) => {
      for (const item of node.content ?? []) {
        if (item.pathOnChoice !== undefined) found.push(String(item.path));
        if (item.content !== undefined) walk(item);
      }
      for (const [, named] of node.namedContent ?? []) walk(named);
    };
    walk(root);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((path) => path.startsWith("opening."))).toBe(true);
  });

  it("finds a container by its runtime path, through named content and numbered content, and nothing where there is none", () => {
    const story = miniStory();
    expect(String(containerAtPath(story, "opening")?.path)).toBe("opening");
    expect(String(containerAtPath(story, "opening.0")?.path)).toBe("opening.0");
    expect(containerAtPath(story, "opening.nowhere")).toBeNull();
    expect(containerAtPath(story, "nowhere")).toBeNull();
  });

  it("leaves the line just continued in the output stream, its written text with a parent and a path", () => {
    const story = miniStory();
    const line = story.Continue()?.trim();
    const written = outputPieces(story).find((piece) => typeof piece.value === "string" && piece.value.trim() === line);
    expect(written?.parent).toBeTruthy();
    expect(String(written?.path)).toMatch(/^opening\./);
  });
});
