// Event detail: the sentence the event was coded from, with the actor, verb,
// date and place spans highlighted, its neighbours, and every coding
// decision (codes, modality, date precision, the dictionary pattern).

import { el, replace, safeURL } from './dom.js';
import { highlighted, spansOf } from './highlight.js';
import { cameoName, goldsteinColor, QUAD_CLASSES } from './ontology.js';
import { modalityBadges } from './table.js';

export function renderDetail(container, resp) {
  const ev = resp.event || {};
  const story = resp.story || {};
  const quad = QUAD_CLASSES[ev.quad_class];
  const context = (resp.context || []).filter((c) => c && c.index !== ev.sentence_index);
  const before = context.filter((c) => c.index < ev.sentence_index).sort((a, b) => a.index - b.index);
  const after = context.filter((c) => c.index > ev.sentence_index).sort((a, b) => a.index - b.index);
  const url = story.url ? safeURL(story.url) : null;

  replace(container,
    el('h3', {},
      el('code', {}, ev.cameo || ''), ' ', cameoName(ev),
      quad ? el('span', { class: 'badge', style: `background:${quad.color};color:#fff` }, quad.name) : null),
    // Swatches, not <mark>s: marks are reserved for spans of the sentence.
    el('div', { class: 'legend' }, ['source', 'target', 'verb', 'date', 'place'].map((k) => el('span', { class: `swatch ${k}` }, k))),
    el('div', { class: 'context' },
      before.map((c) => el('p', { class: 'neighbour' }, c.text)),
      highlighted(ev.sentence || '', spansOf(ev)),
      after.map((c) => el('p', { class: 'neighbour' }, c.text))),
    el('dl', { class: 'facts' },
      fact('Source', actorList(ev.source)),
      fact('Target', actorList(ev.target)),
      (ev.participants || []).length > 0 ? fact('Participants', actorList(ev.participants)) : null,
      fact('Date', dateText(ev)),
      fact('Location', ev.location ? locationText(ev.location) : el('span', { class: 'muted' }, 'none tied to the event')),
      fact('Goldstein', el('span', { style: `color:${goldsteinColor(ev.goldstein)}` },
        typeof ev.goldstein === 'number' ? ev.goldstein.toFixed(1) : '')),
      fact('PLOVER', ev.plover ? [ev.plover.type || '', ev.plover.mode ? ` / ${ev.plover.mode}` : '',
        (ev.plover.context || []).length ? ` (${ev.plover.context.join(', ')})` : ''] : ''),
      fact('Modality', modalityText(ev.modality)),
      fact('Pattern', el('code', { 'data-testid': 'pattern' }, (ev.evidence && ev.evidence.pattern) || '—')),
      fact('Story', [
        url ? el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, story.title || story.id || url)
          : (story.title || story.id || ev.story_id || ''),
        story.source ? ` · ${story.source}` : '', story.date ? ` · ${story.date}` : '',
        ` · sentence ${ev.sentence_index}`]),
      fact('Event id', el('code', {}, ev.id || ''))),
    resp.explanation
      ? el('details', { class: 'explanation' }, el('summary', {}, 'Why this coding (parley explain)'),
        el('pre', {}, resp.explanation))
      : null);
}

function fact(term, value) {
  return [el('dt', {}, term), el('dd', {}, value)];
}

function actorList(list) {
  if (!list || list.length === 0) return el('span', { class: 'muted' }, '—');
  return list.map((a, i) => [i > 0 ? '; ' : null,
    a.role ? `${a.role}: ` : null, el('code', {}, a.code || '---'), a.text ? ` “${a.text}”` : null,
    // Offsets of -1: the actor was resolved from another sentence.
    a.start < 0 ? el('small', { class: 'muted' }, ' (from context)') : null]);
}

function dateText(ev) {
  const range = ev.date_end && ev.date_end !== ev.date ? `${ev.date} – ${ev.date_end}` : (ev.date || '');
  const ds = ev.evidence && ev.evidence.date;
  return [range, ` (precision: ${ev.date_precision || 'unknown'})`,
    ds && ds.text ? el('span', { class: 'muted' }, ` from “${ds.text}”`)
      : el('span', { class: 'muted' }, ' · no date in the sentence')];
}

function locationText(loc) {
  const parts = [loc.name, loc.admin1 && loc.admin1 !== loc.name ? loc.admin1 : '', loc.country].filter(Boolean);
  const coords = Number.isFinite(loc.lat) && Number.isFinite(loc.lon) ? ` · ${loc.lat.toFixed(2)}, ${loc.lon.toFixed(2)}` : '';
  return `${parts.join(', ')} (precision: ${loc.precision || 'unknown'})${coords}`;
}

function modalityText(m) {
  const badges = modalityBadges(m).filter(Boolean);
  return badges.length > 0 ? badges : el('span', { class: 'muted' }, 'asserted as fact');
}
