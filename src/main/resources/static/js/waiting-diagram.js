// Draws a process version with bpmn-js and puts each step's de-identified figures on it (processes/waiting.html).
(function () {
  'use strict';
  var container = document.getElementById('waiting-diagram');
  if (!container || !window.BpmnJS) {
    return;
  }
  function label(name) {
    return container.getAttribute('data-' + name); // in the reader's language, from the page
  }
  function line(name, value) {
    var row = document.createElement('div');
    row.textContent = label(name) + ': ' + value;
    return row;
  }
  function figures(step) {
    var box = document.createElement('div');
    box.className = 'waiting-overlay';
    box.appendChild(line('passed', step.passedWords));
    box.appendChild(line('waiting', step.waitingWords));
    if (step.medianSeconds !== null) {
      box.appendChild(line('median', step.median));
      box.appendChild(line('p90', step.p90));
    }
    return box;
  }
  fetch(container.getAttribute('data-src'), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
    .then(function (response) {
      if (!response.ok) { throw new Error('HTTP ' + response.status); }
      return response.json();
    })
    .then(function (version) {
      container.textContent = '';
      var viewer = new window.BpmnJS({ container: container });
      return viewer.importXML(version.xml).then(function () {
        var registry = viewer.get('elementRegistry');
        var overlays = viewer.get('overlays');
        viewer.get('canvas').zoom('fit-viewport');
        version.steps.forEach(function (step) {
          if (registry.get(step.element)) {
            overlays.add(step.element, { position: { bottom: -4, left: 0 }, html: figures(step) });
          }
        });
        container.setAttribute('data-drawn', 'true');
      });
    })
    .catch(function () { container.textContent = label('failed'); });
})();
