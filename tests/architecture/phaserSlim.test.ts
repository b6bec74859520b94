/**
 * The game ships a slimmer Phaser (scripts/phaser/phaser.cjs): Phaser's entry with only what the room
 * uses. A game object kind or a Phaser namespace the code starts to use, and the slim entry left out,
 * would only fail in the browser, after the board starts; this test fails first, by reading the
 * sources: every `scene.add.<kind>(` / `scene.make.<kind>(` in src/ is registered by a factory or
 * creator the slim entry requires, and every `Phaser.<Name>` the code uses at run time is in it.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code, sources } from './sourceFiles';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');
const ENTRY = join(ROOT, 'scripts', 'phaser', 'phaser.cjs');
const GAME_OBJECTS = join(ROOT, 'scripts', 'phaser', 'gameObjects.cjs');

/** The files a slim entry file requires, resolved. */
function required(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/require\('([^']+)'\)/g)].map((m) => {
    const path = resolve(dirname(file), m[1]);
    if (/\.c?js$/.test(path)) return path;
    // As Node resolves a require: the file with .js, or a folder's index.js.
    return statSync(`${path}.js`, { throwIfNoEntry: false })?.isFile() ? `${path}.js` : join(path, 'index.js');
  });
}

/** The kinds registered with `GameObjectFactory.register('kind'` (add) or `GameObjectCreator` (make). */
function registered(kind: 'Factory' | 'Creator'): Set<string> {
  const names = new Set<string>();
  for (const file of required(GAME_OBJECTS)) {
    for (const m of readFileSync(file, 'utf8').matchAll(new RegExp(`GameObject${kind}\\.register\\('(\\w+)'`, 'g'))) {
      names.add(m[1]);
    }
  }
  return names;
}

const allCode = sources(SRC).map((file) => ({ file, text: code(file) }));

function used(pattern: RegExp): Map<string, string> {
  const found = new Map<string, string>();
  for (const { file, text } of allCode) for (const m of text.matchAll(pattern)) found.set(m[1], file);
  return found;
}

describe('the slim Phaser entry', () => {
  it('requires files that exist', () => {
    for (const file of [...required(ENTRY), ...required(GAME_OBJECTS)]) {
      expect(statSync(file, { throwIfNoEntry: false })?.isFile(), file).toBe(true);
    }
  });

  it('registers every scene.add.<kind> the code calls', () => {
    const factories = registered('Factory');
    // `existing` is the factory's own method (it adds an object made elsewhere), not a registered kind.
    factories.add('existing');
    const missing = [...used(/\.add\.(\w+)\(/g)].filter(([kind]) => !factories.has(kind));
    expect(missing).toEqual([]);
    expect(factories.has('text')).toBe(true);
  });

  it('registers every scene.make.<kind> the code calls', () => {
    const creators = registered('Creator');
    const missing = [...used(/\.make\.(\w+)\(/g)].filter(([kind]) => !creators.has(kind));
    expect(missing).toEqual([]);
  });

  it('has every Phaser.<Name> the code uses at run time', () => {
    const entry = readFileSync(ENTRY, 'utf8');
    const constants = readFileSync(join(ROOT, 'node_modules', 'phaser', 'src', 'const.js'), 'utf8');
    const inEntry = (name: string) => new RegExp(`^\\s+${name}: require`, 'm').test(entry);
    const isConstant = (name: string) => new RegExp(`^\\s+${name}:`, 'm').test(constants);
    // `Phaser.Types` is the type declarations' namespace: erased when compiled.
    const names = [...used(/\bPhaser\.([A-Z]\w*)/g)].filter(([name]) => name !== 'Types');
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter(([name]) => !inEntry(name) && !isConstant(name))).toEqual([]);
  });

  it('has every Phaser.GameObjects.<Name> the code names (a type or a class, to stay on the safe side)', () => {
    const list = readFileSync(GAME_OBJECTS, 'utf8');
    const names = [...used(/\bPhaser\.GameObjects\.([A-Z]\w*)/g)];
    expect(names.length).toBeGreaterThan(0);
    expect(names.filter(([name]) => !new RegExp(`^\\s+${name}: require`, 'm').test(list))).toEqual([]);
  });
});
