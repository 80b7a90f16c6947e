// Dyad view: the top source → target pairs from /api/aggregates/dyads with
// their event counts and mean Goldstein score.

import { el, replace } from './dom.js';
import { goldsteinColor } from './ontology.js';

export class Dyads {
  /**
   * @param {HTMLTableElement} table
   * @param {(source: string, target: string) => void} onDyad
   */
  constructor(table, onDyad) {
    this.tbody = table.querySelector('tbody');
    this.onDyad = onDyad;
  }

  update(resp) {
    const dyads = resp.dyads || [];
    const max = Math.max(1, ...dyads.map((d) => d.count || 0));
    replace(this.tbody, dyads.length === 0
      ? el('tr', {}, el('td', { colspan: 4, class: 'empty' }, 'No dyads.'))
      : dyads.map((d) => el('tr', {
        tabindex: 0,
        title: `filter on ${d.source} → ${d.target}`,
        onclick: () => this.onDyad(d.source, d.target),
        onkeydown: (e) => {
          if (e.key === 'Enter') this.onDyad(d.source, d.target);
        },
      },
      el('td', {}, el('code', {}, d.source || '---')),
      el('td', {}, el('code', {}, d.target || '---')),
      el('td', { class: 'num' },
        el('span', { class: 'bar', style: `width:${Math.round(60 * (d.count || 0) / max)}px` }),
        String(d.count ?? '')),
      el('td', { class: 'num', style: `color:${goldsteinColor(d.mean_goldstein)}` },
        typeof d.mean_goldstein === 'number' ? d.mean_goldstein.toFixed(1) : ''))));
  }
}

/** Top actors (/api/aggregates/actors) as buttons that set the actor filter. */
export function renderActors(container, resp, onActor) {
  const actors = resp.actors || [];
  replace(container, actors.length === 0
    ? el('span', { class: 'muted' }, 'No actors.')
    : actors.map((a) => el('button', {
      type: 'button',
      class: 'actor-chip',
      title: `filter on ${a.code} (either side)`,
      onclick: () => onActor(a.code),
    }, el('code', {}, a.code || '---'), el('span', { class: 'count' }, String(a.count ?? '')))));
}
