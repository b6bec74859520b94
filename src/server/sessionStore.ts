/**
 * Where sessions live between commands, so a restart or another process resumes them: a folder of
 * JSON files for the embedded server, Redis (through Colyseus's presence) when processes share it.
 * A record holds the set-up, the seats and the engine's input and command log: the engine replays
 * the game from seed and log (the save format's own guarantee), so no snapshot is stored.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Presence } from '@colyseus/core';
import type { SessionRecord } from './sessionRecord';

export interface SessionStore {
  save(record: SessionRecord): Promise<void>;
  load(code: string): Promise<SessionRecord | null>;
  /** A teacher's own scenario, stored once by its hash (records name it, not carry it). */
  saveBundle(key: string, text: string): Promise<void>;
  loadBundle(key: string): Promise<string | null>;
}

const CODE_FILE = /^[A-Z0-9]{6}$/;
const KEY_FILE = /^[a-f0-9]{64}$/;

/** One JSON file per session under `dir` (`.sessions/` by default); writes are atomic (temp + rename). */
export class FolderSessionStore implements SessionStore {
  private readonly writes = new Map<string, Promise<void>>();

  constructor(private readonly dir: string) {}

  async save(record: SessionRecord): Promise<void> {
    if (!CODE_FILE.test(record.code)) throw new Error(`not a join code: ${record.code}`);
    await this.write(`${record.code}.json`, JSON.stringify(record));
  }

  async load(code: string): Promise<SessionRecord | null> {
    if (!CODE_FILE.test(code)) return null;
    return parse(await this.read(`${code}.json`));
  }

  async saveBundle(key: string, text: string): Promise<void> {
    if (!KEY_FILE.test(key)) throw new Error(`not a bundle key: ${key}`);
    await this.write(join('bundles', `${key}.json`), text);
  }

  async loadBundle(key: string): Promise<string | null> {
    return KEY_FILE.test(key) ? this.read(join('bundles', `${key}.json`)) : null;
  }

  /** Writes of one file are chained, so an older record never lands after a newer one. */
  private write(name: string, text: string): Promise<void> {
    const path = join(this.dir, name);
    const previous = this.writes.get(path) ?? Promise.resolve();
    const next = previous.then(async () => {
      await mkdir(join(this.dir, 'bundles'), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, text);
      await rename(temp, path);
    });
    const settled = next.catch(() => {});
    this.writes.set(path, settled);
    void settled.then(() => {
      if (this.writes.get(path) === settled) this.writes.delete(path);
    });
    return next;
  }

  private async read(name: string): Promise<string | null> {
    try {
      return await readFile(join(this.dir, name), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}

const SESSIONS_KEY = 'eyes-only:sessions';
const BUNDLES_KEY = 'eyes-only:bundles';

/** Sessions in Redis, through the presence every process already shares (one hash of records). */
export class PresenceSessionStore implements SessionStore {
  constructor(private readonly presence: Presence) {}

  async save(record: SessionRecord): Promise<void> {
    await this.presence.hset(SESSIONS_KEY, record.code, JSON.stringify(record));
  }

  async load(code: string): Promise<SessionRecord | null> {
    return parse((await this.presence.hget(SESSIONS_KEY, code)) ?? null);
  }

  async saveBundle(key: string, text: string): Promise<void> {
    await this.presence.hset(BUNDLES_KEY, key, text);
  }

  async loadBundle(key: string): Promise<string | null> {
    return (await this.presence.hget(BUNDLES_KEY, key)) ?? null;
  }
}

function parse(text: string | null): SessionRecord | null {
  if (text === null) return null;
  const value = JSON.parse(text) as SessionRecord;
  return value && value.format === 'eyes-only-classroom' ? value : null;
}
