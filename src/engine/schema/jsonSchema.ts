/**
 * The JSON Schema that editors use to autocomplete and check scenario YAML files, generated from the
 * zod schema so the two never disagree. Every section is optional in a single file because a
 * scenario may spread its sections over several files (the loader checks that all are present).
 */
import { z } from 'zod';
import { DocumentMeta, ScenarioSections } from './scenario';

export function scenarioJsonSchema(): Record<string, unknown> {
  const fileSchema = ScenarioSections.partial().extend({ $schema: z.string().optional() });
  return {
    ...z.toJSONSchema(fileSchema, { unrepresentable: 'any', io: 'input' }),
    title: 'Eyes Only scenario file (scenario.yaml, roles.yaml, decisions.yaml, events.yaml, endings.yaml)',
  };
}

export function documentJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(DocumentMeta, { unrepresentable: 'any', io: 'input' }),
    title: 'Eyes Only document front matter',
  };
}
