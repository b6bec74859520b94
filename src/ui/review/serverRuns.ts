/**
 * Compare classes, with the classroom server (#16): when the page is served by `npm run server`,
 * the sessions this browser created there (it kept each one's facilitator key) are offered beside the
 * files. Asked for, a session's replayable save comes from the server with that key and joins the
 * comparison exactly as an exported file does; a refusal (a wrong key, a session gone) is named.
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { probeServer } from '../../net/probe';
import { fetchSessionSave, keptSessions } from '../../net/sessionSaves';

export interface ServerSession {
  code: string;
  secret: string;
}

/** The file name a session's run goes by among the files ("Session ACDEFG" on the screen). */
export const sessionRunName = (code: string) => `Session ${code}.json`;

/** The sessions to offer: none unless the page comes from the classroom server and keys were kept. */
export async function offeredSessions(): Promise<ServerSession[]> {
  if (!(await probeServer())) return [];
  try {
    return keptSessions(localStorage);
  } catch {
    // Storage refused (a private window's policy): nothing was kept, so nothing to offer.
    return [];
  }
}

/** A session's game as a run file, or the server's reason it cannot be had. */
export async function sessionRun(
  session: ServerSession,
): Promise<{ ok: true; file: { name: string; text: string } } | { ok: false; reason: string }> {
  try {
    const answer = await fetchSessionSave('', session.code, session.secret);
    return { ok: true, file: { name: sessionRunName(session.code), text: answer.save } };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}

/** The list on the screen: each session not yet compared, with its button, and one for them all. */
export function serverRunsPart(
  sessions: readonly ServerSession[],
  taken: (code: string) => boolean,
  busy: boolean,
  add: (codes: string[]) => void,
): TemplateResult | typeof nothing {
  if (sessions.length === 0) return nothing;
  const left = sessions.filter((s) => !taken(s.code));
  return html`<section class="compare__server no-print" aria-labelledby="compare-server-heading">
    <h2 id="compare-server-heading">Sessions you ran on this server</h2>
    <p>The classroom sessions created in this browser (it holds their facilitator keys). Each one's game
      comes from the server as if you had exported it; the students' names and memos stay out of it.</p>
    ${
      left.length
        ? html`<ul class="compare__sessions">${left.map(
            (s) => html`<li data-session=${s.code}><button type="button" class="button button--small" ?disabled=${busy}
              @click=${() => add([s.code])}>Add session ${s.code}</button></li>`,
          )}</ul>
          ${
            left.length > 1
              ? html`<button type="button" class="button button--quiet" ?disabled=${busy}
                  @click=${() => add(left.map((s) => s.code))}>Add all ${left.length} sessions</button>`
              : nothing
          }`
        : html`<p class="compare__note">Every one of them is in the comparison.</p>`
    }
    ${busy ? html`<p role="status">Fetching from the server…</p>` : nothing}
  </section>`;
}
