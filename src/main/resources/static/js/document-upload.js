/*
 * The Documents panel's upload form (fragments/documents-panel): a file over the limit is answered before it is
 * sent, in the server's own words (data-too-large), so a phone does not send megabytes for nothing and what was
 * chosen and typed stays. Without the script the server answers the same, next to the same field.
 */
(function () {
  'use strict';

  var form = document.getElementById('document-upload');
  if (!form) return;
  var input = document.getElementById('upload-file');

  form.addEventListener('submit', function (event) {
    var limit = Number(form.getAttribute('data-max-bytes'));
    var file = input.files && input.files[0];
    if (!limit || !file || file.size <= limit) return;
    event.preventDefault();
    var error = document.getElementById('upload-file-error');
    if (!error) {
      error = document.createElement('div');
      error.id = 'upload-file-error';
      error.className = 'invalid-feedback';
      input.parentNode.appendChild(error);
    }
    error.textContent = form.getAttribute('data-too-large');
    input.classList.add('is-invalid');
    input.setAttribute('aria-describedby', 'upload-file-hint upload-file-error');
    input.focus();
  });
})();
