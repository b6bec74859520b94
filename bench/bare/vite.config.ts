/**
 * Builds the bare Phaser page (the baseline of `npm run bench:browser`) the way the game is built: the
 * game's own `base` and `build` options (target, chunk warning limit, ...) are read from the root
 * vite.config.ts, so a change there applies here too. Only the game's plugins (the scenario) are left
 * out. Output: bench/bare/dist (ignored by the root .gitignore's `dist/`).
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ConfigEnv, defineConfig, type UserConfig } from 'vite';
import gameConfigExport from '../../vite.config.ts';

const here = dirname(fileURLToPath(import.meta.url));

async function gameConfig(): Promise<UserConfig> {
  const exported: unknown = gameConfigExport;
  if (typeof exported === 'function') {
    const env: ConfigEnv = { command: 'build', mode: 'production', isSsrBuild: false, isPreview: false };
    return await (exported as (env: ConfigEnv) => UserConfig | Promise<UserConfig>)(env);
  }
  return exported as UserConfig;
}

export default defineConfig(async (): Promise<UserConfig> => {
  const game = await gameConfig();
  return {
    root: here,
    base: game.base,
    publicDir: false,
    build: {
      ...game.build,
      outDir: resolve(here, 'dist'),
      emptyOutDir: true,
    },
    preview: { host: '127.0.0.1' },
  };
});
