/** Scene keys: one name per scene, used by `scene.start` and in tests. */
export const SceneKeys = {
  Boot: 'boot',
  Preloader: 'preloader',
  Title: 'title',
  CabinetRoom: 'cabinet-room',
} as const;

export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];

/** Texture keys: every texture is generated in code (see textures.ts), none is downloaded. */
export const TextureKeys = {
  Wood: 'table-wood',
  Baize: 'table-baize',
  LampLight: 'lamp-light',
  Vignette: 'vignette',
  Paper: 'paper',
} as const;

export type TextureKey = (typeof TextureKeys)[keyof typeof TextureKeys];

/** Still compositions drawn once from the textures above (see compose.ts). */
export const ComposedTextureKeys = {
  Table: 'table',
  TitleFolder: 'title-folder',
} as const;
