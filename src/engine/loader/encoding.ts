/**
 * Scenario files are UTF-8. The scenario tool reads bytes from disk and the browser reads bytes a
 * teacher picked; both decode them here, strictly, so a UTF-16 file or stray Latin-1 bytes are
 * refused with the line to look at instead of being quietly replaced by "�". A leading byte-order
 * mark is accepted and dropped, as bundles and saves accept one.
 */

const UTF8 = new TextDecoder('utf-8', { fatal: true });

export function decodeScenarioText(bytes: Uint8Array): { text: string } | { problem: string } {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { problem: 'saved as UTF-16: save it as UTF-8 (most editors offer the encoding under "Save as")' };
  try {
    return { text: UTF8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    // Locate the first bad byte: the longest prefix that decodes (a bad byte ends any prefix through it).
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const middle = (good + bad) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
        good = middle;
      } catch {
        bad = middle;
      }
    }
    // The prefix may end inside a sequence that the next byte broke: the fault starts at its lead byte.
    let at = good;
    try {
      UTF8.decode(bytes.subarray(0, good));
    } catch {
      while (at > 0 && (bytes[at - 1] & 0xc0) === 0x80) at--;
      at = Math.max(0, at - 1);
    }
    const line = new TextDecoder().decode(bytes.subarray(0, at)).split('\n').length;
    return { problem: `line ${line}: not UTF-8 text (byte ${at + 1} is not valid UTF-8): save the file as UTF-8` };
  }
}
