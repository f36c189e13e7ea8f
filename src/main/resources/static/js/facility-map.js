// Draws the facilities of the page's GeoJSON on a Leaflet map. The table under the map stays: it is the map for
// screen readers and for anyone without JavaScript. Markers that would overlap on screen are drawn as one numbered
// cluster (a grid of 60 px cells, computed again at each zoom); clicking a cluster zooms into it.
(function () {
    "use strict";
    var box = document.getElementById("facility-map");
    if (!box || typeof L === "undefined") {
        return;
    }
    var CELL = 60;
    box.classList.add("drawn");
    // Popups appear at once: a fading popup is unreadable while it fades, to people and to contrast checks alike.
    var map = L.map(box, { worldCopyJump: true, fadeAnimation: false }).setView([41.5, 84.5], 5);
    var tiles = box.getAttribute("data-tiles");
    if (tiles) {
        L.tileLayer(tiles, { maxZoom: 18 }).addTo(map);
    }
    if (box.getAttribute("data-attribution")) {
        map.attributionControl.addAttribution(box.getAttribute("data-attribution"));
    }
    var outline = box.getAttribute("data-outline");
    if (outline) {
        fetch(outline).then(function (r) { return r.ok ? r.json() : null; }).then(function (geo) {
            if (geo) {
                L.geoJSON(geo, { interactive: false, style: { color: "#555", weight: 1, fill: false } }).addTo(map);
            }
        }).catch(function () { /* the outline is a help, not a need */ });
    }
    var layer = L.layerGroup().addTo(map);
    var features = [];

    function popup(p) {
        var div = document.createElement("div");
        var link = document.createElement("a");
        link.href = p.url;
        link.textContent = p.name;
        link.setAttribute("dir", "auto");
        div.appendChild(link);
        var line = document.createElement("p");
        line.textContent = [p.kindLabel, p.statusLabel, p.tier ? "tier " + p.tier : null]
            .filter(Boolean).join(" · ");
        div.appendChild(line);
        return div;
    }

    function draw() {
        layer.clearLayers();
        var cells = {};
        features.forEach(function (f) {
            var at = L.latLng(f.geometry.coordinates[1], f.geometry.coordinates[0]);
            var pt = map.project(at, map.getZoom());
            var key = Math.floor(pt.x / CELL) + ":" + Math.floor(pt.y / CELL);
            (cells[key] = cells[key] || []).push({ at: at, f: f });
        });
        Object.keys(cells).forEach(function (key) {
            var group = cells[key];
            if (group.length === 1) {
                var m = L.circleMarker(group[0].at, { radius: 7, className: "facility-marker status-" + group[0].f.properties.status });
                m.bindPopup(popup(group[0].f.properties));
                m.options.title = group[0].f.properties.name;
                layer.addLayer(m);
                return;
            }
            var bounds = L.latLngBounds(group.map(function (g) { return g.at; }));
            var icon = L.divIcon({ className: "facility-cluster", html: String(group.length), iconSize: [34, 34] });
            var cluster = L.marker(bounds.getCenter(), { icon: icon, title: String(group.length), keyboard: true });
            cluster.on("click", function () { map.fitBounds(bounds.pad(0.2)); });
            layer.addLayer(cluster);
        });
        box.setAttribute("data-drawn", String(features.length));
    }

    fetch(box.getAttribute("data-geojson"), { headers: { Accept: "application/geo+json" } })
        .then(function (r) { return r.json(); })
        .then(function (geo) {
            var labels = JSON.parse(box.getAttribute("data-labels") || "{}");
            features = geo.features;
            features.forEach(function (f) {
                f.properties.kindLabel = labels[f.properties.kind] || f.properties.kind;
                f.properties.statusLabel = labels[f.properties.status] || f.properties.status;
            });
            if (features.length > 0) {
                map.fitBounds(L.latLngBounds(features.map(function (f) {
                    return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
                })).pad(0.1), { maxZoom: 10 });
            }
            draw();
            map.on("zoomend", draw);
        });
})();
