// Node module hooks that let plain Node run @camunda/linting's sources, which are written for a bundler
// (webpack in Camunda Modeler): extensionless relative/deep imports, ES modules in a package without
// "type": "module", JSON imports without import attributes, and named imports from CommonJS modules whose
// exports Node cannot detect statically. Nothing in the linting logic is changed.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const BUNDLER_STYLE_PACKAGES = [ '/node_modules/@camunda/linting/' ];

// CommonJS modules imported with named imports (`const { configs } = await import(...)`) whose
// `module.exports = { configs: ..., rules }` Node's static export detection does not see
const CJS_WITH_UNDETECTED_EXPORTS = [ '/node_modules/bpmnlint-plugin-camunda-compat/index.js' ];

function isBundlerStyle(url) {
  return BUNDLER_STYLE_PACKAGES.some(part => url && url.includes(part));
}

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const retriable = error && (error.code === 'ERR_MODULE_NOT_FOUND' || error.code === 'ERR_UNSUPPORTED_DIR_IMPORT');
    const isUrlOrPath = /^(node:|data:)/.test(specifier);
    if (!retriable || isUrlOrPath || /\.(c|m)?js$|\.json$/.test(specifier)) {
      throw error;
    }
    for (const suffix of [ '.js', '/index.js' ]) {
      try {
        return await nextResolve(specifier + suffix, context);
      } catch (ignored) {
        // try the next suffix
      }
    }
    throw error;
  }
}

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:') && url.endsWith('.json') && !(context.importAttributes && context.importAttributes.type)) {
    const text = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: `export default ${ text };`, shortCircuit: true };
  }
  if (url.startsWith('file:') && CJS_WITH_UNDETECTED_EXPORTS.some(part => url.endsWith(part))) {
    const path = fileURLToPath(url);
    const names = Object.keys(createRequire(path)(path)).filter(name => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
    const source = [
      `import { createRequire } from 'node:module';`,
      `const m = createRequire(${ JSON.stringify(url) })(${ JSON.stringify(path) });`,
      `export default m;`,
      ...names.map(name => `export const ${ name } = m[${ JSON.stringify(name) }];`)
    ].join('\n');
    return { format: 'module', source, shortCircuit: true };
  }
  if (url.startsWith('file:') && url.endsWith('.js') && isBundlerStyle(url)) {
    const source = await readFile(new URL(url), 'utf8');
    return { format: 'module', source, shortCircuit: true };
  }
  return nextLoad(url, context);
}
