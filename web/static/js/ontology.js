// Display names for codes. The API returns codes; these tables are only for
// labels (a `cameo_name` field on an event, when present, takes precedence).

export const CAMEO_ROOTS = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
};

export const QUAD_CLASSES = {
  1: { name: 'Verbal cooperation', color: '#7fb77e' },
  2: { name: 'Material cooperation', color: '#2e7d4f' },
  3: { name: 'Verbal conflict', color: '#f0a84b' },
  4: { name: 'Material conflict', color: '#c8453b' },
};

export const PLOVER_TYPES = [
  'AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT',
];

export function cameoName(ev) {
  if (ev.cameo_name) return ev.cameo_name;
  const root = ev.cameo_root || String(ev.cameo || '').slice(0, 2);
  return CAMEO_ROOTS[root] || '';
}

/** A colour on a red (−10) … grey (0) … green (+10) scale for Goldstein scores. */
export function goldsteinColor(g) {
  if (typeof g !== 'number' || !Number.isFinite(g)) return '#888';
  const t = Math.max(-1, Math.min(1, g / 10));
  const [r, gr, b] = t < 0
    ? mix([150, 150, 150], [200, 60, 50], -t)
    : mix([150, 150, 150], [40, 140, 80], t);
  return `rgb(${r}, ${gr}, ${b})`;
}

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}
