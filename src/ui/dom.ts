/**
 * A small element builder: every screen is built with createElement and textContent, never
 * innerHTML, so no text from a scenario (even a teacher's uploaded one) can become markup.
 */
type Child = Node | string | null | undefined | false;
type Attributes = Record<string, string | number | boolean | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (typeof value === 'function') node.addEventListener(name.replace(/^on/, ''), value);
    else if (name === 'class') node.className = String(value);
    else if (value === true) node.setAttribute(name, '');
    else node.setAttribute(name, String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
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
