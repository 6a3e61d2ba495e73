// @vscode/test-cli configuration (desktop VS Code through @vscode/test-electron): used by
// `npx vscode-test` and by the Extension Test Runner in desktop VS Code. `npm run test:integration`
// runs the same tests and also works where desktop VS Code cannot be downloaded (code-server).
// Build first: npm run build && node scripts/build-integration-tests.mjs
// Unlike scripts/test-integration.mjs, this opens test/fixtures/workspace itself (not a copy).
import { defineConfig } from '@vscode/test-cli';

export default defineConfig({
  label: 'integration',
  files: 'out/test/integration/**/*.test.js',
  workspaceFolder: 'test/fixtures/workspace',
  launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  mocha: { ui: 'bdd', timeout: 20000 },
});
