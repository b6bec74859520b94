import { describe, expect, it } from 'vitest';
import { ComposedTextureKeys, SceneKeys, TextureKeys } from '../../src/scenes/keys';

describe('scene and texture keys', () => {
  it('gives every scene its own non-empty key', () => {
    const keys = Object.values(SceneKeys);
    expect(keys.length).toBeGreaterThanOrEqual(4);
    for (const key of keys) {
      expect(typeof key).toBe('string');
      expect(key.trim()).not.toBe('');
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives every generated texture its own key, distinct from the scene keys', () => {
    const textures = [...Object.values(TextureKeys), ...Object.values(ComposedTextureKeys)];
    expect(new Set(textures).size).toBe(textures.length);
    const scenes = new Set<string>(Object.values(SceneKeys));
    expect(textures.filter((key) => scenes.has(key))).toEqual([]);
  });
});
