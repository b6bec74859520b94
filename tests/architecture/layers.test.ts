import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { code, sources } from './sourceFiles';

const SRC = join(__dirname, '..', '..', 'src');

interface ImportOf {
  /** The module as written ('xstate', '../engine/game'). */
  spec: string;
  /** Relative to src/ for a module of the project ('engine/game'), else null. */
  target: string | null;
  /** `import type`/`export type`: erased when compiled, so it couples nothing at run time. */
  typeOnly: boolean;
}

/** Every static import or re-export and every dynamic import() of a file. */
function importsOf(file: string, text = code(file)): ImportOf[] {
  const found: ImportOf[] = [];
  const add = (spec: string, typeOnly: boolean) => {
    const target = spec.startsWith('.')
      ? relative(SRC, resolve(dirname(file), spec))
          .replace(/\\/g, '/')
          .replace(/\.(ts|js)$/, '')
      : null;
    found.push({ spec, target: target?.startsWith('..') ? `../${target}` : target, typeOnly });
  };
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm))
    add(m[3], Boolean(m[2]));
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) add(m[1], false);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1], false);
  return found;
}

/**
 * The engine's modules the UI may still call at run time without the session, each with its reason.
 * Everything else of the engine reaches the UI through `GameSession` (type-only imports are free).
 */
const UI_ENGINE_ALLOWED: Record<string, { why: string; from: RegExp }> = {
  'engine/time': { why: 'pure formatting of scenario time (set-up form, the date module)', from: /^ui\// },
  'engine/webLink': { why: 'the one URL policy for source links, shared with the schema', from: /^ui\// },
  'engine/loader/bundle': {
    why: 'a teacher’s files are read before any session of them exists',
    from: /^ui\/classroom\//,
  },
  'engine/loader/encoding': {
    why: 'a teacher’s files are read before any session of them exists',
    from: /^ui\/classroom\//,
  },
  'engine/loader/validateBundle': { why: 'the check runs in a worker, beside no session', from: /^ui\/classroom\// },
  'engine/classroom/defaultRoles': {
    why: 'roster and packets are built from scenario data before a game starts',
    from: /^ui\/classroom\//,
  },
  'engine/classroom/memoForms': {
    why: 'memo forms and the rubric are printed from scenario data, not a game',
    from: /^ui\/classroom\//,
  },
  'engine/classroom/packets': {
    why: 'printed packets are built from scenario data, not a game',
    from: /^ui\/classroom\//,
  },
  'engine/provenance': {
    why: 'pure resolution of a claim’s sources from scenario data (the decision map’s notes)',
    from: /^ui\/review\//,
  },
  'engine/posture': {
    why: 'pure wording of a reference part’s verdict (the reply gauge and the review’s scorecard)',
    from: /^ui\/(play\/reply|review\/reviewScreen)\.ts$/,
  },
  'engine/glossary': {
    why: 'pure term finding over text the page already holds (one rule for marking and for packets)',
    from: /^ui\/documents\//,
  },
  'engine/documentKinds': { why: 'the one table of what each kind of paper is called', from: /^ui\// },
};

const ENGINE_PACKAGES = ['xstate', 'yaml', 'zod'];
/** 'xstate/graph' → 'xstate', '@scope/name/sub' → '@scope/name'. */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

const files = sources(SRC).map((path) => ({
  path,
  name: relative(SRC, path).replace(/\\/g, '/'),
}));
const layer = (prefix: string) => files.filter((f) => f.name.startsWith(prefix));

describe('the layers import one way', () => {
  it('finds the layers to check', () => {
    for (const prefix of ['engine/', 'session/', 'ui/', 'scenes/']) expect(layer(prefix).length).toBeGreaterThan(3);
  });

  it('reads type-only, runtime and dynamic imports apart', () => {
    const file = join(SRC, 'ui', 'x.ts');
    const found = importsOf(
      file,
      "import type { A } from '../engine/view';\nimport { b, type C } from '../engine/rules';\nexport { d } from './dom';\nconst m = await import('../scenes/keys');\nimport 'lit-html';",
    );
    expect(found).toEqual([
      { spec: '../engine/view', target: 'engine/view', typeOnly: true },
      { spec: '../engine/rules', target: 'engine/rules', typeOnly: false },
      { spec: './dom', target: 'ui/dom', typeOnly: false },
      { spec: 'lit-html', target: null, typeOnly: false },
      { spec: '../scenes/keys', target: 'scenes/keys', typeOnly: false },
    ]);
  });

  describe('the engine imports nothing outside itself but its three libraries', () => {
    for (const f of layer('engine/')) {
      it(f.name, () => {
        const outside = importsOf(f.path).filter((i) =>
          i.target === null ? !ENGINE_PACKAGES.includes(packageOf(i.spec)) : !i.target.startsWith('engine/'),
        );
        expect(outside.map((i) => i.spec)).toEqual([]);
      });
    }
  });

  describe('the UI never imports the scenes, nor the engine at run time but through the session', () => {
    for (const f of layer('ui/')) {
      it(f.name, () => {
        const wrong = importsOf(f.path).filter(({ target, typeOnly }) => {
          if (!target) return false;
          if (target.startsWith('scenes/')) return true;
          if (!target.startsWith('engine/') || typeOnly) return false;
          const allowed = UI_ENGINE_ALLOWED[target];
          return !allowed?.from.test(f.name);
        });
        expect(wrong.map((i) => i.spec)).toEqual([]);
      });
    }
  });

  describe('the UI renders views, never the raw game context', () => {
    for (const f of layer('ui/')) {
      it(f.name, () => {
        const text = code(f.path);
        expect(text).not.toMatch(/\bsnapshot\s*\.\s*context\b/);
        expect(text).not.toMatch(/\.context\(\)/);
        expect(text).not.toMatch(/\bGameContext\b/);
      });
    }
  });

  describe('the scenes and the session never import the UI', () => {
    for (const f of [...layer('scenes/'), ...layer('session/'), ...layer('game/')]) {
      it(f.name, () => {
        expect(importsOf(f.path).filter((i) => i.target?.startsWith('ui/'))).toEqual([]);
      });
    }
  });

  it('gives a reason for every module it lets the UI call', () => {
    for (const [module, { why }] of Object.entries(UI_ENGINE_ALLOWED)) {
      expect(why.length, module).toBeGreaterThan(10);
      expect(
        files.some((f) => f.name === `${module}.ts`),
        module,
      ).toBe(true);
    }
  });
});
