// Draws the case's process with bpmn-js and marks where the case is (fragments/process-diagram.html).
(function () {
  'use strict';
  var container = document.getElementById('process-diagram');
  if (!container || !window.BpmnJS) {
    return;
  }
  var drawn = false;
  function fail() {
    container.textContent = container.getAttribute('data-failed'); // in the reader's language, from the page
  }
  function draw() {
    if (drawn) { return; }
    drawn = true;
    fetch(container.getAttribute('data-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) { throw new Error('HTTP ' + response.status); }
        return response.json();
      })
      .then(function (diagram) {
        container.textContent = '';
        var viewer = new window.BpmnJS({ container: container });
        return viewer.importXML(diagram.xml).then(function () {
          var canvas = viewer.get('canvas');
          var registry = viewer.get('elementRegistry');
          canvas.zoom('fit-viewport');
          function mark(ids, marker) {
            ids.forEach(function (id) {
              if (registry.get(id)) { canvas.addMarker(id, marker); }
            });
          }
          mark(diagram.completed, 'diagram-completed');
          mark(diagram.active, 'diagram-active');
          container.setAttribute('data-drawn', 'true');
        });
      })
      .catch(fail);
  }
  // On the case page the diagram sits in the "Process" tab: it is fetched and drawn when the tab is first shown,
  // since a hidden container has no size to fit the diagram into.
  var pane = container.closest('.tab-pane');
  if (pane && !pane.classList.contains('active')) {
    var tab = document.querySelector('[data-bs-target="#' + pane.id + '"]');
    if (tab) {
      tab.addEventListener('shown.bs.tab', draw);
      return;
    }
  }
  draw();
})();
