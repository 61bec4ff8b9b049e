import { campaigns } from "virtual:campaigns";
import * as Phaser from "phaser";
import { followStage } from "../followStage";
import { GeneratedTextureFile } from "../generatedTextureFile";
import { portraitGenerators } from "../portraits";
import { sharedTextureGenerators } from "../sharedTextures";
import { SceneKeys } from "../stageDirector";

/**
 * Generates every shared texture and portrait through the loader and draws a progress bar from the
 * loader's `progress` event; then the stage store decides which scene plays.
 */
export class Preloader extends Phaser.Scene {
  constructor() {
    super(SceneKeys.preloader);
  }

  preload() {
    const { width, height } = this.scale;
    const unit = Math.max(1, Math.min(width, height) / 600);
    const barWidth = Math.min(width * 0.5, 360 * unit);
    const barHeight = 4 * unit;
    const x = (width - barWidth) / 2;
    const y = height / 2;
    const track = this.add.graphics();
    track.fillStyle(0x2a2f55, 0.8);
    track.fillRoundedRect(x, y - barHeight / 2, barWidth, barHeight, barHeight / 2);
    const bar = this.add.graphics();
    const drawProgress = (progress: number) => {
      bar.clear();
      bar.fillStyle(0x6ff0ff, 0.25);
      bar.fillRoundedRect(
        x - 3 * unit,
        y - barHeight * 1.5,
        (barWidth + 6 * unit) * progress,
        barHeight * 3,
        barHeight * 1.5,
      );
      bar.fillStyle(0xbff8ff, 1);
      bar.fillRoundedRect(x, y - barHeight / 2, barWidth * progress, barHeight, barHeight / 2);
    };
    drawProgress(0);
    this.load.on(Phaser.Loader.Events.PROGRESS, drawProgress);

    this.load.maxParallelDownloads = 1;
    for (const { key, generate } of [
      ...sharedTextureGenerators(this.textures),
      ...portraitGenerators(this.textures, campaigns),
    ]) {
      this.load.addFile(new GeneratedTextureFile(this.load, key, generate));
    }
  }

  create() {
    followStage(this.game);
    this.scene.stop();
  }
}
