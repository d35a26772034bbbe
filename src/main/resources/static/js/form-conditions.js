/*
 * Shows and hides Camunda Form fields whose wrapper carries data-hide-if (see fragments/form-fields.html),
 * as form-js does in Tasklist. Same small FEEL as org.casecoordination.forms.SimpleFeel: names, literals,
 * = != not() and or and parentheses; anything else leaves the field visible. Controls inside a hidden
 * wrapper are disabled, so the browser neither checks nor submits them; the server drops them too.
 */
(function () {
  'use strict';

  var UNKNOWN = {};
  var TOKEN = /\s*(?:("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)|([A-Za-z_][A-Za-z0-9_]*)|(!=|=|\(|\)))/y;

  function tokenize(text) {
    var tokens = [], end = 0, match;
    for (;;) {
      TOKEN.lastIndex = end;
      match = TOKEN.exec(text);
      if (!match || match[0].length === 0) break;
      tokens.push(match[0].trim());
      end = TOKEN.lastIndex;
    }
    return text.slice(end).trim() === '' ? tokens : null;
  }

  function equal(a, b) {
    if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
    if (a === null || b === null) return a === b;
    var same = typeof a === typeof b && ['string', 'number', 'boolean'].indexOf(typeof a) >= 0;
    return same ? a === b : null;
  }
  function not(v) { return v === UNKNOWN ? UNKNOWN : typeof v === 'boolean' ? !v : null; }
  function and(a, b) {
    if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
    if (a === false || b === false) return false;
    return a === true && b === true ? true : null;
  }
  function or(a, b) {
    if (a === UNKNOWN || b === UNKNOWN) return UNKNOWN;
    if (a === true || b === true) return true;
    return a === false && b === false ? false : null;
  }

  function evaluate(expression, values) {
    var tokens = tokenize(expression), pos = 0;
    if (!tokens || !tokens.length) return null;
    function accept(t) { if (tokens[pos] === t) { pos++; return true; } return false; }
    function operand() {
      var t = pos < tokens.length ? tokens[pos++] : ')';
      if (t === '(' || (t === 'not' && accept('('))) {
        var inner = disjunction();
        if (!accept(')')) return UNKNOWN;
        return t === 'not' ? not(inner) : inner;
      }
      if (t === 'true') return true;
      if (t === 'false') return false;
      if (t === 'null') return null;
      if (['and', 'or', 'not', '=', '!=', ')'].indexOf(t) >= 0) return UNKNOWN;
      if (t.charAt(0) === '"') return t.slice(1, -1).replace(/\\(.)/g, '$1');
      if (/^-?\d/.test(t)) return Number(t);
      return Object.prototype.hasOwnProperty.call(values, t) ? values[t] : null;
    }
    function comparison() {
      var left = operand();
      if (accept('=')) return equal(left, operand());
      if (accept('!=')) return not(equal(left, operand()));
      return left;
    }
    function conjunction() {
      var left = comparison();
      while (accept('and')) left = and(left, comparison());
      return left;
    }
    function disjunction() {
      var left = conjunction();
      while (accept('or')) left = or(left, conjunction());
      return left;
    }
    var result = disjunction();
    return result === UNKNOWN || pos !== tokens.length ? null : result;
  }

  function isHidden(condition, values) {
    var text = (condition || '').trim();
    if (text.charAt(0) !== '=') return false;
    try { return evaluate(text.slice(1), values) === true; } catch (e) { return false; }
  }

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

  function apply(form) {
    // Hiding a field can change what another condition sees, so repeat until nothing changes.
    for (var pass = 0; pass < 5; pass++) {
      var values = collectValues(form), changed = false;
      form.querySelectorAll('[data-hide-if]').forEach(function (wrapper) {
        var hidden = isHidden(wrapper.getAttribute('data-hide-if'), values);
        if (wrapper.hidden !== hidden) { wrapper.hidden = hidden; changed = true; }
      });
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
      if (!changed) return;
    }
  }

  function applyWithin(root) {
    var forms = root.matches && root.matches('form') ? [root] : [];
    if (root.closest && root.closest('form')) forms.push(root.closest('form'));
    (root.querySelectorAll ? root.querySelectorAll('form') : []).forEach(function (f) { forms.push(f); });
    forms.forEach(function (form) { if (form.querySelector('[data-hide-if]')) apply(form); });
  }

  function onEdit(event) {
    var form = event.target && (event.target.form || (event.target.closest && event.target.closest('form')));
    if (form && form.querySelector('[data-hide-if]')) apply(form);
  }

  document.addEventListener('change', onEdit);
  document.addEventListener('input', onEdit);
  document.addEventListener('htmx:load', function (event) { applyWithin(event.target); });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { applyWithin(document); });
  } else {
    applyWithin(document);
  }

  window.FormConditions = { isHidden: isHidden, evaluate: evaluate };
})();
