// Events table: one page of /api/events; clicking a row opens its detail.

import { el, replace } from './dom.js';
import { cameoName, goldsteinColor, QUAD_CLASSES } from './ontology.js';

export const PAGE_SIZE = 50;

export class EventsTable {
  /**
   * @param {HTMLElement} panel the #events-panel section
   * @param {{onSelect: (id: string) => void, onPage: (offset: number) => void}} handlers
   */
  constructor(panel, { onSelect, onPage }) {
    this.tbody = panel.querySelector('#events-table tbody');
    this.total = panel.querySelector('#events-total');
    this.prev = panel.querySelector('#events-prev');
    this.next = panel.querySelector('#events-next');
    this.onSelect = onSelect;
    this.page = { total: 0, offset: 0, limit: PAGE_SIZE };
    this.prev.addEventListener('click', () => onPage(Math.max(0, this.page.offset - this.page.limit)));
    this.next.addEventListener('click', () => onPage(this.page.offset + this.page.limit));
  }

  update(resp, selectedID) {
    const events = resp.events || [];
    const total = Number(resp.total) || 0;
    const offset = Number(resp.offset) || 0;
    this.page = { total, offset, limit: Number(resp.limit) || PAGE_SIZE };
    this.total.dataset.total = String(total);
    this.total.textContent = total === 0
      ? 'no events'
      : `${offset + 1}–${offset + events.length} of ${total} event${total === 1 ? '' : 's'}`;
    this.prev.disabled = offset <= 0;
    this.next.disabled = offset + events.length >= total;
    replace(this.tbody, events.length === 0
      ? el('tr', {}, el('td', { colspan: 6, class: 'empty' }, 'No events match these filters.'))
      : events.map((ev) => this.row(ev, ev.id === selectedID)));
  }

  row(ev, selected) {
    const open = () => {
      this.select(ev.id);
      this.onSelect(ev.id);
    };
    const quad = QUAD_CLASSES[ev.quad_class];
    return el('tr', {
      class: selected ? 'selected' : null,
      tabindex: 0,
      dataset: { id: ev.id },
      onclick: open,
      onkeydown: (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          open();
        }
      },
    },
    el('td', { class: 'date' }, ev.date || '', ev.date_precision && ev.date_precision !== 'day'
      ? el('small', {}, ` ${ev.date_precision}`) : null),
    el('td', {}, actors(ev.source)),
    el('td', {},
      el('span', { class: 'quad-dot', style: `background:${quad ? quad.color : '#999'}`, title: quad ? quad.name : '' }),
      el('code', {}, ev.cameo || ''), ' ', cameoName(ev),
      ev.plover && ev.plover.type ? el('span', { class: 'badge' }, ev.plover.type) : null,
      modalityBadges(ev.modality)),
    el('td', {}, actors(ev.target)),
    el('td', {}, ev.location ? ev.location.name : el('span', { class: 'muted' }, '—')),
    el('td', { class: 'num', style: `color:${goldsteinColor(ev.goldstein)}` },
      typeof ev.goldstein === 'number' ? ev.goldstein.toFixed(1) : ''));
  }

  select(id) {
    for (const tr of this.tbody.querySelectorAll('tr')) tr.classList.toggle('selected', tr.dataset.id === id);
  }
}

export function actors(list) {
  if (!list || list.length === 0) return el('span', { class: 'muted' }, '—');
  return list.map((a, i) => [i > 0 ? ', ' : null,
    el('span', { class: 'actor', title: a.text || '' }, el('code', {}, a.code || '---'))]);
}

export function modalityBadges(m) {
  if (!m) return null;
  return [
    m.negated ? el('span', { class: 'badge warn' }, 'negated') : null,
    m.future ? el('span', { class: 'badge warn' }, 'future') : null,
    m.hypothetical ? el('span', { class: 'badge warn' }, 'hypothetical') : null,
    m.reported_by ? el('span', { class: 'badge' }, `reported by ${m.reported_by}`) : null,
  ];
}
