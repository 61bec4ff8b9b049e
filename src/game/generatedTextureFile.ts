import * as Phaser from "phaser";

/**
 * A loader entry that paints a texture instead of fetching one. Nothing of the game is downloaded,
 * but running generation through the loader gives the Preloader a real `progress` event to draw.
 */
export class GeneratedTextureFile extends Phaser.Loader.File {
  private readonly generate: () => void;

  constructor(loader: Phaser.Loader.LoaderPlugin, key: string, generate: () => void) {
    super(loader, { type: "generatedTexture", cache: false, key, url: `generated:${key}` });
    this.generate = generate;
  }

  override load(): void {
    // One texture per task, so the browser can paint the progress bar between them.
    setTimeout(() => {
      try {
        this.generate();
        this.loader.nextFile(this, true);
      } catch (error) {
        console.error(`could not generate texture "${this.key}"`, error);
        this.loader.nextFile(this, false);
      }
    }, 0);
  }

  override onProcess(): void {
    this.onProcessComplete();
  }

  /** The texture is already in the texture manager; there is no cache entry to add. */
  override addToCache(): void {}
}
