// The code-server install runs a nested `npm install`. Under `npm start` / `npm test` the outer npm
// exports npm_config_user_agent ("npm/11 node/v20 …"); the nested npm took it as its own and
// code-server's postinstall then refused Node 24 as "v20" — `npm start` failed on a fresh clone.
import { strict as assert } from 'node:assert';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

describe('code-server setup', () => {
  it('drops what an outer npm run exports about itself, keeps the user’s npm settings', async () => {
    const mod = (await import(pathToFileURL(path.join(__dirname, '../../../scripts/setup-code-server.mjs')).href)) as { outsideNpmRun: (env: NodeJS.ProcessEnv) => NodeJS.ProcessEnv };
    const env = mod.outsideNpmRun({
      PATH: '/usr/bin',
      HOME: '/root',
      npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
      npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
      npm_node_execpath: '/usr/bin/node',
      NODE: '/usr/bin/node',
      npm_lifecycle_event: 'start',
      npm_package_name: 'clean-claim-coach',
      npm_command: 'run-script',
      INIT_CWD: '/work/main',
      npm_config_registry: 'https://registry.example.test/',
      npm_config_cache: '/tmp/npm-cache',
    });
    assert.deepEqual(env, { PATH: '/usr/bin', HOME: '/root', npm_config_registry: 'https://registry.example.test/', npm_config_cache: '/tmp/npm-cache' });
  });
});
