// Builds the three bundles: the extension (Node, CommonJS, `vscode` external), the claimlint CLI
// (Node) and the webview scripts (browser, written into media/ — the only webview resource root).
// Usage: node esbuild.js [--production] [--watch]
const esbuild = require('esbuild');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const quiet = process.argv.includes('--quiet');

/**
 * The yaml parser reads process.env.LOG_TOKENS once per token (a slow getter in Node): drop those
 * debug hooks from our bundles. Parsing is the bulk of linting time, so this is worth it.
 * @type {import('esbuild').Plugin}
 */
const yamlNoEnvLookups = {
  name: 'yaml-no-env-lookups',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]yaml[\\/].*\.(js|mjs)$/ }, async (args) => {
      const fs = require('fs');
      const text = await fs.promises.readFile(args.path, 'utf8');
      return { contents: text.replace(/\b(node_process|process)\.env\.LOG_(TOKENS|STREAM)\b/g, 'false'), loader: 'js' };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: quiet ? 'warning' : 'info',
  legalComments: 'none',
  plugins: [yamlNoEnvLookups],
};

const builds = [
  {
    ...common,
    entryPoints: { extension: 'src/extension/extension.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    // jsonc-parser's UMD entry uses dynamic requires esbuild cannot follow: prefer ESM builds.
    mainFields: ['module', 'main'],
  },
  {
    ...common,
    entryPoints: { cli: 'src/cli/main.ts' },
    outdir: 'dist',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    mainFields: ['module', 'main'],
  },
  {
    ...common,
    entryPoints: {
      sidebar: 'src/webview/sidebar/main.ts',
      remittance: 'src/webview/remittance/main.ts',
      practice: 'src/webview/practice/main.ts',
    },
    outdir: path.join('media', 'dist'),
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
  },
];

async function main() {
  const fs = require('fs');
  // Webview entry points are optional while the sidebar is being built.
  for (const b of builds) {
    if (b.entryPoints && !Array.isArray(b.entryPoints)) {
      for (const [k, v] of Object.entries(b.entryPoints)) if (!fs.existsSync(v)) delete b.entryPoints[k];
    }
  }
  const active = builds.filter((b) => Object.keys(b.entryPoints).length > 0);
  if (watch) {
    for (const b of active) await (await esbuild.context(b)).watch();
    return;
  }
  await Promise.all(active.map((b) => esbuild.build(b)));
  if (production) {
    // a production build has no source maps: drop stale ones from earlier development builds so
    // they can never be packaged (.vscodeignore allows media/**)
    for (const dir of new Set(active.map((b) => b.outdir))) {
      for (const f of fs.readdirSync(dir)) if (f.endsWith('.map')) fs.rmSync(path.join(dir, f));
    }
  }
}

module.exports = { yamlNoEnvLookups };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
