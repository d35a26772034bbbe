// The signing page's pad (cases/consent-form.html): signature_pad (WebJar) on the canvas, shown only when the
// script runs; without it the typed name is the signature. On submit the drawing goes along as a PNG data URL,
// or nothing when the pad is empty (the server then asks for a drawing or the typed-name confirmation).
(function () {
  var canvas = document.getElementById('signature-pad');
  var form = document.getElementById('consent-form');
  if (!canvas || !form || typeof window.SignaturePad !== 'function') {
    return;
  }
  document.getElementById('signature-area').hidden = false;
  var pad = new window.SignaturePad(canvas, { penColor: '#000' });

  // The canvas is drawn at the screen's pixel density and keeps the strokes when the tablet turns (or a phone's
  // keyboard opens, which also resizes the window).
  function fit() {
    var ratio = Math.max(window.devicePixelRatio || 1, 1);
    if (canvas.width === canvas.offsetWidth * ratio && canvas.height === canvas.offsetHeight * ratio) {
      return;
    }
    var strokes = pad.toData();
    canvas.width = canvas.offsetWidth * ratio;
    canvas.height = canvas.offsetHeight * ratio;
    canvas.getContext('2d').scale(ratio, ratio);
    pad.clear();
    pad.fromData(strokes);
  }
  window.addEventListener('resize', fit);
  fit();

  document.getElementById('signature-clear').addEventListener('click', function () {
    pad.clear();
  });
  form.addEventListener('submit', function () {
    document.getElementById('signature-image').value = pad.isEmpty() ? '' : pad.toDataURL('image/png');
  });
}());
