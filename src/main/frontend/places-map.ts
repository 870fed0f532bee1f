/*
 * <places-map>: a Leaflet map of a ward (or a journey's wards) with its centre and the ideas and
 * funded projects placed in it. It is never the only way to the facts: each page lists the same
 * places in text next to it, and the drawing here is hidden from screen readers for that reason.
 *
 * Properties (set from Java):
 *   centres     [{latitude, longitude, label}]            ward centres (dashed rings)
 *   places      [{latitude, longitude, label, kind, href}] kind "idea" or "project" (filled circles)
 *   tileUrl     an XYZ tile template ("https://tile.example/{z}/{x}/{y}.png"); empty: no background tiles
 *   attribution the tile server's attribution, shown in the corner as its terms ask
 *   pickable    true: a click (or tap) on the map says where, with a "place-picked" event
 *               {latitude, longitude} and a pin there until the server answers
 *
 * Markers are vector circles, so no image assets are needed and markers show without tiles.
 */
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';

type Centre = { latitude: number; longitude: number; label: string };
type Place = { latitude: number; longitude: number; label: string; kind: string; href?: string };

const DEFAULT_ZOOM = 14;

class PlacesMapElement extends HTMLElement {
  private map?: L.Map;
  private holder?: HTMLDivElement;
  private layer?: L.LayerGroup;
  private tiles?: L.TileLayer;
  private pin?: L.CircleMarker;
  private pending = false;
  private resizeObserver?: ResizeObserver;

  private _centres: Centre[] = [];
  private _places: Place[] = [];
  private _tileUrl = '';
  private _attribution = '';
  private _pickable = false;

  set centres(value: Centre[]) { this._centres = Array.isArray(value) ? value : []; this.schedule(); }
  get centres(): Centre[] { return this._centres; }
  set places(value: Place[]) { this._places = Array.isArray(value) ? value : []; this.schedule(); }
  get places(): Place[] { return this._places; }
  set tileUrl(value: string) { this._tileUrl = value || ''; this.schedule(); }
  get tileUrl(): string { return this._tileUrl; }
  set attribution(value: string) { this._attribution = value || ''; this.schedule(); }
  get attribution(): string { return this._attribution; }
  set pickable(value: boolean) { this._pickable = !!value; this.classList.toggle('places-map-pickable', this._pickable); }
  get pickable(): boolean { return this._pickable; }

  connectedCallback() {
    if (!this.holder) {
      this.holder = document.createElement('div');
      this.holder.className = 'places-map-canvas';
      this.holder.setAttribute('aria-hidden', 'true');
      this.append(this.holder);
      this.map = L.map(this.holder, { zoomControl: true, attributionControl: true, keyboard: false });
      this.map.attributionControl.setPrefix('<a href="https://leafletjs.com" tabindex="-1">Leaflet</a>');
      this.layer = L.layerGroup().addTo(this.map);
      this.map.on('click', (event: L.LeafletMouseEvent) => this.picked(event.latlng));
      this.untabbable();
    }
    if (!this.resizeObserver) {
      this.resizeObserver = new ResizeObserver(() => this.map?.invalidateSize());
      this.resizeObserver.observe(this);
    }
    this.schedule();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  /** Leaves the pin of the last pick (the server answered and redraws the places). */
  clearPin() {
    this.pin?.remove();
    this.pin = undefined;
  }

  /** The drawing is hidden from screen readers (the list says the same), so nothing in it takes keyboard focus. */
  private untabbable() {
    this.holder?.querySelectorAll('a, button, [tabindex]').forEach((element) => element.setAttribute('tabindex', '-1'));
  }

  private picked(at: L.LatLng) {
    if (!this._pickable || !this.map) {
      return;
    }
    this.clearPin();
    this.pin = L.circleMarker(at, { radius: 9, color: '#7a1f00', weight: 3, fillColor: '#ffb000', fillOpacity: 0.9, className: 'places-map-pin' })
      .addTo(this.map);
    this.dispatchEvent(new CustomEvent('place-picked', { detail: { latitude: at.lat, longitude: at.lng } }));
  }

  private schedule() {
    if (this.pending || !this.map) {
      return;
    }
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      this.draw();
    });
  }

  private draw() {
    if (!this.map || !this.layer) {
      return;
    }
    this.tiles?.remove();
    this.tiles = undefined;
    if (this._tileUrl) {
      this.tiles = L.tileLayer(this._tileUrl, { maxZoom: 19, attribution: this._attribution }).addTo(this.map);
    }
    this.holder?.classList.toggle('places-map-no-tiles', !this._tileUrl);
    this.layer.clearLayers();
    const bounds: L.LatLngExpression[] = [];
    for (const centre of this._centres) {
      const at: L.LatLngExpression = [centre.latitude, centre.longitude];
      L.circleMarker(at, { radius: 14, color: '#1a5d8f', weight: 2, dashArray: '4 4', fillOpacity: 0.08, className: 'places-map-centre' })
        .bindTooltip(centre.label).addTo(this.layer);
      bounds.push(at);
    }
    for (const place of this._places) {
      const at: L.LatLngExpression = [place.latitude, place.longitude];
      const project = place.kind === 'project';
      const marker = L.circleMarker(at, {
        radius: 8, weight: 2, color: project ? '#0b5d1e' : '#5a2d82', fillColor: project ? '#2e8b57' : '#8e5cc4', fillOpacity: 0.9,
        className: project ? 'places-map-project' : 'places-map-idea',
      });
      const popup = document.createElement('div');
      if (place.href) {
        const link = document.createElement('a');
        link.href = place.href;
        link.textContent = place.label;
        popup.append(link);
      } else {
        popup.textContent = place.label;
      }
      marker.bindTooltip(place.label).bindPopup(popup).addTo(this.layer);
      bounds.push(at);
    }
    if (bounds.length === 1) {
      this.map.setView(bounds[0], DEFAULT_ZOOM);
    } else if (bounds.length > 1) {
      this.map.fitBounds(L.latLngBounds(bounds), { padding: [24, 24], maxZoom: DEFAULT_ZOOM + 2 });
    } else {
      this.map.setView([52.06, -2.72], 10);
    }
    this.untabbable();
    this.dispatchEvent(new CustomEvent('places-drawn', { detail: { places: this._places.length, centres: this._centres.length } }));
  }
}

if (!customElements.get('places-map')) {
  customElements.define('places-map', PlacesMapElement);
}
