// Highlighting of event spans in the source sentence.
//
// Offsets in the event JSON are BYTE offsets into the UTF-8 sentence (that is
// what the Go coder produces), not JavaScript string indices, which count
// UTF-16 code units. "Syria’s" is 7 characters but 9 bytes, so we cut the
// encoded bytes and decode each piece instead of calling String.slice.

import { el } from './dom.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/**
 * spansOf lists the highlightable spans of an event: source and target
 * actors, the verb, and the date and place expressions when the coder
 * recorded them. kind is a space-separated class list.
 */
export function spansOf(ev) {
  const out = [];
  const add = (s, kind, label) => {
    if (s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) {
      out.push({ start: s.start, end: s.end, kind, label });
    }
  };
  for (const a of ev.source || []) add(a, 'actor source', `source: ${a.code || a.text}`);
  for (const a of ev.target || []) add(a, 'actor target', `target: ${a.code || a.text}`);
  const evd = ev.evidence || {};
  add(evd.verb, 'verb', `verb: ${ev.cameo || ''}`.trim());
  add(evd.date, 'date', `date: ${ev.date || ''}`.trim());
  if (evd.place) add(evd.place, 'place', `place: ${(ev.location && ev.location.name) || evd.place.text}`);
  else if (ev.location) add(ev.location, 'place', `place: ${ev.location.name}`);
  return out;
}

/**
 * segments cuts sentence into consecutive pieces at every span boundary.
 * Each piece lists the spans covering it, so overlapping spans (an actor
 * that is also the place) keep all their kinds. Spans outside the sentence
 * are dropped; boundaries inside a multi-byte character are widened to the
 * whole character, so the output always decodes cleanly.
 * Returns [{text, kinds: [...], labels: [...]}], whose texts join back to
 * the sentence.
 */
export function segments(sentence, spans) {
  const bytes = encoder.encode(String(sentence ?? ''));
  const n = bytes.length;
  const isCont = (i) => i < n && (bytes[i] & 0xc0) === 0x80;
  const valid = [];
  for (const s of spans || []) {
    let { start, end } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > n || start >= end) continue;
    while (start > 0 && isCont(start)) start--;
    while (isCont(end)) end++;
    valid.push({ ...s, start, end });
  }
  const cuts = [...new Set([0, n, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i];
    const b = cuts[i + 1];
    const cover = valid.filter((s) => s.start <= a && s.end >= b);
    const kinds = [...new Set(cover.flatMap((s) => s.kind.split(' ')))];
    out.push({ text: decoder.decode(bytes.subarray(a, b)), kinds, labels: cover.map((s) => s.label) });
  }
  return out;
}

/** highlighted renders the sentence as a <p> with one <mark> per covered piece. */
export function highlighted(sentence, spans) {
  return el('p', { class: 'sentence', 'data-testid': 'sentence' },
    segments(sentence, spans).map((seg) => (seg.kinds.length === 0
      ? seg.text
      : el('mark', { class: seg.kinds.join(' '), title: seg.labels.join(' · ') }, seg.text))));
}
