import * as Phaser from "phaser";
import { SceneKeys } from "../stageDirector";

/** The first scene: nothing to fetch, so it only hands over to the Preloader. */
export class Boot extends Phaser.Scene {
  constructor() {
    super(SceneKeys.boot);
  }

  create() {
    this.scene.start(SceneKeys.preloader);
  }
}
