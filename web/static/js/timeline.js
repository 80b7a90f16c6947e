// Timeline: event counts per day/week/month from /api/aggregates/timeline,
// drawn by uPlot as bars stacked by QuadClass. Dragging across bars selects
// those periods as the date filter.

import { QUAD_CLASSES } from './ontology.js';

const DAY = 86400;
const MAX_FILLED = 4000; // beyond this many periods, gaps are not zero-filled

export function parseDate(s) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(s));
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 1000 : NaN;
}

export function formatDate(sec) {
  return new Date(sec * 1000).toISOString().slice(0, 10);
}

/** The start of the period after the one starting at sec. */
export function nextPeriod(sec, interval) {
  if (interval === 'month') {
    const d = new Date(sec * 1000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 1000;
  }
  return sec + (interval === 'week' ? 7 : 1) * DAY;
}

/** A bucket size that gives a readable number of bars for a date span. */
export function autoInterval(from, to) {
  const days = (parseDate(to) - parseDate(from)) / DAY;
  if (!Number.isFinite(days) || days > 3 * 366) return 'month';
  return days > 120 ? 'week' : 'day';
}

/**
 * Turn API buckets into uPlot columns: x (period starts, seconds), then for
 * each QuadClass the raw counts. Periods without events become explicit
 * zeros, and one empty period is added at each end so lone bars get width.
 */
export function columns(resp) {
  const interval = resp.interval || 'day';
  const byPeriod = new Map();
  for (const b of resp.buckets || []) {
    const t = parseDate(b.period);
    if (Number.isFinite(t)) byPeriod.set(t, b);
  }
  const known = [...byPeriod.keys()].sort((a, b) => a - b);
  let xs = known;
  if (known.length > 0) {
    const first = prevPeriod(known[0], interval);
    const last = nextPeriod(known[known.length - 1], interval);
    const filled = [];
    for (let t = first; t <= last && filled.length <= MAX_FILLED; t = nextPeriod(t, interval)) filled.push(t);
    if (filled.length <= MAX_FILLED) xs = filled;
  }
  const quads = Object.keys(QUAD_CLASSES);
  const raw = quads.map((q) => xs.map((t) => {
    const b = byPeriod.get(t);
    return b ? Number((b.counts || {})[q] || 0) : 0;
  }));
  const totals = xs.map((t) => {
    const b = byPeriod.get(t);
    return b ? Number(b.total || 0) : 0;
  });
  return { interval, xs, raw, totals };
}

function prevPeriod(sec, interval) {
  if (interval === 'month') {
    const d = new Date(sec * 1000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1) / 1000;
  }
  return sec - (interval === 'week' ? 7 : 1) * DAY;
}

export class Timeline {
  /**
   * @param {HTMLElement} container
   * @param {(from: string, to: string) => void} onBrush
   */
  constructor(container, onBrush) {
    this.container = container;
    this.onBrush = onBrush;
    this.plot = null;
    this.cols = null;
    new ResizeObserver(() => {
      if (this.plot) this.plot.setSize(this.size());
    }).observe(container);
  }

  size() {
    return { width: Math.max(200, this.container.clientWidth), height: 200 };
  }

  update(resp) {
    const cols = columns(resp);
    this.cols = cols;
    // Stack by drawing cumulative bars, tallest first: series k shows the
    // sum of QuadClass k..4, so QuadClass 4 (material conflict) sits at the
    // bottom. The legend shows each class's own count via `value`.
    const cum = cols.raw.map((_, k) => cols.xs.map((_, i) => cols.raw.slice(k).reduce((s, r) => s + r[i], 0)));
    const data = [cols.xs, ...cum];
    if (this.plot) {
      this.plot.destroy();
      this.plot = null;
    }
    this.container.replaceChildren();
    if (cols.xs.length === 0) {
      const p = document.createElement('p');
      p.className = 'empty';
      p.textContent = 'No events match these filters.';
      this.container.append(p);
      return;
    }
    const bars = uPlot.paths.bars({ size: [0.85, 48], gap: 1 });
    const opts = {
      ...this.size(),
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: { x: { time: true }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [
        { stroke: '#555', grid: { stroke: '#eee' } },
        { stroke: '#555', grid: { stroke: '#eee' }, size: 40, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000] },
      ],
      series: [
        { label: `${cols.interval} of`, value: (u, v) => (v == null ? '' : formatDate(v)) },
        ...Object.values(QUAD_CLASSES).map((q, k) => ({
          label: q.name,
          stroke: q.color,
          fill: q.color,
          width: 0,
          paths: bars,
          points: { show: false },
          value: (u, v, si, i) => (i == null ? '' : String(cols.raw[k][i])),
        })),
      ],
      cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
      legend: { live: true },
      hooks: { setSelect: [(u) => this.brushed(u)] },
    };
    this.plot = new uPlot(opts, data, this.container);
  }

  // A drag selects every period whose bar centre lies inside it; the date
  // filter becomes the first such period's start to the last one's end.
  brushed(u) {
    const { left, width } = u.select;
    if (width < 3 || !this.cols) return;
    const lo = u.posToVal(left, 'x');
    const hi = u.posToVal(left + width, 'x');
    const inside = this.cols.xs.filter((t) => t >= lo && t <= hi);
    let from;
    let to;
    if (inside.length > 0) {
      from = inside[0];
      to = nextPeriod(inside[inside.length - 1], this.cols.interval) - DAY;
    } else {
      from = lo;
      to = hi;
    }
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
    this.onBrush(formatDate(from), formatDate(to));
  }
}
