/**
 * Join codes, the facilitator's secret and students' seat tokens: all from Node's crypto randomness.
 * Only hashes of secrets and tokens are stored, so a copy of the session store controls nothing.
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { CODE_ALPHABET, CODE_LENGTH } from '../net/protocol';

/** A fresh join code: CODE_LENGTH characters of the unambiguous alphabet, each drawn uniformly. */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A secret (facilitator) or a seat token: 24 random bytes, URL-safe. */
export const newSecret = (): string => randomBytes(24).toString('base64url');

export const hashSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

/** Whether `secret` is the one whose hash is `hash`, in constant time. */
export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), 'hex');
  const b = Buffer.from(hash, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
