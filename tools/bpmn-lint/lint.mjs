#!/usr/bin/env node
// Lints every processes/*.bpmn and checks every forms/*.form of the repository.
//
//   npm ci --prefix tools/bpmn-lint && node tools/bpmn-lint/lint.mjs
//
// BPMN, three rule sets, all rules active:
//   camunda-modeler       @camunda/linting's Linter exactly as Camunda Modeler (desktop) runs it for the
//                         diagram's modeler:executionPlatform / modeler:executionPlatformVersion
//                         (Camunda Platform 7.24: bpmnlint-plugin-camunda-compat's camunda-platform-7-24 rules,
//                         bpmnlint:correctness and bpmnlint/no-bpmndi)
//   bpmnlint:recommended  bpmnlint's recommended rules (no-gateway-join-fork, label-required, no-implicit-end, ...)
//   project               moddle import warnings (unknown attributes or elements), the execution platform must be
//                         Camunda Platform 7.24, executable processes set camunda:historyTimeToLive, no generated
//                         ids (Activity_0abc123), every user task's camunda:formRef names a form in forms/
// Forms: schema header (schemaVersion 16, Camunda Platform 7.24, id = file name), only components and validation
// keys that Camunda 7.24 Tasklist (form-js 1.8) renders, unique ids and keys, and the schema imports without errors
// or warnings into @bpmn-io/form-js-viewer 1.8 (the viewer Tasklist uses) in jsdom.
//
// Prints one line per report (file, element id, rule, category, message) and exits 1 on any error or warning.
import { register, createRequire } from 'node:module';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve, basename } from 'node:path';
import { fileURLToPath } from 'node:url';

// @camunda/linting ships bundler-style ES modules; these hooks let Node load them unchanged
register('./loader-hooks.mjs', import.meta.url);

const require = createRequire(import.meta.url);
const started = Date.now();

const TOOL_DIR = dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = resolve(TOOL_DIR, '..', '..');
const PROCESSES_DIR = join(REPO_ROOT, 'processes');
const FORMS_DIR = join(REPO_ROOT, 'forms');

const EXPECTED_PLATFORM = 'Camunda Platform';
const EXPECTED_PLATFORM_VERSION = /^7\.24\.\d+$/;

// what Camunda 7.24 Tasklist (form-js 1.8) renders and what this project allows
const FORM_COMPONENT_TYPES = new Set([
  'textfield', 'textarea', 'number', 'datetime', 'checkbox', 'radio', 'select', 'checklist', 'group', 'text'
]);
const FORM_VALIDATE_KEYS = new Set([ 'required', 'minLength', 'maxLength', 'min', 'max', 'pattern' ]);
const GENERATED_ID = /^(Activity|Gateway|Event|Flow|StartEvent|EndEvent|Task|SubProcess|DataObject|DataObjectReference|DataStoreReference|TextAnnotation|Association|Participant|Lane|Message|Signal|Error|Escalation|Timer|Definitions|Process|Collaboration)_[0-9a-z]{7}$/;

