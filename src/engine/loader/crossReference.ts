/**
 * The second pass after the schema: every id a scenario mentions must exist. Each message names the
 * file and the path inside it, and suggests the nearest real id for a typo.
 */
import type { ScenarioIssue } from '../result.ts';
import type { Condition, Effects, Next, Scenario, Weight } from '../schema/scenario.ts';
import type { SectionFiles } from './index.ts';
import { lessonReferences } from './lessonReferences.ts';
import { memoReferences } from './memoReferences.ts';
import { didYouMean } from './suggest.ts';

interface Ids {
  sides: Set<string>;
  tracks: Set<string>;
  roles: Set<string>;
  documents: Set<string>;
  decisions: Set<string>;
  endings: Set<string>;
  items: Set<string>;
  groups: Set<string>;
  features: Set<string>;
}

function collectIds(s: Scenario): Ids {
  return {
    sides: new Set(s.sides.map((x) => x.id)),
    tracks: new Set(s.tracks.map((x) => x.id)),
    roles: new Set(s.roles.map((x) => x.id)),
    documents: new Set(s.documents.map((x) => x.id)),
    decisions: new Set(s.decisions.map((x) => x.id)),
    endings: new Set(s.endings.map((x) => x.id)),
    items: new Set(s.replyBuilder?.items.map((x) => x.id) ?? []),
    groups: new Set(s.replyBuilder?.groups.map((x) => x.id) ?? []),
    features: new Set(s.replyBuilder?.features.map((x) => x.id) ?? []),
  };
}

