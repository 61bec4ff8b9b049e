/**
 * The part of Phaser this game uses, built from Phaser's own sources (as its phaser-core.js entry
 * does) instead of the whole prebuilt bundle: no physics, tilemaps, sound, input plugin, text,
 * video, meshes, lights or the game objects we never create. vite.config.ts points the "phaser"
 * import here and defines the renderer flags Phaser's webpack build defines (WebGL and Canvas kept).
 * A game object a place starts to use must be added to GameObjects below (its factory registers
 * `this.add.<name>`); its types come from the full package, so tsc does not see what is missing.
 */
require("phaser-src/polyfills/requestVideoFrame");

const CONST = require("phaser-src/const");
const Extend = require("phaser-src/utils/object/Extend");

const GameObjects = {
  Events: require("phaser-src/gameobjects/events"),
  DisplayList: require("phaser-src/gameobjects/DisplayList"),
  GameObjectCreator: require("phaser-src/gameobjects/GameObjectCreator"),
  GameObjectFactory: require("phaser-src/gameobjects/GameObjectFactory"),
  UpdateList: require("phaser-src/gameobjects/UpdateList"),
  Components: require("phaser-src/gameobjects/components"),
  GameObject: require("phaser-src/gameobjects/GameObject"),
  Container: require("phaser-src/gameobjects/container/Container"),
  Graphics: require("phaser-src/gameobjects/graphics/Graphics"),
  Image: require("phaser-src/gameobjects/image/Image"),
  Particles: require("phaser-src/gameobjects/particles"),
  Sprite: require("phaser-src/gameobjects/sprite/Sprite"),
  Shape: require("phaser-src/gameobjects/shape/Shape"),
  Rectangle: require("phaser-src/gameobjects/shape/rectangle/Rectangle"),
  Factories: {
    Container: require("phaser-src/gameobjects/container/ContainerFactory"),
    Graphics: require("phaser-src/gameobjects/graphics/GraphicsFactory"),
    Image: require("phaser-src/gameobjects/image/ImageFactory"),
    Particles: require("phaser-src/gameobjects/particles/ParticleEmitterFactory"),
    Sprite: require("phaser-src/gameobjects/sprite/SpriteFactory"),
    Rectangle: require("phaser-src/gameobjects/shape/rectangle/RectangleFactory"),
  },
  Creators: {
    Container: require("phaser-src/gameobjects/container/ContainerCreator"),
    Graphics: require("phaser-src/gameobjects/graphics/GraphicsCreator"),
    Image: require("phaser-src/gameobjects/image/ImageCreator"),
    Particles: require("phaser-src/gameobjects/particles/ParticleEmitterCreator"),
    Sprite: require("phaser-src/gameobjects/sprite/SpriteCreator"),
  },
};

// WebGL-only game objects: the sky gradients and the clouds of light (see place.ts).
// biome-ignore lint/correctness/noConstantCondition: Phaser's own idiom; the build defines WEBGL_RENDERER, so the bundler drops the branch when it is off.
if (typeof WEBGL_RENDERER) {
  GameObjects.Gradient = require("phaser-src/gameobjects/gradient/Gradient");
  GameObjects.NoiseSimplex2D = require("phaser-src/gameobjects/noise/noisesimplex2d/NoiseSimplex2D");
  GameObjects.Factories.Gradient = require("phaser-src/gameobjects/gradient/GradientFactory");
  GameObjects.Factories.NoiseSimplex2D = require("phaser-src/gameobjects/noise/noisesimplex2d/NoiseSimplex2DFactory");
  GameObjects.Creators.Gradient = require("phaser-src/gameobjects/gradient/GradientCreator");
  GameObjects.Creators.NoiseSimplex2D = require("phaser-src/gameobjects/noise/noisesimplex2d/NoiseSimplex2DCreator");
}

const Phaser = Extend(
  false,
  {
    Animations: require("phaser-src/animations"),
    BlendModes: require("phaser-src/renderer/BlendModes"),
    Cache: require("phaser-src/cache"),
    Cameras: { Scene2D: require("phaser-src/cameras/2d") },
    Core: require("phaser-src/core"),
    Class: require("phaser-src/utils/Class"),
    Data: require("phaser-src/data"),
    Display: { Color: require("phaser-src/display/color") },
    Events: require("phaser-src/events"),
    Filters: require("phaser-src/filters"),
    Game: require("phaser-src/core/Game"),
    GameObjects,
    Loader: {
      Events: require("phaser-src/loader/events"),
      File: require("phaser-src/loader/File"),
      LoaderPlugin: require("phaser-src/loader/LoaderPlugin"),
      // A campaign's own pictures (src/game/campaignImages.ts): requiring a file type registers
      // load.image and load.svg on every scene's loader.
      FileTypes: {
        ImageFile: require("phaser-src/loader/filetypes/ImageFile"),
        SVGFile: require("phaser-src/loader/filetypes/SVGFile"),
      },
    },
    Math: { Vector2: require("phaser-src/math/Vector2") },
    Plugins: require("phaser-src/plugins"),
    Renderer: require("phaser-src/renderer"),
    Scale: require("phaser-src/scale"),
    ScaleModes: require("phaser-src/renderer/ScaleModes"),
    Scene: require("phaser-src/scene/Scene"),
    Scenes: require("phaser-src/scene"),
    Structs: require("phaser-src/structs"),
    Textures: require("phaser-src/textures"),
    Time: require("phaser-src/time"),
    TintModes: require("phaser-src/renderer/TintModes"),
    Tweens: require("phaser-src/tweens"),
  },
  CONST,
);

module.exports = Phaser;
