/**
 * Where a saved game lives in the browser's storage: one key per scenario. Its own module because
 * the title, before the game's code has loaded, looks for saves by this prefix too (ui/earlyTitle.ts).
 */
export const SAVE_KEY_PREFIX = 'eyes-only:save:';

export const saveKey = (scenarioId: string) => `${SAVE_KEY_PREFIX}${scenarioId}`;