export function crossReference(s: Scenario, files: SectionFiles, folder: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const ids = collectIds(s);
  const fileOf = (section: keyof SectionFiles) => files[section] ?? `${folder}/scenario.yaml`;

  const need = (
    file: string,
    path: string,
    id: string,
    set: Set<string>,
    what: string,
    extra: Iterable<string> = [],
  ) => {
    if (set.has(id)) return;
    const hint = what === 'document' ? ` (there is no document file with id "${id}" under documents/)` : '';
    issues.push({ file, path, message: `no ${what} "${id}"${hint}${didYouMean(id, [...set, ...extra])}` });
  };

  const duplicates = (file: string, section: string, list: { id: string }[]) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id))
        issues.push({ file, path: `${section}[${i}].id`, message: `"${item.id}" is used twice in ${section}` });
      seen.add(item.id);
    });
  };
  duplicates(fileOf('sides'), 'sides', s.sides);
  duplicates(fileOf('tracks'), 'tracks', s.tracks);
  duplicates(fileOf('roles'), 'roles', s.roles);
  duplicates(fileOf('decisions'), 'decisions', s.decisions);
  duplicates(fileOf('endings'), 'endings', s.endings);
  duplicates(fileOf('events'), 'events', s.events ?? []);
  for (const d of s.decisions) {
    if (ids.endings.has(d.id)) {
      issues.push({
        file: fileOf('decisions'),
        path: `decisions.${d.id}.id`,
        message: `"${d.id}" is also an ending's id; a next must name one or the other`,
      });
    }
  }

  // A flag read by a condition but set by no effect is a typo that silently closes a route.
  const flagsRead: { file: string; path: string; flag: string }[] = [];
  const flagsSet = new Set<string>();
  const condition = (file: string, path: string, c: Condition): void => {
    if ('flag' in c) flagsRead.push({ file, path: `${path}.flag`, flag: c.flag });
    else if ('track' in c) need(file, `${path}.track`, c.track, ids.tracks, 'track');
    else if ('chose' in c) {
      need(file, `${path}.chose.decision`, c.chose.decision, ids.decisions, 'decision');
      const decision = s.decisions.find((d) => d.id === c.chose.decision);
      if (decision?.kind === 'choice') {
        need(
          file,
          `${path}.chose.option`,
          c.chose.option,
          new Set(decision.options.map((o) => o.id)),
          `option of "${decision.id}"`,
        );
      }
    } else if ('package' in c) need(file, `${path}.package`, c.package, ids.items, 'reply item');
    else if ('visited' in c)
      need(file, `${path}.visited`, c.visited, new Set([...ids.decisions, ...ids.endings]), 'decision');
    else if ('all' in c)
      c.all.forEach((inner, i) => {
        condition(file, `${path}.all[${i}]`, inner);
      });
    else if ('any' in c)
      c.any.forEach((inner, i) => {
        condition(file, `${path}.any[${i}]`, inner);
      });
    else if ('not' in c) condition(file, `${path}.not`, c.not);
  };

  const effects = (file: string, path: string, e: Effects | undefined): void => {
    if (!e) return;
    for (const flag of Object.keys(e.flags ?? {})) flagsSet.add(flag);
    for (const id of Object.keys(e.tracks ?? {})) need(file, `${path}.tracks.${id}`, id, ids.tracks, 'track');
    for (const id of Object.keys(e.set ?? {})) need(file, `${path}.set.${id}`, id, ids.tracks, 'track');
    (e.deliver ?? []).forEach((id, i) => {
      need(file, `${path}.deliver[${i}]`, id, ids.documents, 'document');
    });
    // A reason explains a change these effects make: one for a track they do not move would never show.
    const moved = new Set([...Object.keys(e.tracks ?? {}), ...Object.keys(e.set ?? {})]);
    for (const id of Object.keys(e.reasons ?? {}))
      need(file, `${path}.reasons.${id}`, id, moved, 'track moved by these effects (tracks or set)');
  };

  const targets = new Set([...ids.decisions, ...ids.endings]);
  const next = (file: string, path: string, n: Next): void => {
    if (typeof n === 'string') {
      need(file, path, n, targets, 'decision or ending');
      return;
    }
    n.forEach((route, i) => {
      need(file, `${path}[${i}].next`, route.next, targets, 'decision or ending');
      if (route.when) condition(file, `${path}[${i}].when`, route.when);
    });
    if (n[n.length - 1].when) {
      issues.push({
        file,
        path: `${path}[${n.length - 1}]`,
        message: 'the last route must have no "when", so that some route is always taken',
      });
    }
  };

  const weight = (file: string, path: string, w: Weight | undefined): void => {
    if (!w) return;
    for (const id of Object.keys(w.perFeature ?? {}))
      need(file, `${path}.perFeature.${id}`, id, ids.features, 'reply-builder feature');
    for (const id of Object.keys(w.perTrack ?? {})) need(file, `${path}.perTrack.${id}`, id, ids.tracks, 'track');
    (w.when ?? []).forEach((term, i) => {
      condition(file, `${path}.when[${i}].if`, term.if);
    });
    // A label names a term of this weight: one for a term it does not have would never show.
    for (const id of Object.keys(w.labels?.perFeature ?? {}))
      need(file, `${path}.labels.perFeature.${id}`, id, new Set(Object.keys(w.perFeature ?? {})), 'perFeature term');
    for (const id of Object.keys(w.labels?.perTrack ?? {}))
      need(file, `${path}.labels.perTrack.${id}`, id, new Set(Object.keys(w.perTrack ?? {})), 'perTrack term');
  };

  // meta
  const metaFile = fileOf('meta');
  need(metaFile, 'meta.playerSide', s.meta.playerSide, ids.sides, 'side');
  need(metaFile, 'meta.firstDecision', s.meta.firstDecision, ids.decisions, 'decision');

  // tracks
  for (const t of s.tracks) {
    (t.rules ?? []).forEach((rule, i) => {
      const path = `tracks.${t.id}.rules[${i}]`;
      condition(fileOf('tracks'), `${path}.when`, rule.when);
      effects(fileOf('tracks'), `${path}.effects`, rule.effects);
    });
    (t.levels ?? []).forEach((level, i) => {
      if (level.from > level.to || level.from < t.min || level.to > t.max) {
        issues.push({
          file: fileOf('tracks'),
          path: `tracks.${t.id}.levels[${i}]`,
          message: `a level must lie within ${t.min}..${t.max} with from ≤ to`,
        });
      }
    });
  }

  // roles
  for (const r of s.roles) need(fileOf('roles'), `roles.${r.id}.side`, r.side, ids.sides, 'side');

  // documents
  for (const d of s.documents) {
    (d.audience.sides ?? []).forEach((id, i) => {
      need(d.file, `audience.sides[${i}]`, id, ids.sides, 'side');
    });
    (d.audience.roles ?? []).forEach((id, i) => {
      need(d.file, `audience.roles[${i}]`, id, ids.roles, 'role');
    });
    if (d.deliver?.when) condition(d.file, 'deliver.when', d.deliver.when);
    if (d.asserts) condition(d.file, 'asserts', d.asserts);
    (d.variants ?? []).forEach((v, i) => {
      condition(d.file, `variants[${i}].when`, v.when);
      need(d.file, `variants[${i}].document`, v.document, ids.documents, 'document');
    });
    // An invented paper says so in its title too, where the folder lists it.
    if (d.counterfactual && !/counterfactual/i.test(d.title))
      issues.push({
        file: d.file,
        path: 'title',
        message: 'an invented (counterfactual) paper says so on its face: put "Counterfactual" in its title',
      });
  }
  issues.push(...variantIssues(s, fileOf('decisions')));

  // reply builder
  const rb = s.replyBuilder;
  if (rb) {
    const file = fileOf('replyBuilder');
    duplicates(file, 'replyBuilder.items', rb.items);
    rb.items.forEach((item, i) => {
      const path = `replyBuilder.items[${i}]`;
      need(file, `${path}.group`, item.group, ids.groups, 'reply-builder group');
      for (const f of Object.keys(item.features ?? {}))
        need(file, `${path}.features.${f}`, f, ids.features, 'reply-builder feature');
      effects(file, `${path}.effects`, item.effects);
      if (item.requires) condition(file, `${path}.requires`, item.requires);
      (item.conflictsWith ?? []).forEach((c, j) => {
        c.items.forEach((id, k) => {
          need(file, `${path}.conflictsWith[${j}].items[${k}]`, id, ids.items, 'reply item');
          if (id === item.id)
            issues.push({
              file,
              path: `${path}.conflictsWith[${j}].items[${k}]`,
              message: `an item cannot conflict with itself: name another item than "${id}"`,
            });
        });
      });
    });
    for (const g of rb.groups) {
      if (!rb.items.some((item) => item.group === g.id)) {
        issues.push({ file, path: `replyBuilder.groups`, message: `group "${g.id}" has no items` });
      }
    }
    // The reference posture's tags are the scenario's own; without a reference, an item's tag is unused.
    const ref = rb.reference;
    if (ref) {
      duplicates(file, 'replyBuilder.reference.tags', ref.tags);
      duplicates(file, 'replyBuilder.reference.parts', ref.parts);
      const tags = new Set(ref.tags.map((t) => t.id));
      rb.items.forEach((item, i) => {
        if (item.memo)
          need(file, `replyBuilder.items[${i}].memo`, item.memo, tags, 'tag in replyBuilder.reference.tags');
      });
      ref.parts.forEach((part, i) => {
        for (const key of ['needs', 'refuses'] as const) {
          for (const [j, tag] of (part[key] ?? []).entries())
            need(
              file,
              `replyBuilder.reference.parts[${i}].${key}[${j}]`,
              tag,
              tags,
              'tag in replyBuilder.reference.tags',
            );
        }
      });
    }
  }

  // decisions
  const decisionsFile = fileOf('decisions');
  const modelSides = new Set(s.sides.filter((x) => x.modelPlayable).map((x) => x.id));
  for (const d of s.decisions) {
    const base = `decisions.${d.id}`;
    need(decisionsFile, `${base}.side`, d.side, ids.sides, 'side');
    (d.documents ?? []).forEach((id, i) => {
      need(decisionsFile, `${base}.documents[${i}]`, id, ids.documents, 'document');
    });
    if (d.kind === 'route') {
      next(decisionsFile, `${base}.routes`, d.routes);
      continue;
    }
    const optionIds = new Set(d.kind === 'choice' ? d.options.map((o) => o.id) : []);
    (d.advisers ?? []).forEach((a, i) => {
      need(decisionsFile, `${base}.advisers[${i}].role`, a.role, ids.roles, 'role');
      if (a.favours && d.kind === 'choice')
        need(decisionsFile, `${base}.advisers[${i}].favours`, a.favours, optionIds, 'option');
      if (a.favours && d.kind === 'reply')
        need(decisionsFile, `${base}.advisers[${i}].favours`, a.favours, ids.items, 'reply item');
    });
    if (d.kind === 'choice') {
      const seen = new Set<string>();
      d.options.forEach((o, i) => {
        const path = `${base}.options[${i}]`;
        if (seen.has(o.id))
          issues.push({
            file: decisionsFile,
            path: `${path}.id`,
            message: `option "${o.id}" is used twice in this decision`,
          });
        seen.add(o.id);
        if (o.requires) condition(decisionsFile, `${path}.requires`, o.requires);
        effects(decisionsFile, `${path}.effects`, o.effects);
        next(decisionsFile, `${path}.next`, o.next);
        weight(decisionsFile, `${path}.weight`, o.weight);
        if (o.weight && !modelSides.has(d.side)) {
          issues.push({
            file: decisionsFile,
            path: `${path}.weight`,
            message: `side "${d.side}" is not modelPlayable, so its options take no weight`,
          });
        }
        if (!o.weight && modelSides.has(d.side)) {
          issues.push({
            file: decisionsFile,
            path: `${path}.weight`,
            message: `missing: side "${d.side}" is modelPlayable, so the response model needs a weight for every option`,
          });
        }
      });
      if (d.history?.option) need(decisionsFile, `${base}.history.option`, d.history.option, optionIds, 'option');
      if (d.history?.plan) need(decisionsFile, `${base}.history.plan`, d.history.plan, optionIds, 'option');
    } else {
      if (!rb)
        issues.push({
          file: decisionsFile,
          path: `${base}.kind`,
          message: 'a reply decision needs a replyBuilder section',
        });
      effects(decisionsFile, `${base}.effects`, d.effects);
      next(decisionsFile, `${base}.next`, d.next);
      (d.history?.package ?? []).forEach((id, i) => {
        need(decisionsFile, `${base}.history.package[${i}]`, id, ids.items, 'reply item');
      });
    }
  }

  // events
  const eventsFile = fileOf('events');
  for (const e of s.events ?? []) {
    (e.audience?.sides ?? []).forEach((id, i) => {
      need(eventsFile, `events.${e.id}.audience.sides[${i}]`, id, ids.sides, 'side');
    });
    if (e.when) condition(eventsFile, `events.${e.id}.when`, e.when);
    effects(eventsFile, `events.${e.id}.effects`, e.effects);
  }

  // epilogue
  (s.epilogue ?? []).forEach((line, i) => {
    const path = `epilogue[${i}]`;
    if (line.when) condition(fileOf('epilogue'), `${path}.when`, line.when);
    (line.endings ?? []).forEach((id, j) => {
      need(fileOf('epilogue'), `${path}.endings[${j}]`, id, ids.endings, 'ending');
    });
  });
  duplicates(fileOf('epilogue'), 'epilogue', s.epilogue ?? []);

  // endings
  for (const e of s.endings) {
    (e.reveal ?? []).forEach((id, i) => {
      need(
        fileOf('endings'),
        `endings.${e.id}.reveal[${i}]`,
        id,
        new Set([...ids.tracks, ...ids.documents]),
        'track or document',
      );
    });
    // The record gate (see record.ts): the ids must exist before the machine is built from them.
    if (e.otherwise) need(fileOf('endings'), `endings.${e.id}.otherwise`, e.otherwise, ids.endings, 'ending');
    (e.asRecorded ?? []).forEach((entry, i) => {
      const path = `endings.${e.id}.asRecorded[${i}]`;
      if (typeof entry === 'string') {
        need(fileOf('endings'), path, entry, ids.decisions, 'decision');
        return;
      }
      need(fileOf('endings'), `${path}.decision`, entry.decision, ids.decisions, 'decision');
      entry.items.forEach((id, j) => {
        need(fileOf('endings'), `${path}.items[${j}]`, id, ids.items, 'reply item');
      });
    });
  }

  issues.push(...lessonReferences(s, fileOf('lessons')));
  issues.push(...memoReferences(s, fileOf('memos')));

  for (const read of flagsRead) {
    if (flagsSet.has(read.flag)) continue;
    issues.push({
      file: read.file,
      path: read.path,
      message: `no effect sets the flag "${read.flag}", so this condition never changes${didYouMean(read.flag, flagsSet)}`,
    });
  }

  return issues;
}

