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

/**
 * In watch mode: the lines the $esbuild-watch problem matcher reads (.vscode/tasks.json), so F5
 * waits for the first build and errors land in the Problems panel.
 * @type {import('esbuild').Plugin}
 */
const watchProblemMatcher = {
  name: 'watch-problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'));
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      console.log('[watch] build finished');
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
  plugins: watch ? [yamlNoEnvLookups, watchProblemMatcher] : [yamlNoEnvLookups],
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

/** Files the code-editor tables are generated from: sources and the code that builds them. */
const TABLE_INPUTS = ['data/sources/hcpcs', 'data/sources/mce', 'data/sources/excludes', 'src/codesets/hcpcsRelease.ts', 'src/codesets/mce.ts', 'src/codesets/excludes.ts', 'src/node/editTables.ts'];
const TABLES_DIR = path.join('dist', 'edit-tables');

/**
 * Generates dist/edit-tables (HCPCS release, MCE lists, FY2027 Excludes notes) from data/sources when
 * an input is newer than its manifest: src/node/editTables.ts, bundled in memory and run once.
 */
async function buildTables() {
  const fs = require('fs');
  const newest = (p) => {
    const st = fs.statSync(p);
    return st.isDirectory() ? Math.max(0, ...fs.readdirSync(p).map((f) => newest(path.join(p, f)))) : st.mtimeMs;
  };
  const manifest = path.join(TABLES_DIR, 'manifest.json');
  if (fs.existsSync(manifest) && fs.statSync(manifest).mtimeMs >= Math.max(...TABLE_INPUTS.map(newest))) return;
  const out = await esbuild.build({ entryPoints: ['src/node/editTables.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20', write: false, logLevel: 'warning' });
  const Module = require('module');
  const m = new Module(path.resolve('src/node/editTables.js'));
  m._compile(out.outputFiles[0].text, m.id);
  const t0 = Date.now();
  m.exports.buildEditTables(path.join('data', 'sources'), TABLES_DIR);
  if (!quiet) console.log(`code-editor tables → ${TABLES_DIR} (${Date.now() - t0} ms)`);
}

/**
 * The bundled code sets: checks the sha256 of the vendored sources (data/sources/) and regenerates
 * dist/codesets/ when they or the builder changed (scripts/codesets/build.ts; fast when up to date).
 */
function buildCodesets() {
  const { require: tsxRequire } = require('tsx/cjs/api');
  const { buildCodesets: build } = tsxRequire('./scripts/codesets/build.ts', __filename);
  const r = build();
  if (!quiet && r.rebuilt) console.log(`codesets: generated ${path.relative(process.cwd(), r.outDir)} in ${Math.round(r.ms)} ms`);
}

async function main() {
  const fs = require('fs');
  await buildTables();
  buildCodesets();
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

module.exports = { yamlNoEnvLookups, buildTables, buildCodesets, builds };

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
