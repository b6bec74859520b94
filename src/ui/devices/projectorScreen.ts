/**
 * The projector (`/?projector=CODE`): what the whole room may see. The board's clock and tracks, the
 * decision being debated (its title and prompt, never a side's secret papers: the server sends the
 * projector a seat with no papers), the debate clock, the live tally without names, a memo the
 * teacher puts up (without its writer), and the join code with its QR code.
 */
import { html, nothing, render, type TemplateResult } from 'lit-html';
import type { KeptValues } from '../../net/client';
import type { ProjectorState, ReviewState, ServerMessage } from '../../net/protocol';
import { debateLeft, joinPanel, reviewSection, statusLines, tallyBars } from './deviceParts';
import { keepConnected } from './liveConnection';

export interface ProjectorModel {
  state: ProjectorState | null;
  review: ReviewState | null;
  reconnecting: boolean;
  problem: string | null;
  now: number;
}

export function projectorTemplate(model: ProjectorModel): TemplateResult {
  const s = model.state;
  if (!s)
    return html`<section class="card"><div class="card__body">
      <h1 class="screen-heading" tabindex="-1">Projector</h1>
      ${statusLines(model.reconnecting, model.problem)}
      ${model.problem ? nothing : html`<p role="status">Connecting to the session…</p>`}
    </div></section>`;
  const { view, tally } = s;
  const decision = view.decision;
  const left = debateLeft(s.decisionOpenedAt, s.debateMinutes, model.now);
  return html`<div class="device device--projector">
    <header class="device__header">
      <h1 class="screen-heading projector__title" tabindex="-1">${view.scenario.title}</h1>
      <p class="projector__clock">${view.clock.long}</p>
      <p class="projector__present">${s.present} of ${s.seated} students connected</p>
      ${statusLines(model.reconnecting, model.problem)}
    </header>
    <div class="projector__main">
      ${
        model.review
          ? reviewSection(model.review)
          : decision
            ? html`<section class="projector__decision" aria-labelledby="projector-decision" data-decision=${decision.id}>
              <p class="decision__phase">${decision.phase}</p>
              <h2 id="projector-decision">${decision.title}</h2>
              <p class="decision__prompt">${decision.prompt}</p>
              ${left ? html`<p class="projector__debate">Debate: ${left}</p>` : nothing}
            </section>`
            : html`<p class="projector__waiting">${view.status === 'ended' ? 'The exercise has ended.' : 'Waiting for the next decision.'}</p>`
      }
      ${tally && !model.review ? tallyBars(tally) : nothing}
      ${
        s.memo
          ? html`<section class="projector__memo" aria-labelledby="projector-memo">
            <h2 id="projector-memo">A position memo: ${s.memo.roleName}, on ${s.memo.title}</h2>
            <blockquote class="projector__memo-text">${s.memo.text}</blockquote>
          </section>`
          : nothing
      }
      <section class="projector__tracks" aria-label="The board">
        <ul>${view.tracks.filter((t) => !t.hidden).map((t) => html`<li>${t.label}: ${t.level ?? t.value}</li>`)}</ul>
      </section>
    </div>
    <aside class="projector__join">${joinPanel(s.code, s.joinUrl)}</aside>
  </div>`;
}

export function mountProjector(
  root: HTMLElement,
  options: { base: string; code: string; kept: KeptValues; now?: () => number },
): { dispose(): void } {
  const now = options.now ?? (() => Date.now());
  const model: ProjectorModel = { state: null, review: null, reconnecting: false, problem: null, now: now() };
  const paint = () => render(projectorTemplate(model), root);
  const onMessage = (m: ServerMessage) => {
    if (m.type === 'projector') model.state = m;
    else if (m.type === 'voteUpdate' && model.state && m.tally !== undefined)
      model.state = { ...model.state, tally: m.tally };
    else if (m.type === 'review') model.review = m;
    else if (m.type === 'refused' || m.type === 'error') model.problem = m.reason;
    paint();
  };
  const link = keepConnected({ base: options.base, code: options.code, who: 'projector', kept: options.kept }, model, {
    message: onMessage,
    paint,
    now,
  });
  paint();
  return {
    dispose: () => link.dispose(),
  };
}
