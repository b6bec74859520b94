/*
 * The game objects the room draws with (src/scenes, src/board, src/game): their classes, and the
 * factories and creators whose require registers scene.add.<kind> and scene.make.<kind>. Phaser's own
 * list (phaser/src/gameobjects/index.js) also brings particles, tilemaps' helpers, video, meshes,
 * shaders, noise, lights and a dozen shapes the room never uses. A kind the room starts to use must be
 * added here: tests/architecture/phaserSlim.test.ts fails until it is. Same order as Phaser's list.
 */
var GameObjects = {
  Events: require('../../node_modules/phaser/src/gameobjects/events'),
  DisplayList: require('../../node_modules/phaser/src/gameobjects/DisplayList'),
  GameObjectCreator: require('../../node_modules/phaser/src/gameobjects/GameObjectCreator'),
  GameObjectFactory: require('../../node_modules/phaser/src/gameobjects/GameObjectFactory'),
  UpdateList: require('../../node_modules/phaser/src/gameobjects/UpdateList'),
  Components: require('../../node_modules/phaser/src/gameobjects/components'),
  GetCalcMatrix: require('../../node_modules/phaser/src/gameobjects/GetCalcMatrix'),
  BuildGameObject: require('../../node_modules/phaser/src/gameobjects/BuildGameObject'),
  GameObject: require('../../node_modules/phaser/src/gameobjects/GameObject'),
  Container: require('../../node_modules/phaser/src/gameobjects/container/Container'),
  Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/Graphics'),
  Image: require('../../node_modules/phaser/src/gameobjects/image/Image'),
  Text: require('../../node_modules/phaser/src/gameobjects/text/Text'),
  TextStyle: require('../../node_modules/phaser/src/gameobjects/text/TextStyle'),
  TileSprite: require('../../node_modules/phaser/src/gameobjects/tilesprite/TileSprite'),
  Shape: require('../../node_modules/phaser/src/gameobjects/shape/Shape'),
  Arc: require('../../node_modules/phaser/src/gameobjects/shape/arc/Arc'),
  Rectangle: require('../../node_modules/phaser/src/gameobjects/shape/rectangle/Rectangle'),
  Factories: {
    Container: require('../../node_modules/phaser/src/gameobjects/container/ContainerFactory'),
    Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsFactory'),
    Image: require('../../node_modules/phaser/src/gameobjects/image/ImageFactory'),
    Text: require('../../node_modules/phaser/src/gameobjects/text/TextFactory'),
    TileSprite: require('../../node_modules/phaser/src/gameobjects/tilesprite/TileSpriteFactory'),
    Arc: require('../../node_modules/phaser/src/gameobjects/shape/arc/ArcFactory'),
    Rectangle: require('../../node_modules/phaser/src/gameobjects/shape/rectangle/RectangleFactory'),
  },
  Creators: {
    Container: require('../../node_modules/phaser/src/gameobjects/container/ContainerCreator'),
    Graphics: require('../../node_modules/phaser/src/gameobjects/graphics/GraphicsCreator'),
    Image: require('../../node_modules/phaser/src/gameobjects/image/ImageCreator'),
    Text: require('../../node_modules/phaser/src/gameobjects/text/TextCreator'),
    TileSprite: require('../../node_modules/phaser/src/gameobjects/tilesprite/TileSpriteCreator'),
  },
};

module.exports = GameObjects;
