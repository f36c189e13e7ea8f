// Draws each statistics table as a chart with Chart.js. The table stays on the page: it is the chart for screen
// readers and for anyone without JavaScript, so the chart itself is hidden from assistive technology.
(function () {
    "use strict";
    if (typeof Chart === "undefined") {
        return;
    }
    var colours = ["#1f4e79", "#b35900", "#2e7d32", "#6a1b9a", "#8d6e63", "#c62828", "#00838f", "#455a64"];
    var rtl = document.documentElement.dir === "rtl";
    document.querySelectorAll("table[data-chart]").forEach(function (table) {
        var canvas = document.getElementById(table.getAttribute("data-chart"));
        if (!canvas) {
            return;
        }
        var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
            return th.textContent.trim();
        }).slice(1);
        var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
        var labels = rows.map(function (tr) { return tr.querySelector("th").textContent.trim(); });
        var datasets = headings.map(function (heading, column) {
            return {
                label: heading,
                backgroundColor: colours[column % colours.length],
                data: rows.map(function (tr) {
                    return Number(tr.querySelectorAll("td")[column].textContent);
                })
            };
        });
        // Shown before drawing: Chart.js sizes itself from its box, which is hidden until the chart is there.
        canvas.parentElement.classList.add("drawn");
        new Chart(canvas, {
            type: "bar",
            data: { labels: labels, datasets: datasets },
            options: {
                animation: false,
                maintainAspectRatio: false,
                locale: document.documentElement.lang,
                plugins: { legend: { display: datasets.length > 1, rtl: rtl } },
                scales: {
                    x: { stacked: true, reverse: rtl },
                    y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
                }
            }
        });
    });
})();