const { Linter } = await import('@camunda/linting');
const { BpmnModdle } = await import('bpmn-moddle');
const camundaModdle = require('camunda-bpmn-moddle/resources/camunda.json');
const modelerModdle = require('modeler-moddle/resources/modeler.json');
const { Linter: BpmnLinter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const reports = [];

function report(file, id, rule, category, message) {
  reports.push({ file: relative(REPO_ROOT, file), id: id || '-', rule, category, message });
}

function listFiles(dir, extension) {
  if (!existsSync(dir)) {
    return [];
  }
  return readdirSync(dir).filter(name => name.endsWith(extension)).sort().map(name => join(dir, name));
}

// ---------------------------------------------------------------- forms

const formIds = new Map(); // form id -> file

async function checkForms(files) {
  if (!files.length) {
    return;
  }

  const { JSDOM } = await import('jsdom');
  const dom = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true });
  for (const name of [ 'window', 'document', 'navigator', 'Node', 'Element', 'HTMLElement', 'Event', 'CustomEvent',
    'KeyboardEvent', 'MouseEvent', 'getComputedStyle', 'requestAnimationFrame', 'cancelAnimationFrame',
    'MutationObserver', 'DOMParser' ]) {
    if (!(name in globalThis) || name === 'window' || name === 'document') {
      Object.defineProperty(globalThis, name, { value: dom.window[name], configurable: true, writable: true });
    }
  }

  // the CommonJS build: the ES build imports lodash in a way plain Node cannot load
  const { Form, schemaVersion: viewerSchemaVersion } = require('@bpmn-io/form-js-viewer');
  const viewerVersion = require('@bpmn-io/form-js-viewer/package.json').version;

  for (const file of files) {
    let schema;
    try {
      schema = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      report(file, '-', 'form/json', 'error', `not valid JSON: ${ error.message }`);
      continue;
    }

    const expectedId = basename(file, '.form');
    checkFormHeader(file, schema, expectedId, viewerSchemaVersion);

    if (formIds.has(schema.id)) {
      report(file, schema.id, 'form/unique-form-id', 'error', `form id also used by ${ relative(REPO_ROOT, formIds.get(schema.id)) }`);
    }
    formIds.set(schema.id, file);

    const ids = new Map(), keys = new Map();
    walkComponents(schema.components || [], component => checkComponent(file, component, ids, keys));

    await importIntoViewer(file, schema, Form, viewerVersion);
  }
}

function checkFormHeader(file, schema, expectedId, viewerSchemaVersion) {
  const expect = (condition, rule, message) => condition || report(file, schema.id, rule, 'error', message);

  expect(schema.id === expectedId, 'form/id', `form id must be "${ expectedId }" (the file name), found "${ schema.id }"`);
  expect(schema.type === 'default', 'form/type', `"type" must be "default"`);
  expect(schema.schemaVersion === 16, 'form/schema-version',
    `"schemaVersion" must be 16 (form-js 1.8, Tasklist 7.24), found ${ schema.schemaVersion }`);
  expect(schema.schemaVersion <= viewerSchemaVersion, 'form/schema-version',
    `"schemaVersion" ${ schema.schemaVersion } is newer than the viewer's ${ viewerSchemaVersion }`);
  expect(schema.executionPlatform === EXPECTED_PLATFORM, 'form/execution-platform',
    `"executionPlatform" must be "${ EXPECTED_PLATFORM }"`);
  expect(EXPECTED_PLATFORM_VERSION.test(schema.executionPlatformVersion || ''), 'form/execution-platform',
    `"executionPlatformVersion" must be 7.24.x, found ${ schema.executionPlatformVersion }`);
  expect(Array.isArray(schema.components) && schema.components.length > 0, 'form/components', 'form has no components');
}

function walkComponents(components, fn) {
  for (const component of components) {
    fn(component);
    if (Array.isArray(component.components)) {
      walkComponents(component.components, fn);
    }
  }
}

