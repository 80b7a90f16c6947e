// The filter bar. Its inputs are named exactly like the API's query
// parameters, so the filter state is simply "every non-empty input", and the
// page URL's query string mirrors it (shareable, and Back works).

import { el, replace } from './dom.js';
import { CAMEO_ROOTS, PLOVER_TYPES, QUAD_CLASSES } from './ontology.js';

// Parameters the page understands, in the order they appear in URLs.
export const FILTER_PARAMS = [
  'from', 'to', 'actor', 'source', 'target', 'root', 'cameo', 'plover', 'quad',
  'gmin', 'gmax', 'negated', 'future', 'hypothetical', 'reported', 'q',
  'bbox', 'loc_country', 'story',
];

// Hidden filters set by clicking on the map or elsewhere, shown as chips.
const CHIP_LABELS = { bbox: 'place', loc_country: 'country', story: 'story' };

export class FilterBar {
  /**
   * @param {HTMLFormElement} form
   * @param {HTMLElement} chips container for removable hidden-filter chips
   * @param {(filters: object) => void} onChange called with the new filters
   */
  constructor(form, chips, onChange) {
    this.form = form;
    this.chips = chips;
    this.onChange = onChange;
    this.fillOptions();
    let timer = 0;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(() => this.onChange(this.get()), 150);
    };
    form.addEventListener('change', changed);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(timer);
      this.onChange(this.get());
    });
    form.querySelector('#f-reset').addEventListener('click', () => {
      this.set({});
      this.onChange(this.get());
    });
  }

  fillOptions() {
    const root = this.form.elements.root;
    for (const [code, name] of Object.entries(CAMEO_ROOTS)) root.append(el('option', { value: code }, `${code} ${name}`));
    const plover = this.form.elements.plover;
    for (const t of PLOVER_TYPES) plover.append(el('option', { value: t }, t));
    const quad = this.form.elements.quad;
    for (const [q, { name }] of Object.entries(QUAD_CLASSES)) quad.append(el('option', { value: q }, `${q} ${name}`));
  }

  /** Current filters: name → trimmed value, empty ones left out. */
  get() {
    const out = {};
    for (const name of FILTER_PARAMS) {
      const input = this.form.elements[name];
      const v = input ? String(input.value).trim() : '';
      if (v !== '') out[name] = v;
    }
    return out;
  }

  /** Replace all filters (unknown keys are ignored). */
  set(filters) {
    for (const name of FILTER_PARAMS) {
      const input = this.form.elements[name];
      if (!input) continue;
      const v = filters[name] ?? '';
      if (input.tagName === 'SELECT' && v !== '' && ![...input.options].some((o) => o.value === v)) {
        // Keep values from a shared URL visible even if the list lacks them.
        input.append(el('option', { value: v }, v));
      }
      input.value = v;
      input.removeAttribute('aria-invalid');
    }
    this.renderChips();
  }

  /** Merge some filters into the current ones and notify. */
  patch(partial) {
    this.set({ ...this.get(), ...partial });
    this.onChange(this.get());
  }

  /** Flag the input the server rejected (APIError.param). */
  markInvalid(param) {
    for (const input of this.form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    const input = param && this.form.elements[param];
    if (input && input.setAttribute) input.setAttribute('aria-invalid', 'true');
  }

  renderChips() {
    const f = this.get();
    replace(this.chips, Object.entries(CHIP_LABELS).filter(([k]) => f[k]).map(([k, label]) => el('button', {
      type: 'button',
      class: 'chip',
      title: 'remove this filter',
      onclick: () => this.patch({ [k]: '' }),
    }, `${label}: ${f[k]} ×`)));
  }
}

/** Filters from a query string such as location.search. */
export function filtersFromQuery(search) {
  const p = new URLSearchParams(search);
  const out = {};
  for (const name of FILTER_PARAMS) {
    const v = p.get(name);
    if (v != null && v.trim() !== '') out[name] = v.trim();
  }
  return out;
}

/** Query string (without "?") for filters, in FILTER_PARAMS order. */
export function queryFromFilters(filters) {
  const p = new URLSearchParams();
  for (const name of FILTER_PARAMS) if (filters[name]) p.set(name, filters[name]);
  return p.toString();
}
