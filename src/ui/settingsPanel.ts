import {
  type Settings,
  type SettingsStore,
  SKIP_MODES,
  TEXT_SIZES,
  TEXT_SPEEDS,
  type TextSize,
  type TextSpeed,
  VISUAL_QUALITIES,
  type VisualQuality,
} from "../stage/settings";
import { button, element, uniqueId } from "./dom";
import { openModal } from "./modal";

/** Settings take effect as soon as they change; the store keeps them. */
const SKIP_LABELS: Record<(typeof SKIP_MODES)[number], string> = {
  seen: "Only text you have read",
  all: "All text, up to the next choice",
};
const SPEED_LABELS: Record<TextSpeed, string> = { slow: "Slow", normal: "Normal", fast: "Fast", instant: "Instant" };
const SIZE_LABELS: Record<TextSize, string> = {
  small: "Small",
  normal: "Normal",
  large: "Large",
  "x-large": "Extra large",
};
const QUALITY_LABELS: Record<VisualQuality, string> = { auto: "Auto", high: "High", low: "Low" };

function radioGroup<T extends string>(
  legend: string,
  values: readonly T[],
  labels: Record<T, string>,
  current: T,
  onChange: (value: T) => void,
): HTMLFieldSetElement {
  const name = uniqueId("setting");
  const fieldset = element("fieldset", {
    className: "setting-choices",
    children: [element("legend", { text: legend })],
  });
  for (const value of values) {
    const input = element("input", { attributes: { type: "radio", name, value } });
    input.checked = value === current;
    input.addEventListener("change", () => input.checked && onChange(value));
    fieldset.append(
      element("label", { className: "setting-option", children: [input, element("span", { text: labels[value] })] }),
    );
  }
  return fieldset;
}

function checkbox(label: string, checked: boolean, onChange: (checked: boolean) => void): HTMLLabelElement {
  const input = element("input", { attributes: { type: "checkbox" } });
  input.checked = checked;
  input.addEventListener("change", () => onChange(input.checked));
  return element("label", { className: "setting-toggle", children: [input, element("span", { text: label })] });
}

function slider(label: string, value: number, onChange: (value: number) => void): HTMLLabelElement {
  const output = element("output", { text: `${Math.round(value * 100)}%` });
  const input = element("input", { attributes: { type: "range", min: "0", max: "100", step: "5" } });
  input.value = String(Math.round(value * 100));
  input.addEventListener("input", () => {
    output.textContent = `${input.value}%`;
    onChange(Number(input.value) / 100);
  });
  return element("label", {
    className: "setting-slider",
    children: [element("span", { text: label }), input, output],
  });
}

export function openSettings(store: SettingsStore): void {
  const settings: Settings = store.getState().settings;
  const modal = openModal({ title: "Settings", className: "settings-dialog" });
  const update = (change: Partial<Settings>) => store.update(change);
  const done = button("Done", () => modal.close(), { className: "primary" });
  modal.body.append(
    element("div", {
      className: "settings-form",
      children: [
        radioGroup("Text speed", TEXT_SPEEDS, SPEED_LABELS, settings.textSpeed, (textSpeed) => update({ textSpeed })),
        radioGroup("Text size", TEXT_SIZES, SIZE_LABELS, settings.textSize, (textSize) => update({ textSize })),
        slider("Music volume", settings.musicVolume, (musicVolume) => update({ musicVolume })),
        slider("Effects volume", settings.effectsVolume, (effectsVolume) => update({ effectsVolume })),
        checkbox("Mute all sound", settings.muted, (muted) => update({ muted })),
        checkbox("Reduced motion", settings.reducedMotion, (reducedMotion) => update({ reducedMotion })),
        checkbox("High contrast", settings.highContrast, (highContrast) => update({ highContrast })),
        radioGroup("Skip passes over", SKIP_MODES, SKIP_LABELS, settings.skipMode, (skipMode) => update({ skipMode })),
        checkbox("Auto-advance to the next line (stops at choices)", settings.autoAdvance, (autoAdvance) =>
          update({ autoAdvance }),
        ),
        radioGroup("Visual quality", VISUAL_QUALITIES, QUALITY_LABELS, settings.visualQuality, (visualQuality) =>
          update({ visualQuality }),
        ),
      ],
    }),
    element("div", { className: "dialog-actions", children: [done] }),
  );
  modal.body.querySelector<HTMLInputElement>("input:checked")?.focus();
}
