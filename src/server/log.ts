/**
 * The server's log: one line per event, fields as key=value, never a whole client object (a client
 * holds sockets and, through them, everything else). Values are cut short and stripped of line breaks.
 */
type Field = string | number | boolean | null | undefined;

const clean = (value: Field) => {
  const text = String(value).replace(/[\r\n\t]+/g, ' ');
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
};

let quiet = process.env.CLASSROOM_LOG === 'off';

/** Tests and benchmarks turn the log off; refusals are then checked through the messages themselves. */
export function setQuiet(value: boolean): void {
  quiet = value;
}

export function logLine(event: string, fields: Record<string, Field> = {}): void {
  if (quiet) return;
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${JSON.stringify(clean(v))}`);
  console.log(`[classroom] ${event}${parts.length ? ` ${parts.join(' ')}` : ''}`);
}
