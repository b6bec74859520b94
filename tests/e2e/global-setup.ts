import { existsSync } from 'node:fs';
import { chromiumPath, missingChromiumMessage } from './browser';

/** Fails the run with one readable paragraph, not a stack trace, when there is no browser. */
export default function globalSetup(): void {
  const path = chromiumPath();
  if (!existsSync(path)) {
    process.stderr.write(`\n${missingChromiumMessage(path)}\n\n`);
    process.exit(1);
  }
}