function checkComponent(file, component, ids, keys) {
  const id = component.id;
  const problem = (rule, message) => report(file, id || component.key, rule, 'error', message);

  if (!FORM_COMPONENT_TYPES.has(component.type)) {
    problem('form/component-type', `component type "${ component.type }" is not rendered by Camunda 7.24 Tasklist (form-js 1.8) or not allowed here`);
  }
  if (!id) {
    problem('form/component-id', 'component has no id');
  } else if (ids.has(id)) {
    problem('form/component-id', 'component id is not unique in the form');
  } else if (GENERATED_ID.test(id) || /^(Field|Textfield|Textarea|Number|Datetime|Checkbox|Radio|Select|Checklist|Group|Text)_[0-9a-z]{7}$/.test(id)) {
    problem('form/component-id', 'component id looks generated; give it a meaningful id such as Field_ContactDate');
  }
  ids.set(id, component);

  const needsKey = !['text', 'group'].includes(component.type);
  if (needsKey && !component.key) {
    problem('form/component-key', 'input component has no key');
  }
  if (component.key) {
    if (keys.has(component.key)) {
      problem('form/component-key', `key "${ component.key }" is used by another component`);
    }
    keys.set(component.key, component);
  }
  if (needsKey && component.type !== 'datetime' && !component.label) {
    problem('form/label', 'input component has no label');
  }
  if (component.type === 'datetime' && !(component.dateLabel || component.timeLabel)) {
    problem('form/label', 'datetime component has no dateLabel');
  }
  for (const key of Object.keys(component.validate || {})) {
    if (!FORM_VALIDATE_KEYS.has(key)) {
      problem('form/validate', `validation "${ key }" is not allowed here (allowed: ${ [ ...FORM_VALIDATE_KEYS ].join(', ') })`);
    }
  }
  if (component.validate && component.validate.pattern) {
    try {
      new RegExp(component.validate.pattern);
    } catch (error) {
      problem('form/validate', `pattern is not a valid JavaScript regular expression: ${ error.message }`);
    }
  }
  if ([ 'select', 'radio', 'checklist' ].includes(component.type)) {
    const values = component.values;
    // options from a process variable (form-js "valuesKey", e.g. the matching providers): nothing static to check
    const dynamic = typeof component.valuesKey === 'string' && component.valuesKey.length > 0;
    if (dynamic && values === undefined) {
      // the variable is the process data contract's business (checked by the application at deployment)
    } else if (!Array.isArray(values) || !values.length) {
      problem('form/values', 'options component has neither static "values" nor a "valuesKey"');
    } else {
      const seen = new Set();
      for (const option of values) {
        if (!option || typeof option.label !== 'string' || !option.label || typeof option.value !== 'string' || !option.value) {
          problem('form/values', `option ${ JSON.stringify(option) } needs a label and a value`);
        } else if (seen.has(option.value)) {
          problem('form/values', `option value "${ option.value }" repeats`);
        }
        seen.add(option && option.value);
      }
      if (component.defaultValue !== undefined && component.type !== 'checklist'
          && !values.some(option => option && option.value === component.defaultValue)) {
        problem('form/values', `defaultValue "${ component.defaultValue }" is not one of the options`);
      }
    }
  }
}

async function importIntoViewer(file, schema, Form, viewerVersion) {
  const container = document.createElement('div');
  document.body.appendChild(container);
  let form;
  try {
    form = new Form({ container });
    const { warnings } = await form.importSchema(schema, {});
    for (const warning of warnings || []) {
      report(file, schema.id, 'form/form-js-import', 'warn', `form-js-viewer ${ viewerVersion }: ${ warning.message || warning }`);
    }

    // let the viewer mount its fields, then check that it sees every required field as required; on a busy
    // machine mounting takes longer, so look again for up to two seconds before calling a field not required
    const required = [];
    walkComponents(schema.components, component => {
      const hiddenWhenEmpty = component.conditional && component.conditional.hide;
      if (component.validate && component.validate.required && component.defaultValue === undefined
          && !hiddenWhenEmpty) {
        required.push(component);
      }
    });
    let errors = {};
    for (let attempt = 0; attempt < 100; attempt++) {
      await new Promise(done => setTimeout(done, 20));
      errors = form.validate();
      if (required.every(component => errors[component.id])) {
        break;
      }
    }
    required.forEach(component => {
      if (!errors[component.id]) {
        report(file, component.id, 'form/form-js-validate', 'error',
          `form-js-viewer ${ viewerVersion } does not treat this required field as required`);
      }
    });
  } catch (error) {
    report(file, schema.id, 'form/form-js-import', 'error', `form-js-viewer ${ viewerVersion } cannot import the form: ${ error.message }`);
  } finally {
    try {
      form && form.destroy();
    } catch (ignored) {
      // a form that failed to import may not tear down cleanly
    }
    container.remove();
  }
}

// ---------------------------------------------------------------- BPMN

const moddle = new BpmnModdle({ camunda: camundaModdle, modeler: modelerModdle });
const camundaLinter = new Linter({ modeler: 'desktop', type: 'platform' });
const recommendedLinter = new BpmnLinter({
  config: { extends: 'bpmnlint:recommended' },
  resolver: new NodeResolver({ require })
});

const activeRuleSets = {};

async function activeRules(ruleSet, bpmnLinter, config) {
  const definitions = await bpmnLinter.resolveRules(config);
  return definitions.map(({ name, category }) => `${ name }(${ category })`).sort();
}

