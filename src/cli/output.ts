/** Writing the tool's output files: a bad --out is a one-line message, never a stack trace. */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Writes the file; returns why it could not (naming --out and the fix), or undefined when written. */
export function writeOutput(path: string, text: string): string | undefined {
  try {
    writeFileSync(path, text);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `the folder ${dirname(path)} does not exist: create it first`
        : code === 'EISDIR'
          ? 'that is a folder: give a file name'
          : `cannot write there (${code ?? String(error)})`;
    return `--out ${path}: ${why}`;
  }
}
