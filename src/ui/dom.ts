/**
 * The one element builder for the UI's static parts (the screens that hold state use lit-html):
 * `h` for HTML, `el` as its short form for a tag with a class, `svg` for SVG. Every node is built
 * with createElement(NS) and text nodes, never innerHTML, so no text from a scenario (even a
 * teacher's uploaded one) can become markup.
 */
export type Child = Node | string | null | undefined | false;
export type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function fill<E extends Element>(node: E, attributes: Attributes, children: Child[]): E {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** An HTML element: attributes (`on…` functions become listeners; false and undefined are left out), then children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

/** The short form for papers and lists: a tag, a class (or none), and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return h(tag, className ? { class: className } : {}, ...children);
}

/** An SVG element, with the same rules as `h`. */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

/** A heading that takes focus when its screen opens, so keyboard and screen-reader users land on it. */
export function screenHeading(level: 1 | 2, text: string, id: string): HTMLHeadingElement {
  const heading = h(level === 1 ? 'h1' : 'h2', { class: 'screen-heading', id, tabindex: -1 }, text);
  return heading;
}

export function focusSoon(element: HTMLElement | null | undefined): void {
  if (!element) return;
  // After the browser has laid the new screen out; a synchronous focus can land before it exists.
  requestAnimationFrame(() => element.focus());
}

/** "1 role", "3 roles": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
