/*
 * Keeps what is typed into a task's form as a draft on the server (PUT data-draft-url, with the session's CSRF
 * token): a moment after typing stops, and when the page is left or hidden. Never in the browser's storage: the
 * answers are about a client. The server restores the draft when the person comes back and drops it when the task
 * is completed. A submitted form sends nothing more (the completion, or its refusal, keeps the answers).
 */
(function () {
  'use strict';

  var DELAY_MS = 1200;
  var form = document.getElementById('task-form');
  if (!form || !form.getAttribute('data-draft-url')) return;
  var url = form.getAttribute('data-draft-url');
  var status = document.getElementById('draft-status');
  var timer = null, submitting = false, edited = false, lastSaved = body();

  /** The form's fields as they would be posted: name to values, the CSRF token left out. */
  function body() {
    var fields = {};
    new FormData(form).forEach(function (value, name) {
      if (name === '_csrf' || typeof value !== 'string') return;
      (fields[name] = fields[name] || []).push(value);
    });
    return JSON.stringify({ fields: fields });
  }

  function headers() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var all = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) all[header.content] = token.content;
    return all;
  }

  function say(text) {
    if (status) status.textContent = text;
  }

  function save(leaving) {
    clearTimeout(timer);
    if (submitting || !edited) return; // nothing typed here: what conditions changed is no draft
    var next = body();
    if (next === lastSaved) return;
    fetch(url, { method: 'PUT', credentials: 'same-origin', headers: headers(), body: next, keepalive: leaving })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        lastSaved = next;
        var now = new Date();
        var time = String(now.getHours()).padStart(2, '0') + ':' + String(now.getMinutes()).padStart(2, '0');
        say((form.getAttribute('data-draft-saved') || '').replace('{time}', time));
        form.setAttribute('data-draft-saved-at', now.toISOString());
      })
      .catch(function () {
        if (!leaving) say(form.getAttribute('data-draft-failed') || '');
      });
  }

  function later() {
    edited = true;
    clearTimeout(timer);
    timer = setTimeout(function () { save(false); }, DELAY_MS);
  }

  form.addEventListener('input', later);
  form.addEventListener('change', later);
  form.addEventListener('submit', function () { submitting = true; clearTimeout(timer); });
  window.addEventListener('pagehide', function () { save(true); });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') save(true);
  });
  // back from the browser's cache after a submit that did not leave (the form is live again)
  window.addEventListener('pageshow', function (event) { if (event.persisted) submitting = false; });
})();