async function checkProcess(file) {
  const xml = readFileSync(file, 'utf8');
  let definitions, warnings, elementsById;
  try {
    ({ rootElement: definitions, warnings, elementsById } = await moddle.fromXML(xml, 'bpmn:Definitions'));
  } catch (error) {
    report(file, '-', 'project/import', 'error', `cannot read the BPMN: ${ error.message }`);
    return;
  }
  for (const warning of warnings) {
    report(file, warning.element && warning.element.id, 'project/import', 'error', warning.message);
  }

  const platform = definitions.get('modeler:executionPlatform');
  const platformVersion = definitions.get('modeler:executionPlatformVersion');
  if (platform !== EXPECTED_PLATFORM || !EXPECTED_PLATFORM_VERSION.test(platformVersion || '')) {
    // without these @camunda/linting silently lints nothing
    report(file, definitions.id, 'project/execution-platform', 'error',
      `modeler:executionPlatform="${ platform }" modeler:executionPlatformVersion="${ platformVersion }"; expected "${ EXPECTED_PLATFORM }" 7.24.x`);
    return;
  }

  // 1. Camunda Modeler's rules
  const configName = `camunda-platform-${ platformVersion.split('.').slice(0, 2).join('-') }`;
  if (!activeRuleSets['camunda-modeler']) {
    const config = camundaLinter._createConfig(configName);
    const resolver = await camundaLinter._createResolver(configName);
    activeRuleSets['camunda-modeler'] = await activeRules('camunda-modeler', new BpmnLinter({ config, resolver }), config);
  }
  for (const r of await camundaLinter.lint(definitions)) {
    report(file, r.id, r.rule, r.category, r.message);
  }

  // 2. bpmnlint:recommended
  if (!activeRuleSets['bpmnlint:recommended']) {
    activeRuleSets['bpmnlint:recommended'] = await activeRules('bpmnlint:recommended', recommendedLinter, recommendedLinter.config);
  }
  const recommended = await recommendedLinter.lint(definitions);
  for (const [ rule, ruleReports ] of Object.entries(recommended)) {
    for (const r of ruleReports) {
      report(file, r.id, `bpmnlint:recommended/${ rule }`, r.category, r.message);
    }
  }

  // 3. project conventions
  for (const process of definitions.get('rootElements').filter(element => element.$instanceOf('bpmn:Process'))) {
    if (process.get('isExecutable') && !process.get('camunda:historyTimeToLive')) {
      // the engine enforces a time to live by default (ENGINE-12018 at deployment); Modeler only says "info"
      report(file, process.id, 'project/history-time-to-live', 'error', 'executable process has no camunda:historyTimeToLive');
    }
  }
  for (const [ id, element ] of Object.entries(elementsById)) {
    if (GENERATED_ID.test(id)) {
      report(file, id, 'project/meaningful-id', 'error', `generated id on ${ element.$type }; use a meaningful id such as Task_Intake or SequenceFlow_Eligible`);
    }
    const formRef = element.get && element.$instanceOf('bpmn:UserTask') ? element.get('camunda:formRef') : undefined;
    if (element.$instanceOf && element.$instanceOf('bpmn:UserTask')) {
      if (!formRef) {
        report(file, id, 'project/form-ref', 'error', 'user task has no camunda:formRef');
      } else if (!formIds.has(formRef)) {
        report(file, id, 'project/form-ref', 'error', `camunda:formRef "${ formRef }" names no form in forms/`);
      }
    }
  }
}

// ---------------------------------------------------------------- main

const formFiles = listFiles(FORMS_DIR, '.form');
const processFiles = listFiles(PROCESSES_DIR, '.bpmn');

await checkForms(formFiles);
for (const file of processFiles) {
  await checkProcess(file);
}

for (const [ ruleSet, rules ] of Object.entries(activeRuleSets)) {
  console.log(`${ ruleSet }: ${ rules.length } rules active: ${ rules.join(' ') }`);
}
for (const r of reports) {
  console.log(`${ r.file }\t${ r.id }\t${ r.rule }\t${ r.category }\t${ r.message }`);
}

const failing = reports.filter(r => r.category !== 'info');
console.log(`checked ${ processFiles.length } BPMN file(s) and ${ formFiles.length } form(s): ` +
  `${ failing.length } problem(s), ${ reports.length - failing.length } info, in ${ Date.now() - started } ms`);
process.exit(failing.length ? 1 : 0);
