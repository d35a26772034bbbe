// Draws the caseload per coordinator with Chart.js from the canvas's data-caseload attribute
// ({labels, openCases, weighted, overdue}): the Content-Security-Policy allows no inline script. The series' names
// come in the reader's language from the page (data-series-open, data-series-weighted, data-series-overdue).
(function () {
  var canvas = document.getElementById('caseload-chart');
  if (typeof Chart === 'undefined' || !canvas) {
    return; // the table shows the same numbers
  }
  var data = JSON.parse(canvas.getAttribute('data-caseload'));
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.labels,
      datasets: [
        {label: canvas.getAttribute('data-series-open'), data: data.openCases, backgroundColor: '#0d6efd'},
        {label: canvas.getAttribute('data-series-weighted'), data: data.weighted, backgroundColor: '#6c757d'},
        {label: canvas.getAttribute('data-series-overdue'), data: data.overdue, backgroundColor: '#dc3545'}
      ]
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: {y: {beginAtZero: true, ticks: {precision: 0}}}
    }
  });
  canvas.setAttribute('data-drawn', 'true');
})();
