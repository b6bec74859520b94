import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/engine/schema/jsonSchema';

describe('the JSON Schema for editors', () => {
  it('is committed as generated from the zod schema (run `npm run scenario -- schema` after changing it)', () => {
    const committed = JSON.parse(readFileSync('scenarios/scenario.schema.json', 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it('describes every section and the recursive conditions', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['meta', 'sides', 'tracks', 'roles', 'decisions', 'replyBuilder', 'events', 'endings']),
    );
    expect(JSON.stringify(schema)).toContain('"atLeast"');
  });
});
