// ESLint flat config: typescript-eslint's recommended rules plus the import boundaries.
//   - only src/extension/** may import 'vscode' (tests under test/integration/ run in VS Code too);
//   - the pure core (engine, parser, model, codesets, reference, adjudication, guidance, config,
//     shared) imports neither 'vscode' nor any Node built-in, so the editor, the CLI and the
//     webviews run the very same code.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const PURE = ['engine', 'parser', 'model', 'codesets', 'reference', 'adjudication', 'guidance', 'config', 'shared', 'practice', 'grading'];

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
