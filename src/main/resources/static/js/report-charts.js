// Draws each report chart with Chart.js from its canvas's data-chart attribute ({labels, series: [{label, data}]}):
// the Content-Security-Policy allows no inline script. The table below each chart has the same numbers and is
// what a screen reader reads; the canvas is aria-hidden.
(function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var colours = ['#0d6efd', '#6c757d', '#198754', '#dc3545'];
  document.querySelectorAll('.report-chart canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.labels,
        datasets: data.series.map(function (series, i) {
          return {label: series.label, data: series.data, backgroundColor: colours[i % colours.length]};
        })
      },
      options: {animation: false, responsive: true, maintainAspectRatio: false,
        scales: {y: {beginAtZero: true}}}
    });
    canvas.setAttribute('data-drawn', 'true');
  });
})();
