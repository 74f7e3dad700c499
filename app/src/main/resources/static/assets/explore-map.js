// The density map on area profile pages: the area's boundary and its incidents counted in squares of
// the British National Grid, drawn with Leaflet from the page's map JSON. No background tiles unless
// the service is configured with a tile server. Everything the map shows is also in the page's
// tables and CSV download, so the page is complete without it.

// The colours of the bands, lightest (fewest incidents) first; csp-hub.css has the same for the key.
const BANDS = ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];

const container = document.getElementById('profile-map');
const status = document.getElementById('profile-map-status');

function say(message) {
  if (status) {
    status.textContent = message;
  }
}

function draw(data) {
  const map = L.map(container, { zoomSnap: 0.25, scrollWheelZoom: false });
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  if (data.tiles) {
    L.tileLayer(data.tiles.url, {
      attribution: data.tiles.attribution,
      subdomains: data.tiles.subdomains || 'abc',
      maxZoom: 19
    }).addTo(map);
  }
  L.geoJSON(data.cells, {
    interactive: false,
    style: feature => ({
      stroke: true,
      color: '#ffffff',
      weight: 0.5,
      fillColor: BANDS[Math.min(BANDS.length, Math.max(1, feature.properties.band)) - 1],
      fillOpacity: 0.85
    })
  }).addTo(map);
  const boundary = L.geoJSON(data.boundary, {
    interactive: false,
    attribution: 'Boundaries: Crown copyright and database right (OGL v3.0). Crime data: data.police.uk (OGL v3.0)',
    style: { color: '#0b0c0c', weight: 2, dashArray: '6 4', fill: false }
  }).addTo(map);
  map.fitBounds(boundary.getBounds(), { padding: [12, 12] });
  container.classList.add('csp-map--drawn');
  const squares = data.cells.features.length;
  say('The map shows ' + squares + (squares === 1 ? ' square' : ' squares') + ' with incidents, ' + data.period + '.');
}

if (container && window.L) {
  fetch(container.dataset.mapUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => {
      if (!response.ok) {
        throw new Error('the map data could not be loaded (' + response.status + ')');
      }
      return response.json();
    })
    .then(draw)
    .catch(() => say('The map could not be drawn. The table below lists the busiest squares.'));
}
