import type Phaser from 'phaser';

/**
 * Draws a still composition once into a texture, so the scene shows one image instead of
 * redrawing every layer each frame. It matters on software WebGL (SwiftShader: headless test
 * browsers, and machines whose GPU the browser refuses), where each layer of a full-screen
 * scene costs tens of milliseconds per frame; composed, the title runs about twice as fast.
 *
 * `layers` must be made off the display list (`new Phaser.GameObjects.X(scene, ...)` or
 * `scene.make.x(config, false)`); they are destroyed once drawn. Returns false if the key was
 * already taken (the texture is then reused as it is).
 */
export function composeOnce(
  scene: Phaser.Scene,
  key: string,
  width: number,
  height: number,
  layers: () => Phaser.GameObjects.GameObject[],
): boolean {
  if (scene.textures.exists(key)) {
    return false;
  }
  const texture = scene.textures.addDynamicTexture(key, width, height);
  if (!texture) {
    return false;
  }
  const objects = layers();
  texture.draw(objects);
  texture.render();
  for (const object of objects) {
    object.destroy();
  }
  return true;
}
