/*
 * Shows and hides Camunda Form fields whose wrapper carries data-hide-if (see fragments/form-fields.html),
 * as form-js does in Tasklist. The server decides, with Camunda's FEEL engine: the page posts its conditions and
 * what is typed to /forms/conditions and applies the answer, so the browser hides exactly what the server will
 * ignore when the form is posted. A condition the server cannot answer leaves its field visible. Controls inside
 * a hidden wrapper are disabled, so the browser neither checks nor submits them; the server drops them too.
 */
(function () {
  'use strict';

  var DELAY_MS = 150;

  /** The values the server would read from this form's post (FormValues.fromRequestParameters). */
  function collectValues(form) {
    var data = new FormData(form), values = {};
    form.querySelectorAll('[data-field-key]').forEach(function (wrapper) {
      var key = wrapper.getAttribute('data-field-key'), all = data.getAll(key).map(String), first = all[0];
      switch (wrapper.getAttribute('data-field-type')) {
        case 'checkbox': values[key] = all.some(function (v) { return v === 'on' || v === 'true'; }); break;
        case 'checklist': case 'taglist': values[key] = all.filter(function (v) { return v !== ''; }); break;
        case 'number':
          values[key] = first === undefined || first.trim() === '' ? null
            : isNaN(Number(first)) ? first : Number(first);
          break;
        case 'textfield': case 'textarea': values[key] = first === undefined ? '' : first; break;
        default: values[key] = first === undefined || first === '' ? null : first;
      }
    });
    return values;
  }

  function ask(conditions, values) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) headers[header.content] = token.content;
    var url = document.querySelector('meta[name="form-conditions-url"]');
    return fetch(url ? url.content : '/forms/conditions', {
      method: 'POST', credentials: 'same-origin', headers: headers,
      body: JSON.stringify({ conditions: conditions, values: values })
    }).then(function (response) { return response.ok ? response.json() : { results: {} }; })
      .then(function (answer) { return answer.results || {}; }, function () { return {}; });
  }

  function disableHiddenControls(form) {
    form.querySelectorAll('input, select, textarea').forEach(function (control) {
      var inHidden = control.closest('[data-hide-if][hidden]') !== null;
      if (inHidden && !control.disabled) {
        control.disabled = true;
        control.setAttribute('data-disabled-by-condition', '');
      } else if (!inHidden && control.hasAttribute('data-disabled-by-condition')) {
        control.disabled = false;
        control.removeAttribute('data-disabled-by-condition');
      }
    });
  }

  /** Hiding a field can change what another condition sees, so ask again until nothing changes. */
  function apply(form, pass) {
    var wrappers = Array.prototype.slice.call(form.querySelectorAll('[data-hide-if]'));
    var conditions = wrappers.map(function (w) { return w.getAttribute('data-hide-if'); })
      .filter(function (c, i, all) { return all.indexOf(c) === i; });
    return ask(conditions, collectValues(form)).then(function (results) {
      var changed = false;
      wrappers.forEach(function (wrapper) {
        var hidden = results[wrapper.getAttribute('data-hide-if')] === true;
        if (wrapper.hidden !== hidden) { wrapper.hidden = hidden; changed = true; }
      });
      disableHiddenControls(form);
      form.setAttribute('data-conditions-applied', '');
      if (changed && (pass || 0) < 5) return apply(form, (pass || 0) + 1);
    });
  }

  var timers = new WeakMap();
  function onEdit(event) {
    var form = event.target && (event.target.form || (event.target.closest && event.target.closest('form')));
    if (!form || !form.querySelector('[data-hide-if]')) return;
    clearTimeout(timers.get(form));
    form.removeAttribute('data-conditions-applied');
    timers.set(form, setTimeout(function () { apply(form); }, DELAY_MS));
  }

  /** A post right after an edit waits for the answer, so a field about to hide is neither checked nor sent. */
  function onSubmit(event) {
    var form = event.target;
    if (!form.querySelector || !form.querySelector('[data-hide-if]') || form.hasAttribute('data-conditions-applied')) {
      return;
    }
    event.preventDefault();
    clearTimeout(timers.get(form));
    var submitter = event.submitter;
    apply(form).then(function () { form.requestSubmit(submitter || undefined); });
  }

  function applyAll() {
    document.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('[data-hide-if]')) apply(form);
    });
  }

  /** A form added to the page later (an instrument opened in a dialog) gets its conditions applied too. */
  window.formConditions = {
    apply: function (form) { return form.querySelector('[data-hide-if]') ? apply(form) : Promise.resolve(); }
  };

  document.addEventListener('change', onEdit);
  document.addEventListener('input', onEdit);
  document.addEventListener('submit', onSubmit, true);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', applyAll);
  } else {
    applyAll();
  }
})();
