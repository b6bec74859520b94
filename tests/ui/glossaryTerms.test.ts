// @vitest-environment happy-dom
/**
 * Glossary terms in the page: the first occurrence in a card or a paper is marked with its
 * explanation (a tip on hover and focus, a description for screen readers), nothing is marked inside
 * links or code, and scenario text never becomes markup.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/engine/schema/scenario';
import type { DecisionView } from '../../src/engine/view';
import { glossaryList } from '../../src/ui/documents/glossaryPage';
import { TermMarker } from '../../src/ui/documents/glossaryTerms';
import { decisionCard } from '../../src/ui/play/decision';

const G: GlossaryEntry[] = [
  { term: 'POL', short: 'Petroleum, oil and lubricants.' },
  { term: 'quarantine', short: 'The naval interdiction.' },
  { term: 'ExComm', short: 'The Executive Committee.', source: { cite: 'A source', url: 'https://example.org/x' } },
];

afterEach(() => document.body.replaceChildren());

describe('marking terms', () => {
  it('a marked term is focusable, carries its tip, and is described by its explanation', () => {
    const terms = new TermMarker(G);
    const p = document.createElement('p');
    p.append(...terms.text('Add POL to the quarantine.'), terms.notes);
    document.body.append(p);
    const pol = p.querySelector<HTMLElement>('[data-term="POL"]');
    expect(pol?.tagName).toBe('ABBR');
    expect(pol?.getAttribute('tabindex')).toBe('0');
    expect(pol?.dataset.tip).toBe('Petroleum, oil and lubricants.');
    const note = document.getElementById(pol?.getAttribute('aria-describedby') ?? '');
    expect(note?.textContent).toBe('POL: Petroleum, oil and lubricants.');
    // A word that is not an abbreviation is a plain span, not an <abbr>.
    expect(p.querySelector('[data-term="quarantine"]')?.tagName).toBe('SPAN');
    // The paragraph's own text is unchanged: the tip is drawn from the attribute, not inserted.
    expect(p.firstChild?.textContent).toBe('Add ');
    expect(
      [...p.childNodes]
        .slice(0, -1)
        .map((n) => n.textContent)
        .join(''),
    ).toBe('Add POL to the quarantine.');
  });

  it('Escape hides a tip without moving the focus, and it returns on the next focus', () => {
    const terms = new TermMarker(G);
    const p = document.createElement('p');
    p.append(...terms.text('POL'));
    document.body.append(p);
    const pol = p.querySelector<HTMLElement>('.term');
    pol?.focus();
    pol?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(pol?.classList.contains('term--dismissed')).toBe(true);
    expect(document.activeElement).toBe(pol);
    pol?.dispatchEvent(new FocusEvent('blur'));
    expect(pol?.classList.contains('term--dismissed')).toBe(false);
  });

  it('in a tree, marks only the first occurrence, and never inside links, code or buttons', () => {
    const root = document.createElement('div');
    const a = document.createElement('a');
    a.href = 'https://example.org';
    a.textContent = 'POL in a link';
    const code = document.createElement('code');
    code.textContent = 'POL';
    const button = document.createElement('button');
    button.textContent = 'quarantine';
    const p1 = document.createElement('p');
    p1.textContent = 'Then POL, and POL again, and the quarantine.';
    root.append(a, code, button, p1);
    new TermMarker(G).markTree(root);
    expect(a.querySelector('.term')).toBeNull();
    expect(code.querySelector('.term')).toBeNull();
    expect(button.querySelector('.term')).toBeNull();
    expect([...p1.querySelectorAll('.term')].map((t) => t.textContent)).toEqual(['POL', 'quarantine']);
    expect(p1.textContent).toBe('Then POL, and POL again, and the quarantine.');
  });

  it('text that looks like markup stays text', () => {
    const terms = new TermMarker(G);
    const p = document.createElement('p');
    p.append(...terms.text('<img src=x onerror=alert(1)> POL <b>bold</b>'));
    expect(p.querySelector('img, b')).toBeNull();
    expect(p.textContent).toBe('<img src=x onerror=alert(1)> POL <b>bold</b>');
    expect(p.querySelectorAll('.term')).toHaveLength(1);
  });

  it('a decision card marks each term once across its prompt and options, with no tab stop inside a button', () => {
    const decision: DecisionView = {
      id: 'd',
      kind: 'choice',
      side: 'us',
      title: 'Fuel',
      phase: 'Night',
      prompt: 'The ExComm weighs POL.',
      advisers: [],
      yours: true,
      options: [
        { id: 'a', label: 'Add POL now', description: 'Tighten the quarantine.' },
        { id: 'b', label: 'Wait', risk: 'The quarantine leaks.' },
      ],
    };
    const card = decisionCard(decision, { choose: () => {}, speaking: () => {}, glossary: G });
    document.body.append(card);
    const terms = [...card.querySelectorAll<HTMLElement>('.term')];
    expect(terms.map((t) => t.dataset.term)).toEqual(['ExComm', 'POL', 'quarantine']);
    const inButton = card.querySelector<HTMLElement>('button .term');
    expect(inButton?.dataset.term).toBe('quarantine');
    expect(inButton?.hasAttribute('tabindex')).toBe(false);
    expect(document.getElementById(inButton?.getAttribute('aria-describedby') ?? '')?.textContent).toContain(
      'naval interdiction',
    );
    // The buttons' names are their words, as before.
    expect(card.querySelector('[data-option="a"]')?.textContent).toBe('Add POL nowTighten the quarantine.');
  });

  it('without a glossary nothing is marked', () => {
    const terms = new TermMarker(undefined);
    expect(terms.text('POL')).toEqual(['POL']);
  });
});

describe('the glossary page', () => {
  it('lists every term alphabetically with its explanation and a link to its source', () => {
    const list = glossaryList(G);
    expect([...list.querySelectorAll('dt')].map((d) => d.textContent)).toEqual(['ExComm', 'POL', 'quarantine']);
    expect(list.querySelector('dd')?.textContent).toContain('The Executive Committee.');
    expect(list.querySelector('dd a')?.getAttribute('href')).toBe('https://example.org/x');
  });
});
