// ESLint flat config: typescript-eslint's recommended rules plus the import boundaries.
//   - LAYERS: which src/ folder may import which (scripts/eslint-layers.mjs), and no import cycles;
//   - only src/extension/** may import 'vscode' (tests under test/integration/ run in VS Code too);
//   - the PURE folders import neither 'vscode' nor any Node built-in, so the editor, the CLI and the
//     webviews run the very same code.
// A new src/ folder: add one row to LAYERS (and its name to PURE when it does no I/O); see
// CONTRIBUTING.md, "Add a folder". test/unit/architecture/layers.test.ts proves the rules fire.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './scripts/eslint-layers.mjs';

/**
 * The house, bottom to top: each src/ folder and the other src/ folders it may import. A folder
 * never imports one further down this table than itself... except through its row.
 */
export const LAYERS = {
  util: [], //                                    dates, stable JSON: no imports at all
  model: ['util'], //                             zod schemas, Range/Path, severities
  reference: ['model', 'util'], //                POS, modifiers, HCPCS, CPT numbers, payers, reason codes
  codesets: ['model', 'util'], //                 ICD-10-CM code books
  parser: ['model', 'util'], //                   text → located value tree → claim
  config: ['model', 'parser', 'util'], //         .claimlint.yaml: schema, parsing, editing
  engine: ['model', 'parser', 'codesets', 'reference', 'util'], // lint(text) → findings and fixes
  assist: ['model', 'parser', 'codesets', 'reference', 'config', 'engine', 'util'], // hover, completion, outline
  adjudication: ['model', 'engine', 'reference', 'util'], // the mock payer
  x12: ['model', 'parser', 'engine', 'adjudication', 'util'], // X12 837P reader/writer, 999/277CA/835
  practice: ['model', 'parser', 'engine', 'reference', 'codesets', 'util'], // practice cases: model, parser, claim from a key
  grading: ['model', 'parser', 'codesets', 'engine', 'reference', 'adjudication', 'practice', 'util'], // the grader, and checkCoding: lint → mock payer → grade
  guidance: ['model', 'util'], //                 careers, eligibility, CEU cycles
  shared: ['model', 'guidance', 'util'], //       webview message protocols (extension <-> webview)
  node: ['util', 'model', 'reference', 'codesets', 'parser', 'config', 'engine', 'assist', 'adjudication', 'guidance', 'x12', 'practice', 'grading'], // fs glue
  cli: ['util', 'model', 'reference', 'codesets', 'parser', 'config', 'engine', 'adjudication', 'x12', 'practice', 'grading', 'node'],
  extension: ['util', 'model', 'reference', 'codesets', 'parser', 'config', 'engine', 'assist', 'adjudication', 'guidance', 'x12', 'practice', 'grading', 'shared', 'node'],
  webview: ['util', 'model', 'guidance', 'shared'], // browser code of the webviews
};

/** Folders that do no I/O: no vscode, no Node built-ins. */
const PURE = ['util', 'model', 'reference', 'codesets', 'parser', 'config', 'engine', 'assist', 'adjudication', 'x12', 'practice', 'grading', 'guidance', 'shared'];

const vscodeBan = { name: 'vscode', message: 'Only src/extension/** may import vscode: pass what the core needs in from there.' };
const nodeBuiltins = [...new Set(builtinModules.map((m) => m.replace(/^node:/, '')))]
  .filter((m) => !m.startsWith('_'))
  .map((name) => ({ name, message: `The pure core (src/${PURE.join(', src/')}) must not use Node built-ins: do I/O in src/node, src/cli or src/extension.` }));

export default tseslint.config(
  {
    ignores: ['node_modules/**', 'dist/**', 'out/**', 'media/dist/**', '.vscode-test/**', 'test-output/**', '.bench/**', '**/*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.mocha },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/no-require-imports': 'off', // CommonJS launchers (bin/, esbuild.js) use require
    },
  },
  {
    files: ['src/webview/**/*.ts', 'media/**/*.js'],
    languageOptions: { globals: { ...globals.browser, acquireVsCodeApi: 'readonly' } },
  },
  {
    // e2e checks pass functions to page.evaluate(), which run in the browser
    files: ['test/e2e/**', 'test/harness/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.cjs', 'esbuild.js', 'bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    // tests match YAML indentation literally: /\n    from:/ reads better than / {4}/
    files: ['test/**'],
    rules: { 'no-regex-spaces': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { layers: layersPlugin },
    rules: {
      'layers/allowed-imports': ['error', { layers: LAYERS }],
      'layers/no-cycle': 'error',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/extension/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [vscodeBan] }] },
  },
  {
    files: PURE.map((d) => `src/${d}/**/*.ts`),
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [vscodeBan, ...nodeBuiltins],
          patterns: [{ group: ['node:*'], message: 'The pure core must not use Node built-ins (node:*).' }],
        },
      ],
    },
  },
);
