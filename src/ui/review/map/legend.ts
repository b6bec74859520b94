/** The decision map's legend: each kind of line and box, drawn small beside its words. */
import { html, type SVGTemplateResult, svg, type TemplateResult } from 'lit-html';

const swatch = (picture: SVGTemplateResult) =>
  html`<svg class="dm-swatch" viewBox="0 0 44 20" width="44" height="20" aria-hidden="true">${picture}</svg>`;
const line = (className: string) => svg`<path d="M2,10 L42,10" class=${`dm-edge ${className}`}></path>`;
const box = (className: string) => svg`<rect x="4" y="2" width="36" height="16" rx="5" class=${className}></rect>`;
/** An ending's double border, as on the map; `kind` is history's or the invented one's colour. */
const endingBox = (kind: 'history' | 'invented') =>
  svg`<rect x="3" y="1" width="38" height="18" rx="2" class=${`dm-node__shape dm-legend--unvisited dm-legend--${kind}`}></rect>
    <rect x="7" y="5" width="30" height="10" rx="1" class=${`dm-node__inner dm-legend--${kind}`}></rect>`;
const item = (picture: SVGTemplateResult, text: unknown) => html`<li>${swatch(picture)}<span>${text}</span></li>`;

/** `compared`: the map of Compare classes, where the ways taken are the classes' runs, not this browser's games. */
export function legend(compared = false): TemplateResult {
  return html`<ul class="decision-map__legend" aria-label="Legend">
    ${item(line('dm-edge--historical'), 'The historical path')}
    ${item(svg`${line('dm-edge--historical')}${line('dm-edge--followed')}`, compared ? 'History, and a class went this way too' : 'History, and you went this way too')}
    ${item(line('dm-edge--explored'), compared ? 'A way a class took' : 'A way you have played')}
    ${item(line('dm-edge--unexplored'), 'Not yet explored')}
    ${item(box('dm-node__shape dm-legend--visited'), 'Visited')}
    ${item(box('dm-node__shape dm-legend--unvisited'), 'Not visited')}
    ${item(endingBox('history'), 'Historical ending (double border)')}
    ${item(endingBox('invented'), 'Counterfactual ending')}
    ${item(
      svg`<polygon points="2,10 10,2 34,2 42,10 34,18 10,18" class="dm-node__shape dm-legend--unvisited"></polygon>`,
      'Turning point the game decides',
    )}
    ${item(
      svg`${box('dm-node__shape dm-legend--unvisited')}<path d="M32,2 L40,10" class="dm-node__fold"></path>`,
      'Reply package (folded corner)',
    )}
    ${item(
      svg`<text x="22" y="15" text-anchor="middle" class="dm-legend__italic">Aa</text>`,
      html`<em>Italic</em>: never arose historically`,
    )}
  </ul>`;
}
