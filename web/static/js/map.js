// Map: Leaflet over Natural Earth country outlines (world-atlas TopoJSON,
// embedded), with one circle marker per place from /api/aggregates/places.
// No tile server is contacted, so the map works offline.

import { el } from './dom.js';

const ATLAS = 'static/vendor/world-atlas/';
const DETAIL_ZOOM = 4; // from here on, swap in the 1:50m outlines

export class EventMap {
  /**
   * @param {HTMLElement} container
   * @param {(place: object) => void} onPlace called when a marker is clicked
   */
  constructor(container, onPlace) {
    this.onPlace = onPlace;
    this.map = L.map(container, { worldCopyJump: true, minZoom: 1, maxZoom: 10, zoomSnap: 0.5 })
      .setView([30, 25], 2);
    this.map.attributionControl.setPrefix('Leaflet');
    this.map.attributionControl.addAttribution('Natural Earth');
    this.countries = null;
    this.detailed = false;
    this.markers = L.featureGroup().addTo(this.map);
    this.loadOutlines('countries-110m.json');
    this.map.on('zoomend', () => {
      if (!this.detailed && this.map.getZoom() >= DETAIL_ZOOM) {
        this.detailed = true;
        this.loadOutlines('countries-50m.json');
      }
    });
    new ResizeObserver(() => this.map.invalidateSize()).observe(container);
  }

  async loadOutlines(file) {
    try {
      const res = await fetch(ATLAS + file);
      if (!res.ok) throw new Error(`${file}: ${res.status}`);
      const topo = await res.json();
      const geo = topojson.feature(topo, topo.objects.countries);
      // Outlines are scenery: not interactive, so they never steal clicks
      // from markers (and `.leaflet-interactive` means markers only).
      const layer = L.geoJSON(geo, {
        interactive: false,
        style: { color: '#ffffff', weight: 0.8, fillColor: '#d9dde3', fillOpacity: 1 },
      });
      if (this.countries) this.countries.remove();
      this.countries = layer.addTo(this.map);
      this.countries.bringToBack();
    } catch (err) {
      console.warn('parley: country outlines not loaded:', err);
    }
  }

  update(places) {
    this.markers.clearLayers();
    const valid = (places || []).filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon) && p.count > 0);
    const max = Math.max(1, ...valid.map((p) => p.count));
    for (const p of valid) {
      const m = L.circleMarker([p.lat, p.lon], {
        radius: 5 + 12 * Math.sqrt(p.count / max),
        color: '#8e2a1f',
        weight: 1,
        fillColor: '#d9534f',
        fillOpacity: 0.55,
        className: 'place-marker',
      });
      // Tooltip content as a DOM node: Leaflet would parse a string as HTML.
      m.bindTooltip(el('span', {}, el('strong', {}, p.name || '(unnamed)'),
        p.country ? ` ${p.country}` : '', ` · ${p.count} event${p.count === 1 ? '' : 's'}`));
      m.on('click', () => this.onPlace(p));
      m.addTo(this.markers);
    }
    if (valid.length > 0) {
      this.map.fitBounds(this.markers.getBounds(), { padding: [40, 40], maxZoom: 6, animate: false });
    }
  }
}
