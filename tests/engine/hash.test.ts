import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from '../../src/engine/hash';

describe('the save hash', () => {
  it('is SHA-256 of the UTF-8 text, as Node computes it, across block boundaries and non-ASCII text', () => {
    const texts = [
      '',
      'abc',
      'a'.repeat(55),
      'a'.repeat(56),
      'a'.repeat(64),
      'é € 😀 Khrushchev’s “letter”',
      'x'.repeat(5000),
    ];
    for (const text of texts) expect(sha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
  });

  it('hashes the same JSON to the same text whatever the key order, leaving undefined members out', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: undefined }] })).toBe('{"a":[{"d":2}],"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });
});
