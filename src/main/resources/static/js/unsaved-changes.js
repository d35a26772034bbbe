/*
 * Asks before leaving a page whose form has changes not yet sent (task forms, referrals, notes, any form that
 * posts), not after a submit. Forms that only search or filter (method get) never ask; a form can opt out with
 * data-no-unsaved-warning.
 */
(function () {
  'use strict';

  var changed = new Set();

  function tracked(form) {
    return form && form.method && form.method.toLowerCase() === 'post'
      && !form.hasAttribute('data-no-unsaved-warning');
  }

  function onEdit(event) {
    var form = event.target && event.target.form;
    if (tracked(form)) changed.add(form);
  }

  document.addEventListener('input', onEdit, true);
  document.addEventListener('change', onEdit, true);
  document.addEventListener('submit', function (event) { changed.delete(event.target); }, true);
  window.addEventListener('beforeunload', function (event) {
    var unsent = Array.from(changed).some(function (form) { return form.isConnected; });
    if (unsent) {
      event.preventDefault();
      event.returnValue = ''; // older browsers ask only when this is set
    }
  });
})();
