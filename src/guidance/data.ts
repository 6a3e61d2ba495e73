// Loads the bundled guidance data (data/credentials.json, career.json, outlook.json), validates it
// with the zod schemas in src/model/guidance.ts and checks cross-references (source ids, credential
// ids). Pure: JSON is bundled by esbuild for both the extension and the webview.
import credentialsJson from '../../data/credentials.json';
import careerJson from '../../data/career.json';
import outlookJson from '../../data/outlook.json';
import { DATA_FILES } from '../model/dataFiles';
import {
  type Body,
  type BodyInfo,
  type CareerStep,
  type Credential,
  type OutlookFigure,
  type Provenance,
  type Source,
} from '../model/guidance';

export interface GuidanceData {
  credentials: readonly Credential[];
  bodies: readonly BodyInfo[];
  career: readonly CareerStep[];
  outlook: { occupationNote: string; figures: readonly OutlookFigure[] };
  /** All sources of the three files, by id (ids are shared: the same id must mean the same page). */
  sources: Readonly<Record<string, Source>>;
  credentialById: ReadonlyMap<string, Credential>;
  bodyById: ReadonlyMap<Body, BodyInfo>;
}

export class GuidanceDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`Guidance data is invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'GuidanceDataError';
  }
}

function zodProblems(file: string, error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string[] {
  return error.issues.map((i) => `${file}: ${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
}

/** Validates raw file contents; throws GuidanceDataError listing every problem. */
export function buildGuidanceData(raw: { credentials: unknown; career: unknown; outlook: unknown }): GuidanceData {
  const problems: string[] = [];
  const c = DATA_FILES.credentials.schema.safeParse(raw.credentials);
  const k = DATA_FILES.career.schema.safeParse(raw.career);
  const o = DATA_FILES.outlook.schema.safeParse(raw.outlook);
  if (!c.success) problems.push(...zodProblems('credentials.json', c.error));
  if (!k.success) problems.push(...zodProblems('career.json', k.error));
  if (!o.success) problems.push(...zodProblems('outlook.json', o.error));
  if (!c.success || !k.success || !o.success) throw new GuidanceDataError(problems);

  const sources: Record<string, Source> = {};
  for (const [file, map] of [['credentials.json', c.data.sources], ['career.json', k.data.sources], ['outlook.json', o.data.sources]] as const) {
    for (const [id, s] of Object.entries(map)) {
      const prev = sources[id];
      if (prev && prev.url !== s.url) problems.push(`${file}: source "${id}" points to ${s.url} but another file uses that id for ${prev.url}`);
      sources[id] = s;
    }
  }
  const checkProvenance = (where: string, p: Provenance) => {
    for (const id of p.sources) if (!sources[id]) problems.push(`${where}: unknown source id "${id}"`);
    if (p.verified && !p.sources.some((id) => sources[id]?.primary)) {
      problems.push(`${where}: verified:true needs at least one primary source`);
    }
  };

  const credentialById = new Map<string, Credential>();
  for (const cr of c.data.credentials) {
    if (credentialById.has(cr.id)) problems.push(`credentials.json: duplicate credential id ${cr.id}`);
    credentialById.set(cr.id, cr);
  }
  const bodyById = new Map<Body, BodyInfo>();
  for (const b of c.data.bodies) {
    if (bodyById.has(b.id)) problems.push(`credentials.json: duplicate body ${b.id}`);
    bodyById.set(b.id, b);
    checkProvenance(`body ${b.id}`, b.provenance);
    checkProvenance(`body ${b.id} ceuRule`, b.ceuRule.provenance);
  }
  const knownCredential = (where: string, id: string) => {
    if (!credentialById.has(id)) problems.push(`${where}: unknown credential "${id}"`);
  };
  for (const cr of c.data.credentials) {
    const w = `credential ${cr.id}`;
    if (!bodyById.has(cr.body)) problems.push(`${w}: body ${cr.body} has no entry in bodies`);
    checkProvenance(w, cr.provenance);
    checkProvenance(`${w} eligibility`, cr.eligibility.provenance);
    checkProvenance(`${w} exam`, cr.exam.provenance);
    checkProvenance(`${w} renewal`, cr.renewal.provenance);
    if (cr.eligibility.apprentice) checkProvenance(`${w} apprentice`, cr.eligibility.apprentice.provenance);
    const routes = [...cr.eligibility.routes, ...(cr.eligibility.apprentice?.removalRoutes ?? [])];
    for (const r of routes) for (const id of [...r.prerequisiteCredentials, ...r.anyOfCredentials]) knownCredential(`${w} route ${r.id}`, id);
    if (cr.renewal.countsAs) knownCredential(`${w} renewal.countsAs`, cr.renewal.countsAs);
    if (cr.renewal.supersededBy) knownCredential(`${w} renewal.supersededBy`, cr.renewal.supersededBy);
    if (cr.eligibility.apprentice) knownCredential(`${w} apprentice`, cr.eligibility.apprentice.designation);
  }
  const stepIds = new Set<string>();
  for (const s of k.data.steps) {
    if (stepIds.has(s.id)) problems.push(`career.json: duplicate step id ${s.id}`);
    stepIds.add(s.id);
    checkProvenance(`career step ${s.id}`, s.provenance);
    for (const id of s.relatedCredentials) knownCredential(`career step ${s.id}`, id);
  }
  const figureIds = new Set<string>();
  for (const f of o.data.figures) {
    if (figureIds.has(f.id)) problems.push(`outlook.json: duplicate figure id ${f.id}`);
    figureIds.add(f.id);
    checkProvenance(`outlook figure ${f.id}`, f.provenance);
  }
  if (problems.length) throw new GuidanceDataError(problems);

  return {
    credentials: c.data.credentials,
    bodies: c.data.bodies,
    career: k.data.steps,
    outlook: { occupationNote: o.data.occupationNote, figures: o.data.figures },
    sources,
    credentialById,
    bodyById,
  };
}

let cached: GuidanceData | undefined;

/** The bundled data, validated once per process (throws GuidanceDataError if a data file is broken). */
export function loadGuidanceData(): GuidanceData {
  cached ??= buildGuidanceData({ credentials: credentialsJson, career: careerJson, outlook: outlookJson });
  return cached;
}

/** Every http(s) URL the guide may open: the source registry. Anything else is refused. */
export function allowedExternalUrls(data: GuidanceData): ReadonlySet<string> {
  return new Set(Object.values(data.sources).map((s) => s.url));
}
