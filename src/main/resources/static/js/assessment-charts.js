// Draws each instrument's scores over time on the case page with Chart.js. The data comes in the canvas's
// data-chart attribute ({label, labels, scores, max}): the Content-Security-Policy allows no inline script.
(function () {
  if (typeof Chart === 'undefined') {
    return; // the tables below the charts still show every result
  }
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: data.labels,
        datasets: [{label: data.label, data: data.scores, borderColor: '#0d6efd', backgroundColor: '#0d6efd',
          pointRadius: 4, tension: 0}]
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: {legend: {display: false}},
        scales: {y: {min: 0, max: data.max, ticks: {precision: 0}}}
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  });
})();
