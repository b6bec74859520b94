/**
 * Hands a file the game made (an export, a save, a memos file) to the browser to save in its download
 * folder. One helper for every screen: the link is an object URL, never a scenario's address (those go
 * through engine/webLink.ts), and it is revoked once the browser has taken the file.
 */
import { h } from './dom';

export function downloadFile(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
