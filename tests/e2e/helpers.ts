/** Shared steps for the browser tests: error collection and playing commands through the real UI. */
import { expect, type Page } from '@playwright/test';
import { loadScenarioFolder } from '../../src/cli/scenarioFolder';
import { createEngine } from '../../src/engine/game';
import { historicalPackage } from '../../src/engine/posture';
import type { GameCommand } from '../../src/engine/state';

/** SwiftShader's "GPU stall due to ReadPixels" and similar are warnings; only errors fail a test. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  return errors;
}

export function blackSaturday() {
  const loaded = loadScenarioFolder('scenarios/black-saturday');
  if (!loaded.ok) throw new Error('the scenario does not load');
  return createEngine(loaded.value.scenario);
}

/** The reply the ExComm actually sent, as reply-builder items: read from the scenario, never copied. */
export const HISTORICAL_PACKAGE: string[] = historicalPackage(blackSaturday().scenario);

/** From the title: New game, the given seed, take a seat. */
export async function startNewGame(page: Page, seed: number): Promise<void> {
  await page.getByRole('button', { name: 'New game' }).click();
  const seedField = page.getByLabel('Seed');
  await seedField.fill(String(seed));
  await page.getByRole('button', { name: 'Take your seat' }).click();
}

/** From a fresh page: New game, set up for a class on one screen, with the debate minutes and seed given. */
export async function setUpClassroom(
  page: Page,
  options: { debateMinutes?: number; seed?: number } = {},
): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'New game' }).click();
  await page.getByLabel(/Classroom, one screen/).check();
  if (options.debateMinutes !== undefined)
    await page.getByLabel('Minutes per debate').fill(String(options.debateMinutes));
  if (options.seed !== undefined) await page.getByLabel('Seed').fill(String(options.seed));
}

/**
 * Clicks through "the clock runs" interludes, and in a class the cards it stops on (the recap of a
 * decision, the other side's answer, the ending's own card), until a decision (or the ending) is on the
 * desk, or (two teams on one screen) the card that asks for the screen to be passed to the other team.
 */
export async function passInterludes(page: Page): Promise<void> {
  // The hand-over card counts as settled: without it, each hand-over waited out the expect timeout.
  const settled = page.locator('.interlude, .decision, .reply, .moment, [data-ending], .card--handover').first();
  // A class's recap cards queue up when decisions are taken quickly (one per decision): enough turns for all.
  for (let i = 0; i < 40; i++) {
    // Wait for the desk to show something: the UI renders after the engine steps.
    await expect(settled).toBeVisible();
    const next = page.locator('.interlude .button--primary, .moment__next');
    if ((await next.count()) === 0) return;
    await next.first().click();
  }
}

/** Plays one command through the UI; `keyboard` uses Tab/Enter/Space instead of clicks. */
export async function playCommand(page: Page, command: GameCommand, keyboard = false): Promise<void> {
  await passInterludes(page);
  if (command.type === 'player.choose') {
    const option = page.locator(`.option[data-option="${command.option}"]`);
    await expect(option).toBeVisible();
    if (keyboard) {
      await option.focus();
      await page.keyboard.press('Enter');
    } else {
      await option.click();
    }
  } else if (command.type === 'player.sendReply') {
    for (const item of command.items) {
      const box = page.locator(`#item-${item}`);
      if (keyboard) {
        await box.focus();
        await page.keyboard.press('Space');
      } else {
        await box.check();
      }
    }
    await page.getByRole('button', { name: 'Send the reply' }).click();
  }
}

/**
 * Takes a command through the automation hook (`window.eyesOnly`, the session the buttons use), for a
 * test whose subject is where a path leads rather than the clicking: seconds instead of a minute.
 */
export async function sendThroughHook(page: Page, command: GameCommand): Promise<void> {
  const result = await page.evaluate((c) => {
    const hook = window.eyesOnly;
    if (!hook) return 'no window.eyesOnly';
    const step =
      c.type === 'player.choose' ? hook.choose(c.option) : c.type === 'player.sendReply' ? hook.send(c.items) : null;
    return step === null ? `not a decision: ${c.type}` : step.ok ? 'ok' : step.errors.join('; ');
  }, command);
  expect(result, JSON.stringify(command)).toBe('ok');
}

/**
 * Holds every request matching `url` (a page.route pattern) until the returned function is called, as
 * a slow network or a busy machine would. Requests a service worker answers never reach page.route:
 * block it (`test.use({ serviceWorkers: 'block' })`) where the page has one.
 */
export async function holdRequests(page: Page, url: string): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(url, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
