/*
 * Opens an instrument (PHQ-9, Katz...) in a dialog over the assessment task instead of its own page, so what is
 * typed in the task's form stays where it is. The dialog shows the instrument page's form and posts it as the page
 * would; errors come back next to the questions, and after a save the task page's instrument panel is replaced by
 * the new one with the result. Without the script the links open the instrument's own page, as before.
 */
(function () {
  'use strict';

  // Bootstrap's script comes at the end of the page, after this one
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }

  function start() {
    var dialog = document.getElementById('instrument-dialog');
    if (!dialog || !window.bootstrap) return;
    var content = document.getElementById('instrument-dialog-body');
    var modal = bootstrap.Modal.getOrCreateInstance(dialog);
    var opener = null;

    function parse(html) {
      return new DOMParser().parseFromString(html, 'text/html');
    }

    /** Shows the instrument form of this page in the dialog; false if the page has none. */
    function show(page) {
      var form = page.getElementById('instrument-form');
      if (!form) return false;
      var parts = [page.getElementById('instrument-title'), page.getElementById('page-error'), form];
      content.replaceChildren();
      parts.forEach(function (part) { if (part) content.appendChild(document.importNode(part, true)); });
      var shown = document.getElementById('instrument-form');
      shown.querySelectorAll('a[href]').forEach(function (cancel) {
        cancel.setAttribute('role', 'button');
        cancel.addEventListener('click', function (event) { event.preventDefault(); modal.hide(); });
      });
      shown.addEventListener('submit', submit);
      if (window.formConditions) window.formConditions.apply(shown);
      return true;
    }

    function focusFirstProblem() {
      var target = content.querySelector('[aria-invalid="true"]') || content.querySelector('input, select, textarea');
      if (target) target.focus();
    }

    function open(url) {
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
        .then(function (response) {
          if (!response.ok) throw new Error(String(response.status));
          return response.text();
        })
        .then(function (html) {
          if (!show(parse(html))) throw new Error('no instrument form');
          modal.show();
        })
        .catch(function () { window.location.href = url; }); // the instrument's own page says what went wrong
    }

    function submit(event) {
      if (event.defaultPrevented) return; // form-conditions.js posts again once its answer is in
      event.preventDefault();
      var form = event.target;
      var button = form.querySelector('[type="submit"]');
      if (button) button.disabled = true;
      fetch(form.action, { method: 'POST', credentials: 'same-origin', body: new FormData(form) })
        .then(function (response) { return response.text(); })
        .then(function (html) {
          var page = parse(html);
          if (show(page)) { // refused: the answers are back with the errors beside them
            focusFirstProblem();
            return;
          }
          var panel = page.getElementById('instruments');
          if (!panel) throw new Error('neither the form nor the task page came back');
          document.getElementById('instruments').replaceWith(document.importNode(panel, true));
          var saved = page.querySelector('main .alert-success');
          var region = document.getElementById('instrument-saved');
          if (saved && region) {
            var note = document.createElement('div');
            note.className = 'alert alert-success py-2';
            note.textContent = saved.textContent;
            region.replaceChildren(note);
          }
          opener = document.getElementById('instruments-heading');
          modal.hide();
        })
        .catch(function () { form.submit(); }); // the page's own post, as without the script
    }

    document.addEventListener('click', function (event) {
      var link = event.target.closest && event.target.closest('a[data-instrument-dialog]');
      if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
      event.preventDefault();
      opener = link;
      open(link.href);
    });
    dialog.addEventListener('shown.bs.modal', focusFirstProblem);
    dialog.addEventListener('hidden.bs.modal', function () {
      content.replaceChildren();
      if (opener && opener.isConnected) opener.focus();
    });
  }
})();
