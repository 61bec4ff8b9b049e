/**
 * Where things sit on the canvas, in canvas pixels, derived from the viewport. The DOM overlay
 * covers the bottom centre (story text) and the top right (stances; a strip across the top on
 * phones), so focal art goes in the free band above the text and the portrait goes top left.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StageLayout {
  /** Canvas size. */
  width: number;
  height: number;
  /** Canvas pixels per CSS pixel: multiply sizes meant in CSS pixels by it. */
  unit: number;
  /** Phone-like viewport: the stance panel is a strip across the top. */
  compact: boolean;
  portrait: Box;
  storyPanel: Box;
  stancePanel: Box;
  /** The band free of overlay where focal art belongs. */
  stage: Box;
  /** The part of the stage band clear of the portrait and the stance panel too. */
  clear: Box;
  focusX: number;
  focusY: number;
  /** Ground line: below it, the story panel may cover the picture. */
  horizon: number;
  /** A size for art that keeps proportions from a phone to a 4K screen (canvas pixels). */
  span: number;
}

export const COMPACT_BELOW_CSS_WIDTH = 720;
const STANCE_STRIP_CSS_HEIGHT = 84;
const STORY_PANEL_CSS_MAX_WIDTH = 760;
const STORY_PANEL_HEIGHT_SHARE = 0.45;
/** On phones the story panel may grow to 52% of the height. */
const COMPACT_STORY_PANEL_HEIGHT_SHARE = 0.52;
/** The overlay's menu button sits in the top-left corner on desktops (16 + 48 CSS pixels). */
const MENU_BUTTON_CSS_BOTTOM = 64;
const STANCE_PANEL_CSS_WIDTH = 260;
const MARGIN_CSS = 16;

export function stageLayout(width: number, height: number, unit: number): StageLayout {
  const cssWidth = width / unit;
  const cssHeight = height / unit;
  const compact = cssWidth < COMPACT_BELOW_CSS_WIDTH;
  const css = (value: number) => value * unit;

  const stancePanel: Box = compact
    ? { x: 0, y: 0, width, height: css(STANCE_STRIP_CSS_HEIGHT) }
    : {
        x: width - css(STANCE_PANEL_CSS_WIDTH + MARGIN_CSS),
        y: css(MARGIN_CSS),
        width: css(STANCE_PANEL_CSS_WIDTH),
        height: css(280),
      };

  const storyWidth = Math.min(css(STORY_PANEL_CSS_MAX_WIDTH), width - css(2 * 12));
  const storyHeight = height * (compact ? COMPACT_STORY_PANEL_HEIGHT_SHARE : STORY_PANEL_HEIGHT_SHARE);
  const storyPanel: Box = {
    x: (width - storyWidth) / 2,
    y: height - storyHeight,
    width: storyWidth,
    height: storyHeight,
  };

  const portraitCss = compact ? 104 : Math.min(168, Math.max(120, cssHeight * 0.17));
  const portraitTop = compact ? STANCE_STRIP_CSS_HEIGHT + 10 : MENU_BUTTON_CSS_BOTTOM + 12;
  const portrait: Box = {
    x: css(compact ? 12 : 20),
    y: css(portraitTop),
    width: css(portraitCss),
    height: css(portraitCss),
  };

  const stageTop = compact ? stancePanel.height : 0;
  const stage: Box = { x: 0, y: stageTop, width, height: storyPanel.y - stageTop };

  const clearLeft = compact ? 0 : portrait.x + portrait.width + css(MARGIN_CSS);
  const clearRight = compact ? width : stancePanel.x - css(MARGIN_CSS);
  // On phones the portrait takes the top-left corner below the stance strip; the clear band starts
  // beside it, not below it, or too little would be left above the story panel.
  const clearTop = compact ? stancePanel.height + css(8) : stage.y;
  const clear: Box = { x: clearLeft, y: clearTop, width: clearRight - clearLeft, height: storyPanel.y - clearTop };

  return {
    width,
    height,
    unit,
    compact,
    portrait,
    storyPanel,
    stancePanel,
    stage,
    clear,
    focusX: width / 2,
    focusY: stage.y + stage.height * 0.5,
    horizon: storyPanel.y + storyHeight * 0.18,
    span: Math.min(width, height * 1.5),
  };
}
