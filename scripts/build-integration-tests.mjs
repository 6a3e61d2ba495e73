#!/usr/bin/env node
// Bundles test/integration/**/*.ts (runner index.ts + every *.test.ts) into out/test/integration/
// for the extension host: CommonJS, Node, `vscode` and `mocha` external, inline source maps so
// failure stacks point at the .ts files.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SRC = path.join(REPO, 'test', 'integration');
export const OUT = path.join(REPO, 'out', 'test', 'integration');

function entries(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return entries(p);
    return e.name.endsWith('.test.ts') ? [p] : [];
  });
}

export async function buildIntegrationTests() {
  fs.rmSync(OUT, { recursive: true, force: true });
  const tests = entries(SRC);
  await esbuild.build({
    entryPoints: [path.join(SRC, 'index.ts'), ...tests],
    outbase: SRC,
    outdir: OUT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
    // Tests may import src/ (e.g. jsonc-parser): prefer ESM builds, as esbuild.js does.
    mainFields: ['module', 'main'],
    sourcemap: 'inline',
    logLevel: 'warning',
  });
  return { out: OUT, tests: tests.length };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = await buildIntegrationTests();
  console.log(`built ${r.tests} integration test file(s) into ${path.relative(REPO, r.out)}`);
}
