/** Saves to and from files: a download through a Blob URL, and a file picked by the player. */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Resolves with the chosen file, or null if the player cancels (where the browser says so). The
 * text is read only when asked for, so a file too large to be a save is refused without reading it.
 */
export interface PickedFile {
  name: string;
  size: number;
  text(): Promise<string>;
}

export function pickTextFile(accept = ".json,application/json"): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = accept;
    input.hidden = true;
    input.addEventListener("change", () => {
      const file = input.files?.[0];
      input.remove();
      if (!file) return resolve(null);
      resolve({ name: file.name, size: file.size, text: () => file.text().catch(() => "") });
    });
    input.addEventListener("cancel", () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
