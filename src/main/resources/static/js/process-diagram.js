// Draws the case's process with bpmn-js and marks where the case is (fragments/process-diagram.html).
(function () {
  'use strict';
  var container = document.getElementById('process-diagram');
  if (!container || !window.BpmnJS) {
    return;
  }
  function fail() {
    container.textContent = 'The diagram could not be shown.';
  }
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
})();
