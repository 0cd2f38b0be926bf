// The dashboard's map: country shading (world-atlas TopoJSON, vendored) and event places,
// both from /api/map with the page's filters. No tile server: the countries are the base map.
// Text from the data is set with textContent, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined" || typeof topojson === "undefined") { return; }
  var query = el.getAttribute("data-query") || "";
  var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 10, attributionControl: true }).setView([20, 10], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth (world-atlas)");

  function colour(n, max) {
    if (!n) { return "#f4f1ea"; }
    var t = Math.log(1 + n) / Math.log(1 + max);
    var light = Math.round(88 - 50 * t);
    return "hsl(10, 70%, " + light + "%)";
  }

  function popup(lines) {
    var div = document.createElement("div");
    lines.forEach(function (line, i) {
      var p = document.createElement(i === 0 ? "b" : "div");
      p.textContent = line;
      div.appendChild(p);
    });
    return div;
  }

  // A ring that jumps across the antimeridian (Fiji, Chukotka) is moved east of 180° so that it
  // does not draw a line around the world.
  function unwrapRing(ring) {
    var jumps = false;
    for (var i = 1; i < ring.length; i++) {
      if (Math.abs(ring[i][0] - ring[i - 1][0]) > 180) { jumps = true; break; }
    }
    if (!jumps) { return ring; }
    return ring.map(function (p) { return [p[0] < 0 ? p[0] + 360 : p[0], p[1]]; });
  }

  function unwrapAntimeridian(feature) {
    var g = feature.geometry;
    if (!g) { return; }
    if (g.type === "Polygon") {
      g.coordinates = g.coordinates.map(unwrapRing);
    } else if (g.type === "MultiPolygon") {
      g.coordinates = g.coordinates.map(function (poly) { return poly.map(unwrapRing); });
    }
  }

  Promise.all([
    fetch("/static/vendor/world-atlas/countries-110m.json").then(function (r) { return r.json(); }),
    fetch("/api/map?" + query).then(function (r) { if (!r.ok) { throw new Error("map data: " + r.status); } return r.json(); })
  ]).then(function (got) {
    var world = got[0], data = got[1];
    var counts = data.countries || {};
    var max = 1;
    Object.keys(counts).forEach(function (k) { max = Math.max(max, counts[k]); });
    var countries = topojson.feature(world, world.objects.countries);
    countries.features.forEach(unwrapAntimeridian);
    L.geoJSON(countries, {
      style: function (f) {
        return { color: "#8a949c", weight: 0.6, fillOpacity: 1, fillColor: colour(counts[f.id] || 0, max) };
      },
      onEachFeature: function (f, layer) {
        var n = counts[f.id] || 0;
        layer.bindTooltip(popup([(f.properties && f.properties.name) || "", n + " event(s) located here"]), { sticky: true });
      }
    }).addTo(map);
    var points = data.points || [];
    var top = 1;
    points.forEach(function (p) { top = Math.max(top, p.count); });
    var layer = L.featureGroup();
    points.forEach(function (p) {
      var m = L.circleMarker([p.lat, p.lon], {
        radius: 4 + 10 * Math.sqrt(p.count / top), color: "#1d2b3a", weight: 1, fillColor: "#1f5f99", fillOpacity: 0.8,
        className: "event-marker"
      });
      m.bindPopup(popup([p.place || "?", (p.country || "") + " · " + p.count + " event(s)"]));
      layer.addLayer(m);
    });
    layer.addTo(map);
    el.setAttribute("data-markers", String(points.length));
    if (points.length) { map.fitBounds(layer.getBounds().pad(0.6), { maxZoom: 5 }); }
  }).catch(function (err) {
    var note = document.getElementById("map-note");
    if (note) { note.textContent = "The map could not load: " + err.message; }
    el.setAttribute("data-markers", "error");
  });
}());
