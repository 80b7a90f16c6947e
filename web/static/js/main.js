// Entry point: wires the filter bar to the panels. Every filter change
// updates the page URL and reloads each panel from the API; each panel keeps
// only its latest request (older ones are aborted).

import { getJSON, isAbort, latest } from './api.js';
import { renderDetail } from './detail.js';
import { el, replace, setState } from './dom.js';
import { Dyads, renderActors } from './dyads.js';
import { FilterBar, filtersFromQuery, queryFromFilters } from './filters.js';
import { EventMap } from './map.js';
import { EventsTable, PAGE_SIZE } from './table.js';
import { autoInterval, Timeline } from './timeline.js';

const $ = (sel) => document.querySelector(sel);

class App {
  constructor() {
    this.meta = null;
    this.selected = null;
    this.offset = 0;
    this.runs = { timeline: latest(), places: latest(), dyads: latest(), actors: latest(), events: latest(), detail: latest() };
    this.status = $('#status');
    this.filters = new FilterBar($('#filters'), $('#chips'), () => this.filtersChanged());
    this.timeline = new Timeline($('#timeline'), (from, to) => this.filters.patch({ from, to }));
    this.map = new EventMap($('#map'), (p) => this.filters.patch({ bbox: bboxAround(p) }));
    this.dyads = new Dyads($('#dyads-table'), (source, target) => this.filters.patch({ actor: '', source, target }));
    this.table = new EventsTable($('#events-panel'), {
      onSelect: (id) => this.showEvent(id),
      onPage: (offset) => this.loadEvents(offset),
    });
    $('#timeline-interval').addEventListener('change', () => this.loadTimeline());
    window.addEventListener('popstate', () => {
      this.filters.set(filtersFromQuery(location.search));
      this.refresh();
    });
  }

  async start() {
    this.filters.set(filtersFromQuery(location.search));
    await this.loadMeta();
    this.loadActors();
    this.refresh();
    const m = /^#event=(.+)$/.exec(location.hash);
    if (m) {
      try {
        this.showEvent(decodeURIComponent(m[1]));
      } catch {
        // A mangled fragment is not worth an error message.
      }
    }
  }

  filtersChanged() {
    const qs = queryFromFilters(this.filters.get());
    if (qs !== location.search.replace(/^\?/, '')) {
      history.pushState(null, '', qs ? `?${qs}` : location.pathname);
    }
    this.refresh();
  }

  refresh() {
    this.status.textContent = '';
    this.filters.markInvalid('');
    this.filters.renderChips();
    this.loadTimeline();
    this.loadPlaces();
    this.loadDyads();
    this.loadEvents(0);
  }

  /** Runs one panel's request, tracking its state; only the newest answer renders. */
  async load(run, panel, path, params, render) {
    setState(panel, 'loading');
    try {
      const body = await run((signal) => getJSON(path, params, signal));
      render(body);
      setState(panel, 'ready');
    } catch (err) {
      if (isAbort(err)) return;
      setState(panel, 'error');
      this.error(err);
    }
  }

  error(err) {
    this.status.textContent = `Error: ${err.message}`;
    this.filters.markInvalid(err.param);
  }

  async loadMeta() {
    try {
      this.meta = await getJSON('api/meta');
      const m = this.meta;
      $('#meta').textContent = `${m.events} events from ${m.stories} stories` +
        (m.first_date ? `, ${m.first_date} – ${m.last_date}` : '') + (m.version ? ` · parley ${m.version}` : '');
      for (const id of ['#f-from', '#f-to']) {
        if (m.first_date) $(id).min = m.first_date;
        if (m.last_date) $(id).max = m.last_date;
      }
    } catch (err) {
      this.error(err);
    }
  }

  async loadActors() {
    try {
      const body = await getJSON('api/aggregates/actors', { limit: 100, side: 'any' });
      replace($('#actor-codes'), (body.actors || []).map((a) => el('option', { value: a.code }, `${a.count} events`)));
    } catch (err) {
      if (!isAbort(err)) console.warn('parley: actor list:', err);
    }
  }

  interval() {
    const chosen = $('#timeline-interval').value;
    if (chosen !== 'auto') return chosen;
    const f = this.filters.get();
    const m = this.meta || {};
    return autoInterval(f.from || m.first_date, f.to || m.last_date);
  }

  loadTimeline() {
    const params = { ...this.filters.get(), interval: this.interval(), split: 'quad' };
    return this.load(this.runs.timeline, $('#timeline-panel'), 'api/aggregates/timeline', params,
      (body) => this.timeline.update(body));
  }

  loadPlaces() {
    return this.load(this.runs.places, $('#map-panel'), 'api/aggregates/places', { ...this.filters.get(), limit: 500 },
      (body) => this.map.update(body.places));
  }

  loadDyads() {
    this.load(this.runs.actors, $('#actors-list'), 'api/aggregates/actors', { ...this.filters.get(), side: 'any', limit: 16 },
      (body) => renderActors($('#actors-list'), body, (code) => this.filters.patch({ actor: code, source: '', target: '' })));
    return this.load(this.runs.dyads, $('#dyads-panel'), 'api/aggregates/dyads', { ...this.filters.get(), limit: 12 },
      (body) => this.dyads.update(body));
  }

  loadEvents(offset) {
    this.offset = offset;
    const params = { ...this.filters.get(), limit: PAGE_SIZE, offset };
    return this.load(this.runs.events, $('#events-panel'), 'api/events', params,
      (body) => this.table.update(body, this.selected));
  }

  showEvent(id) {
    this.selected = id;
    // The open event lives in the fragment, so a link reopens it.
    history.replaceState(null, '', `${location.pathname}${location.search}#event=${encodeURIComponent(id)}`);
    return this.load(this.runs.detail, $('#detail-panel'), `api/events/${encodeURIComponent(id)}`, null,
      (body) => renderDetail($('#event-detail'), body));
  }
}

/** A small box around a place, for the bbox filter (minLon,minLat,maxLon,maxLat). */
export function bboxAround(p, d = 0.05) {
  const clamp = (v, lo, hi) => Math.min(hi, Math.max(lo, v));
  return [clamp(p.lon - d, -180, 180), clamp(p.lat - d, -90, 90), clamp(p.lon + d, -180, 180), clamp(p.lat + d, -90, 90)]
    .map((v) => v.toFixed(4)).join(',');
}

new App().start();
