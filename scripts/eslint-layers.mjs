// A small local ESLint plugin that keeps the house reading top to bottom (see the LAYERS table in
// eslint.config.mjs and CONTRIBUTING.md):
//   layers/allowed-imports  a file in src/<folder>/ imports only src/ folders its row allows;
//                           a src/ folder missing from the table is an error (place it first);
//   layers/no-cycle         no file reaches itself through relative imports (types included).
// Both look at relative import specifiers ('../engine/lint'); packages and data/ files are free.
import fs from 'node:fs';
import path from 'node:path';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.js', '.mjs', '/index.ts', '/index.js', ''];

/** The file a relative specifier names, or undefined (not relative, or not found). */
export function resolveImport(fromFile, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const ext of EXTENSIONS) {
    const f = base + ext;
    try {
      if (fs.statSync(f).isFile()) return f;
    } catch {
      /* next */
    }
  }
  return undefined;
}

/** The src/ folder a file lives in ('engine' for src/engine/rules/x.ts), or undefined outside src/. */
export function srcFolder(file, root) {
  const rel = path.relative(path.join(root, 'src'), file);
  if (!rel || rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  return parts.length > 1 ? parts[0] : undefined;
}

const IMPORT_RE = /(?:^|[\s;}])(?:import|export)\s+(?:type\s+)?[^'";]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

const graphCache = new Map(); // file -> { mtimeMs, deps: string[] }

function depsOnDisk(file) {
  let stat;
  try {
    stat = fs.statSync(file);
  } catch {
    return [];
  }
  const hit = graphCache.get(file);
  if (hit && hit.mtimeMs === stat.mtimeMs) return hit.deps;
  const text = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const deps = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const target = resolveImport(file, m[1] ?? m[2] ?? m[3]);
    if (target && /\.(m?[jt]sx?)$/.test(target)) deps.push(target);
  }
  graphCache.set(file, { mtimeMs: stat.mtimeMs, deps });
  return deps;
}

/** A path of files from `start` back to `goal` through relative imports, or undefined. */
export function findPath(start, goal, deps = depsOnDisk) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length) {
    const [file, trail] = stack.pop();
    if (file === goal) return trail;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const d of deps(file)) if (!seen.has(d)) stack.push([d, [...trail, d]]);
  }
  return undefined;
}

/** Calls visit(specifier, node) for every static import / export-from / dynamic import / require. */
function eachImport(visit) {
  const lit = (n) => (n && n.type === 'Literal' && typeof n.value === 'string' ? n : undefined);
  return {
    ImportDeclaration: (n) => visit(n.source.value, n.source),
    ExportNamedDeclaration: (n) => n.source && visit(n.source.value, n.source),
    ExportAllDeclaration: (n) => visit(n.source.value, n.source),
    ImportExpression: (n) => lit(n.source) && visit(n.source.value, n.source),
    TSImportType: (n) => {
      const s = lit(n.argument?.literal ?? n.argument);
      if (s) visit(s.value, s);
    },
    CallExpression: (n) => n.callee.type === 'Identifier' && n.callee.name === 'require' && lit(n.arguments[0]) && visit(n.arguments[0].value, n.arguments[0]),
  };
}

const rel = (root, f) => path.relative(root, f).split(path.sep).join('/');

export const layersPlugin = {
  meta: { name: 'layers' },
  rules: {
    'allowed-imports': {
      meta: {
        type: 'problem',
        docs: { description: 'A src/ folder imports only the folders its row of the layer table allows.' },
        schema: [{ type: 'object', properties: { layers: { type: 'object' } }, required: ['layers'], additionalProperties: false }],
      },
      create(context) {
        const { layers } = context.options[0];
        const root = context.cwd;
        const file = context.filename;
        const from = srcFolder(file, root);
        if (!from) return {};
        if (!(from in layers)) {
          return {
            Program: (node) =>
              context.report({ node, message: `src/${from}/ is not in the layer table (LAYERS in eslint.config.mjs): add a row saying which folders it may import (CONTRIBUTING.md, "Add a folder").` }),
          };
        }
        const allowed = new Set(layers[from]);
        return eachImport((spec, node) => {
          const target = resolveImport(file, spec);
          if (!target) return;
          const to = srcFolder(target, root);
          if (!to || to === from || allowed.has(to)) return;
          const why = to in layers ? `src/${from}/ may import only ${[...allowed].map((f) => `src/${f}/`).join(', ') || 'nothing else in src/'}` : `src/${to}/ is not in the layer table`;
          context.report({ node, message: `Layer violation: src/${from}/ must not import src/${to}/ (${spec}): ${why}. See LAYERS in eslint.config.mjs.` });
        });
      },
    },
    'no-cycle': {
      meta: { type: 'problem', docs: { description: 'No import cycles between files.' }, schema: [] },
      create(context) {
        const file = context.filename;
        const root = context.cwd;
        return eachImport((spec, node) => {
          const target = resolveImport(file, spec);
          if (!target || target === file || !/\.(m?[jt]sx?)$/.test(target)) return;
          const back = findPath(target, file);
          if (back) context.report({ node, message: `Import cycle: ${[file, ...back].map((f) => rel(root, f)).join(' → ')}. Move what both need into a module below them.` });
        });
      },
    },
  },
};
