/**
 * Dev-only stage preview: starts the game and sets the stage store from the URL, e.g.
 *   preview.html?screen=story&campaign=neo-lumen&scene=transceiver-hall&mood=tense&speaker=eliot&lean=-60
 *   preview.html?screen=report&campaign=neo-unity&outcome=split-screen
 * Other parameters: stances=eliot:-40,maris:70 (per character), act, sfx (played after a second),
 * reducedMotion=1, highContrast=1, quality=auto|high|low, renderer=canvas, guides=1 (outlines where the DOM overlay sits).
 * `window.stageStore` is the store and `window.game` the game, for scripted checks.
 */

import { findManifest } from "../content/campaignCatalog";
import { beatFrom } from "../stage/gameSession";
import { type Screen, stageStore } from "../stage/stageStore";
import { stageLayout } from "./layout";
import { startGame } from "./main";

const params = new URLSearchParams(window.location.search);
const flag = (name: string) => params.get(name) === "1" || params.get(name) === "true";
const campaign = params.get("campaign");
const characters = findManifest(campaign)?.characters ?? [];
const stances: Record<string, number> = {};
for (const character of characters) stances[character.id] = character.start;
const lean = params.get("lean");
if (lean !== null) for (const id of Object.keys(stances)) stances[id] = Number(lean);
for (const pair of (params.get("stances") ?? "").split(",").filter(Boolean)) {
  const [id, value] = pair.split(":");
  if (id && value !== undefined) stances[id] = Number(value);
}

// The stage is set through its actions, as the game sets it.
const stage = stageStore.getState();
stage.applySettings({
  reducedMotion: flag("reducedMotion"),
  highContrast: flag("highContrast"),
  visualQuality: (["auto", "high", "low"] as const).find((quality) => quality === params.get("quality")) ?? "auto",
});
const manifest = findManifest(campaign);
const SCREENS: readonly Screen[] = ["boot", "title", "story", "report"];
const screen = SCREENS.find((name) => name === params.get("screen")) ?? "title";
const staging = {
  scene: params.get("scene"),
  mood: params.get("mood"),
  act: params.has("act") ? Number(params.get("act")) : null,
};
if (manifest && (screen === "story" || screen === "report")) {
  stage.enterStory(
    manifest,
    beatFrom({ staging, stances, history: [], speaker: params.get("speaker"), inputs: [], decisions: {} }),
  );
  const outcome = manifest.outcomes.find((entry) => entry.id === params.get("outcome")) ?? null;
  if (screen === "report")
    stage.showReport({ manifest, outcome, startingStances: stances, finalStances: stances, history: [], turns: 0 });
} else {
  stage.toTitle();
}

const parent = document.getElementById("stage");
if (!parent) throw new Error("preview page has no #stage element");
const game = startGame(parent, {
  renderer: params.get("renderer") === "canvas" ? "canvas" : "auto",
});

const sfx = params.get("sfx");
if (sfx && manifest)
  setTimeout(() => {
    const before = { staging, stances, history: [], speaker: null, inputs: [], decisions: {} };
    stageStore.getState().play(beatFrom(before, [{ line: null, tags: { sfx, unknown: [] }, nudges: [], staging }]));
    stageStore.getState().showNext();
  }, 1000);

if (flag("guides")) drawOverlayGuides();

Object.assign(window, { stageStore, game });

function drawOverlayGuides() {
  const guides = document.getElementById("overlay-guides");
  if (!guides) return;
  guides.classList.add("on");
  const layout = stageLayout(window.innerWidth, window.innerHeight, 1);
  for (const box of [layout.storyPanel, layout.stancePanel]) {
    const element = document.createElement("div");
    Object.assign(element.style, {
      left: `${box.x}px`,
      top: `${box.y}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
    guides.append(element);
  }
}
