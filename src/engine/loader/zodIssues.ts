/**
 * Turns zod's issues into sentences a scenario author can act on: the path uses ids where the data
 * has them ("decisions.reply.options[2].next", as authors think of their files), and unions of
 * conditions report the branch the author evidently meant rather than every alternative.
 */
import type { z } from 'zod';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;

/** Top-level lists whose items are better named by id than by position. */
const ID_KEYED_SECTIONS = new Set(['sides', 'tracks', 'roles', 'decisions', 'events', 'endings']);

export function formatPath(root: unknown, path: readonly PropertyKey[]): string {
  let text = '';
  let node: unknown = root;
  path.forEach((key, depth) => {
    const parentKey = depth > 0 ? path[depth - 1] : undefined;
    if (typeof key === 'number') {
      const item = Array.isArray(node) ? node[key] : undefined;
      const id = item && typeof item === 'object' ? (item as { id?: unknown }).id : undefined;
      if (
        depth === 1 &&
        typeof parentKey === 'string' &&
        ID_KEYED_SECTIONS.has(parentKey) &&
        typeof id === 'string' &&
        id
      ) {
        text += `.${id}`;
      } else {
        text += `[${key}]`;
      }
    } else {
      text += text ? `.${String(key)}` : String(key);
    }
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key as string] : undefined;
  });
  return text;
}

function describeType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // JSON.stringify would call these null; YAML writes them .nan and .inf.
  if (typeof value === 'number' && !Number.isFinite(value))
    return `${String(value)} (YAML's .nan and .inf are not numbers a scenario can use)`;
  return typeof value === 'object' ? 'a mapping' : `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node = root;
  for (const key of path) {
    if (!node || typeof node !== 'object') return undefined;
    node = (node as Record<PropertyKey, unknown>)[key as string];
  }
  return node;
}

/** Among a union's branches, the one with the fewest complaints is the one the author meant. */
function likeliestBranch(errors: Issue[][]): Issue[] | undefined {
  let best: Issue[] | undefined;
  for (const branch of errors) {
    if (!best || branch.length < best.length) best = branch;
  }
  return best;
}

export interface LocatedMessage {
  path: readonly PropertyKey[];
  message: string;
}

export function explainIssue(issue: Issue, root: unknown, basePath: readonly PropertyKey[] = []): LocatedMessage[] {
  const path = [...basePath, ...issue.path];
  switch (issue.code) {
    case 'invalid_type': {
      const found = valueAt(root, path);
      if (found === undefined) return [{ path, message: `missing (expected ${issue.expected})` }];
      return [{ path, message: `expected ${issue.expected}, got ${describeType(found)}` }];
    }
    case 'unrecognized_keys': {
      const parent = valueAt(root, path);
      const known = Object.keys(parent && typeof parent === 'object' ? parent : {});
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: `unknown field "${key}"${didYouMean(key, expectedKeysHint(issue, known))}`,
      }));
    }
    case 'invalid_union': {
      if (issue.errors.length === 0) {
        const found = valueAt(root, path);
        const note = (issue as { note?: string }).note;
        return [{ path, message: `${note ?? issue.message}; got ${describeType(found)}` }];
      }
      const branch = likeliestBranch(issue.errors);
      if (!branch || branch.length > 2) {
        return [{ path, message: `not a valid ${unionName(path)}; see docs/scenario-format.md` }];
      }
      return branch.flatMap((inner) => explainIssue(inner, root, path));
    }
    case 'invalid_value':
      return [
        {
          path,
          message: `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, got ${describeType(valueAt(root, path))}`,
        },
      ];
    case 'too_small':
      return [{ path, message: issue.origin === 'array' ? `needs at least ${issue.minimum} item(s)` : issue.message }];
    default:
      return [{ path, message: issue.message }];
  }
}

/** zod does not tell which keys were expected; the known keys of the object are a fair guess list. */
function expectedKeysHint(issue: Extract<Issue, { code: 'unrecognized_keys' }>, present: string[]): string[] {
  return KNOWN_FIELDS.filter((f) => !present.includes(f) && !issue.keys.includes(f));
}

/** Every field name the format uses, for suggestions on misspelt keys. */
const KNOWN_FIELDS = [
  'id',
  'title',
  'version',
  'summary',
  'start',
  'end',
  'clockLabel',
  'secondClocks',
  'offsets',
  'from',
  'minutes',
  'durationMinutes',
  'playerSide',
  'firstDecision',
  'name',
  'modelPlayable',
  'label',
  'min',
  'max',
  'why',
  'source',
  'levels',
  'to',
  'hidden',
  'reveal',
  'better',
  'side',
  'office',
  'bio',
  'stance',
  'text',
  'objectives',
  'kind',
  'date',
  'dateNote',
  'classification',
  'markings',
  'rendering',
  'transcriptionNote',
  'audience',
  'sides',
  'roles',
  'deliver',
  'at',
  'when',
  'role',
  'favours',
  'position',
  'description',
  'risk',
  'requires',
  'effects',
  'next',
  'weight',
  'option',
  'package',
  'sources',
  'phase',
  'documents',
  'prompt',
  'advisers',
  'options',
  'history',
  'routes',
  'group',
  'memo',
  'reference',
  'terms',
  'parts',
  'short',
  'needs',
  'refuses',
  'follows',
  'departs',
  'unmet',
  'refused',
  'note',
  'letterhead',
  'place',
  'form',
  'heading',
  'line',
  'translation',
  'cue',
  'timeZone',
  'shortOffice',
  'display',
  'historical',
  'features',
  'groups',
  'items',
  'pick',
  'chance',
  'track',
  'atLeast',
  'atMost',
  'above',
  'below',
  'equals',
  'flag',
  'chose',
  'decision',
  'visited',
  'all',
  'any',
  'not',
  'tracks',
  'set',
  'flags',
  'advance',
  'base',
  'perFeature',
  'perTrack',
  'if',
  'add',
  'reasons',
  'labels',
  'conflictsWith',
  'cite',
  'url',
  'briefing',
  'afterwards',
  'hindsight',
  'term',
  'aliases',
  'short',
];

function unionName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((k) => typeof k === 'string');
  if (last === 'next') return 'next (an id, or a list of { when, next } routes)';
  if (last === 'source' || last === 'sources') return 'source (a citation, or { cite, url })';
  return 'condition ({ track, atLeast }, { flag }, { chose }, { package }, { visited }, { all }, { any } or { not })';
}
