/**
 * The students' position memos in the facilitator's review, for grading (#16 item 1): grouped per
 * student (name, role), each memo under its decision, in the order of play. One grouping for the
 * three exports: the section on the console's review (which prints, a student to a sheet), the
 * Markdown appended to the review's Markdown, and the JSON memo file. Only the facilitator's screen
 * uses it: memos and names never reach a student's or the projector's screen, nor the game's save.
 */
import './memoReview.css';
import { html, nothing, type TemplateResult } from 'lit-html';

/** A memo as the server lists it for the facilitator (the protocol's MemoEntry has these fields). */
export interface GradedMemo {
  seat: string;
  name: string;
  roleName: string;
  decision: string;
  title: string;
  text: string;
  /** When it was last saved (ms since epoch). */
  at: number;
}

export interface StudentMemos {
  seat: string;
  name: string;
  roleName: string;
  memos: { decision: string; title: string; text: string; at: number }[];
}

/**
 * Per student (by name, then role, so a teacher finds a student as in a register), their memos in
 * the order of the decisions in `order` (the review's rows); a decision not in it comes last, by time.
 */
export function memosByStudent(memos: readonly GradedMemo[], order: readonly string[] = []): StudentMemos[] {
  const place = (decision: string) => {
    const i = order.indexOf(decision);
    return i < 0 ? order.length : i;
  };
  const students = new Map<string, StudentMemos>();
  for (const m of memos) {
    const entry = students.get(m.seat) ?? { seat: m.seat, name: m.name, roleName: m.roleName, memos: [] };
    entry.memos.push({ decision: m.decision, title: m.title, text: m.text, at: m.at });
    students.set(m.seat, entry);
  }
  const list = [...students.values()];
  for (const s of list) s.memos.sort((a, b) => place(a.decision) - place(b.decision) || a.at - b.at);
  return list.sort((a, b) => a.name.localeCompare(b.name) || a.roleName.localeCompare(b.roleName));
}

const count = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The line under the heading: how many, and what to grade them with. */
export function memoSummary(students: readonly StudentMemos[]): string {
  if (students.length === 0) return 'No student wrote a position memo in this session.';
  const memos = students.reduce((n, s) => n + s.memos.length, 0);
  return `${count(memos, 'memo')} by ${count(students.length, 'student')}, written on their devices before the debates. Grade them with the rubric in the facilitator's guide.`;
}

/** Text that Markdown should show as typed: its punctuation escaped, on one line. */
const inline = (text: string) => text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|]/g, '\\$&');

/** A student's text as a quotation: every line quoted, raw HTML and a leading marker kept literal. */
function quoted(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line.trim() ? `> ${line.replace(/[\\<]/g, '\\$&').replace(/^(\s*)([#>*+-]|\d+\.)/, '$1\\$2')}` : '>',
    );
}

/** The "Position memos" section of the review's Markdown. */
export function memoMarkdown(students: readonly StudentMemos[]): string {
  const lines = ['## Position memos', '', memoSummary(students)];
  for (const s of students) {
    lines.push('', `### ${inline(s.name)} (${inline(s.roleName)})`);
    for (const m of s.memos) lines.push('', `#### ${inline(m.title)}`, '', ...quoted(m.text));
  }
  return `${lines.join('\n')}\n`;
}

/** The review's Markdown with the memos after it: the facilitator's graded record of the session. */
export function reviewWithMemos(reviewMarkdown: string, students: readonly StudentMemos[]): string {
  return `${reviewMarkdown.trimEnd()}\n\n${memoMarkdown(students)}`;
}

/** The memo file for grading (JSON): per student, their memos; apart from the game's save. */
export function memosJson(session: string, students: readonly StudentMemos[]): string {
  return JSON.stringify(
    {
      format: 'eyes-only-memos',
      session,
      students: students.map((s) => ({
        name: s.name,
        role: s.roleName,
        memos: s.memos.map((m) => ({
          decision: m.decision,
          title: m.title,
          text: m.text,
          at: new Date(m.at).toISOString(),
        })),
      })),
    },
    null,
    2,
  );
}

/** The section on the facilitator's review: a student's memos together, printed a student to a sheet. */
export function memoReviewSection(students: readonly StudentMemos[]): TemplateResult {
  return html`<section class="memo-review" aria-labelledby="memo-review-heading">
    <h2 id="memo-review-heading">Position memos</h2>
    <p class="memo-review__summary">${memoSummary(students)}</p>
    ${
      students.length
        ? students.map(
            (
              s,
            ) => html`<article class="memo-review__student" data-seat=${s.seat} aria-label=${`${s.name}, ${s.roleName}`}>
              <h3>${s.name} <span class="memo-review__role">(${s.roleName})</span></h3>
              ${s.memos.map(
                (m) => html`<section class="memo-review__memo" data-decision=${m.decision}>
                  <h4>${m.title}</h4>
                  <blockquote class="memo-review__text">${m.text}</blockquote>
                </section>`,
              )}
            </article>`,
          )
        : nothing
    }
  </section>`;
}
