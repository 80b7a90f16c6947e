// Tiny DOM builder. All data reaches the page through here as text nodes or
// attribute values, never as HTML, so story text cannot inject markup.

/**
 * el('td', {class: 'num', title: t}, 'text', childNode, ['more', 'children'])
 * Attributes whose value is null, undefined or false are skipped; keys
 * starting with "on" become event listeners; `dataset` is merged.
 */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on') && typeof v === 'function') node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    node.append(c instanceof Node ? c : String(c)); // append(string) makes a text node
  }
}

/** Replace all children of node. */
export function replace(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/**
 * Only http(s) links from stories become clickable; anything else
 * (javascript:, data:) is shown as text.
 */
export function safeURL(s) {
  try {
    const u = new URL(String(s), location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Marks a panel as loading / ready / error / empty for CSS and tests. */
export function setState(panel, state) {
  panel.dataset.state = state;
  panel.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
}
