/**
 * Pieces the three device screens share: the join code with its QR code (drawn by the `qrcode`
 * library onto a canvas), the debate clock counted from the server's opening time, the line that
 * says the connection is being restored, refusals in words, and the review with each vote's split
 * (in the one-screen review's words: the options' labels).
 */
import { html, nothing, type TemplateResult } from 'lit-html';
import { ref } from 'lit-html/directives/ref.js';
import QRCode from 'qrcode';
import type { ReviewState, Tally } from '../../net/protocol';
import { roomVoteWords } from '../review/roomVote';

/** "ACD EFG": a code read out to a class in two halves. */
export const spacedCode = (code: string) => `${code.slice(0, 3)} ${code.slice(3)}`;

/** Time left in the debate, "4:05", or "time is up"; nothing when no decision is open. */
export function debateLeft(openedAt: number | null, minutes: number, now: number): string | null {
  if (openedAt === null) return null;
  const left = Math.round((openedAt + minutes * 60_000 - now) / 1000);
  if (left <= 0) return 'time is up';
  return `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`;
}

/** The QR code of the join page, drawn by the library once its canvas is in the page. */
function drawQr(url: string) {
  return ref((element) => {
    const canvas = element as HTMLCanvasElement | undefined;
    if (!canvas || canvas.dataset.url === url) return;
    canvas.dataset.url = url;
    QRCode.toCanvas(canvas, url, { margin: 1, width: 240, color: { dark: '#000000', light: '#ffffff' } }).catch(() => {
      // No canvas here (a test DOM, or a browser that refuses): the URL below still says it.
      canvas.hidden = true;
    });
  });
}

/** The code, the address and the QR code students scan to join. */
export function joinPanel(code: string, joinUrl: string, qr = true): TemplateResult {
  return html`<section class="join-panel" aria-labelledby="join-heading">
    <h2 id="join-heading" class="join-panel__heading">Join on your device</h2>
    <p class="join-panel__code" data-code=${code}><span class="visually-hidden">Code: </span>${spacedCode(code)}</p>
    <p class="join-panel__url">${joinUrl}</p>
    ${qr ? html`<canvas class="join-panel__qr" role="img" aria-label="QR code of the join page" ${drawQr(joinUrl)}></canvas>` : nothing}
  </section>`;
}

/** The line shown while the connection is being restored, and any refusal, in words. */
export function statusLines(reconnecting: boolean, problem: string | null): TemplateResult {
  return html`<p class="device-status" role="status" ?hidden=${!reconnecting}>Reconnecting…</p>
    <p class="notice notice--warning device-alert" role="alert" ?hidden=${!problem}>${problem ?? ''}</p>`;
}

/** A tally as bars of heads, without names. */
export function tallyBars(tally: Tally, counts?: Record<string, number>): TemplateResult {
  const options = tally.options ?? [];
  const most = Math.max(1, ...options.map((o) => counts?.[o.id] ?? o.count));
  return html`<section class="tally" aria-labelledby="tally-heading" data-decision=${tally.decision}>
    <h2 id="tally-heading" class="tally__heading">The vote: ${tally.title}</h2>
    <p class="tally__cast">${tally.cast} of ${tally.eligible} voted</p>
    ${
      options.length
        ? html`<ul class="tally__list">${options.map((o) => {
            const n = counts?.[o.id] ?? o.count;
            return html`<li class="tally__row" data-option=${o.id}>
              <span class="tally__label">${o.label}</span>
              <span class="tally__bar" style="width: ${Math.round((n / most) * 100)}%"></span>
              <span class="tally__count">${n}</span>
            </li>`;
          })}</ul>`
        : nothing
    }
  </section>`;
}

/** The review for every device: the ending, each decision and how the room's vote split. */
export function reviewSection(state: ReviewState): TemplateResult {
  const { review } = state;
  return html`<section class="device-review" aria-labelledby="review-heading">
    <h2 id="review-heading" class="screen-heading" tabindex="-1">Review: ${review.title}</h2>
    ${review.ending ? html`<p class="device-review__ending"><strong>${review.ending.title}</strong></p>` : nothing}
    <ol class="device-review__rows">
      ${review.rows.map(
        (row) => html`<li class="device-review__row" data-decision=${row.decision}>
          <h3>${row.title}</h3>
          <p>Chosen: ${row.chosen.join('; ') || '—'}${row.historical ? html` · On the day: ${row.historical.join('; ')}` : nothing}</p>
          ${row.vote ? html`<p class="device-review__split">${roomVoteWords(row.vote)}</p>` : nothing}
        </li>`,
      )}
    </ol>
  </section>`;
}