/**
 * A variant stands in for one document when that document is due, and arrives no other way: it is
 * named by one document's variants, has no `deliver` and no variants of its own, and no decision or
 * effect names it (the document it stands in for is named instead).
 */
function variantIssues(s: Scenario, decisionsFile: string): ScenarioIssue[] {
  const issues: ScenarioIssue[] = [];
  const byId = new Map(s.documents.map((d) => [d.id, d]));
  const owner = new Map<string, string>();
  for (const d of s.documents) {
    (d.variants ?? []).forEach((v, i) => {
      const variant = byId.get(v.document);
      if (!variant) return;
      const at = (message: string) => issues.push({ file: d.file, path: `variants[${i}].document`, message });
      if (v.document === d.id) at(`a document cannot be its own variant`);
      else if (owner.has(v.document)) at(`"${v.document}" is already a variant of "${owner.get(v.document)}"`);
      owner.set(v.document, d.id);
      if (variant.deliver)
        at(`"${v.document}" has its own deliver: a variant arrives only in place of "${d.id}"; remove its deliver`);
      if (variant.variants) at(`"${v.document}" has variants of its own: a variant cannot have variants`);
    });
  }
  const named = (file: string, path: string, id: string) => {
    if (owner.has(id))
      issues.push({
        file,
        path,
        message: `"${id}" is a variant of "${owner.get(id)}": name "${owner.get(id)}", and the variant arrives in its place when its condition holds`,
      });
  };
  const fromEffects = (file: string, path: string, e: Effects | undefined) => {
    (e?.deliver ?? []).forEach((id, i) => {
      named(file, `${path}.deliver[${i}]`, id);
    });
  };
  for (const d of s.decisions) {
    (d.documents ?? []).forEach((id, i) => {
      named(decisionsFile, `decisions.${d.id}.documents[${i}]`, id);
    });
    if (d.kind === 'choice')
      d.options.forEach((o, i) => {
        fromEffects(decisionsFile, `decisions.${d.id}.options[${i}].effects`, o.effects);
      });
  }
  return issues;
}
