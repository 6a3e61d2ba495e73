// Bench figures of the bundled ICD-10-CM code sets (issue 13/17), measured in a fresh Node process
// so nothing is memoised: cold load of dist/codesets (sha256 checks, decode, FY2026 + the FY2027
// overlay) and the memory it holds (V8 heap + external strings and buffers); word-search latency over realistic queries in both years (the word index
// is built by the first search, reported apart as codeSearchFirstMs).
// Budgets: icdFullLoadMs ≤ 150, icdFullHeapBytes ≤ 25 MB, codeSearchP95Ms ≤ 20.
import { spawnSync } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');

export const CODESET_BUDGETS: [string, number][] = [
  ['icdFullLoadMs', 150],
  ['icdFullHeapBytes', 25 * 1024 * 1024],
  ['codeSearchP95Ms', 20],
];

const QUERIES = [
  'torus fracture right radius initial', 'type 2 diabetes with hyperglycemia', 'essential hypertension', 'low back pain',
  'acute myocardial infarction', 'otitis media', 'pneumonia unspecified organism', 'plantar fasciitis', 'fracture', 'diabetes',
  'major depressive disorder recurrent', 'urinary tract infection', 'chest pain', 'sprain ankle', 'asthma', 'copd exacerbation',
  'migraine without aura', 'secondary malignant larynx', 'dilated cardiomyopathy', 'hypercholesterolemia', 'obesity', 'anemia',
  'E11.6', 'S52.5', 'I42', 'Z00.0', 'nicotine dependence cigarettes', 'atrial fibrillation', 'covid', 'pregnancy first trimester',
];

export function codesetBench(): { icdFullLoadMs: number; icdFullHeapBytes: number; codeSearchFirstMs: number; codeSearchP95Ms: number; codeSearchQueries: number } {
  const probe = `require(${JSON.stringify(require.resolve('tsx/cjs'))});
const {readBundledCodeSets}=require(${JSON.stringify(path.join(ROOT, 'src', 'node', 'bundledCodeSets.ts'))});
const mem=()=>{const m=process.memoryUsage();return m.heapUsed+m.external;};global.gc();const h0=mem();const t=performance.now();
const r=readBundledCodeSets();const loadMs=performance.now()-t;
if(!r.provider){console.error(r.error);process.exit(1);}
global.gc();const heap=mem()-h0;
const sets=r.provider.years.map((y)=>r.provider.forYear(y));const qs=${JSON.stringify(QUERIES)};
let t1=performance.now();sets[0].search('fracture right',20);const firstMs=performance.now()-t1;
const times=[];for(let round=0;round<5;round++)for(const s of sets)for(const q of qs){const t2=performance.now();s.search(q,50);times.push(performance.now()-t2);}
times.sort((a,b)=>a-b);console.log(JSON.stringify({loadMs,heap,firstMs,p95:times[Math.ceil(times.length*0.95)-1],n:times.length}));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '-e', probe], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(`code set bench failed: ${r.stderr}`);
  const m = JSON.parse(r.stdout.trim().split('\n').pop()!);
  return { icdFullLoadMs: m.loadMs, icdFullHeapBytes: m.heap, codeSearchFirstMs: m.firstMs, codeSearchP95Ms: m.p95, codeSearchQueries: m.n };
}

if (require.main === module) console.log(JSON.stringify(codesetBench()));
