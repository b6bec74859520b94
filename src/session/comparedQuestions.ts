/**
 * The debrief questions of the teacher's last comparison of classes (#16 item 3), kept in this
 * browser per scenario, so the facilitator's guide printed later can ask them. Written by the
 * Compare classes screen each time it compares two runs or more (an older comparison's questions
 * would be about other runs); read back with its shape checked, since storage is anyone's to edit.
 */
import type { KeyValueStore } from './storage';

export interface ComparedQuestions {
  /** The runs compared, by the names the screen showed. */
  runs: string[];
  questions: { about: string; text: string }[];
}

const key = (scenario: string) => `eyes-only:compared-questions:${scenario}`;
/** More than the compare screen ever asks (6), fewer than a tampered value could hold. */
const MAX_QUESTIONS = 20;
const MAX_RUNS = 20;
const MAX_CHARS = 2000;

export function keepComparedQuestions(store: KeyValueStore, scenario: string, kept: ComparedQuestions): void {
  store.set(key(scenario), JSON.stringify(kept));
}

const isText = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= MAX_CHARS;

/** The last comparison's questions for this scenario, or null (none kept, or not in the expected shape). */
export function comparedQuestions(store: KeyValueStore, scenario: string): ComparedQuestions | null {
  const text = store.get(key(scenario));
  if (!text) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const { runs, questions } = (value ?? {}) as { runs?: unknown; questions?: unknown };
  if (!Array.isArray(runs) || runs.length < 2 || runs.length > MAX_RUNS || !runs.every(isText)) return null;
  if (!Array.isArray(questions) || questions.length > MAX_QUESTIONS) return null;
  const ok = questions.every(
    (q) => q && isText((q as { text?: unknown }).text) && isText((q as { about?: unknown }).about),
  );
  if (!ok) return null;
  return {
    runs: [...runs],
    questions: questions.map((q) => ({ about: q.about as string, text: q.text as string })),
  };
}
