/**
 * The game file a teacher carries to another computer: the saved game's own envelope (the engine's,
 * replayed and checked when opened) with the class's set-up beside it under `classroom`, so a class
 * stopped at a break goes on next lesson elsewhere with its roles, shares and names. The reader of
 * saves ignores the extra key; this module is the only one that writes or reads it. The names are in
 * the file only because the teacher exports it (the set-up screen and README say so).
 */
import type { ClassroomConfig } from './classroomSession';
import { classroomConfigOf } from './classroomSession';

/** The file's text: the save, indented for a reader, and the class's set-up when there is one. */
export function gameFileText(saveText: string, classroom: ClassroomConfig | null): string {
  const save = JSON.parse(saveText) as Record<string, unknown>;
  return JSON.stringify(classroom ? { ...save, classroom } : save, null, 2);
}

/** The class's set-up kept in a game file, or null (a solo game, an older file, or none readable). */
export function classroomInFile(text: string): ClassroomConfig | null {
  try {
    const raw = JSON.parse(text.replace(/^\uFEFF/, '')) as { classroom?: unknown } | null;
    return classroomConfigOf(raw?.classroom ?? null);
  } catch {
    return null;
  }
}
