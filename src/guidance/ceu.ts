// CEU requirements per certifying body (with each body's combined-credential rule) and the status of
// a 2-year cycle against a CEU log. Pure: no vscode, no Node built-ins.
import type { Body, CeuEntry, Credential } from '../model/guidance';
import { loadGuidanceData, type GuidanceData } from './data';
import { addDays, addMonths, daysBetween } from '../util/dates';

export interface TopicRequirement {
  credentialId: string;
  ceus: number;
  topic: string;
}

export interface BodyRequirement {
  body: Body;
  /** Credentials counted for the rule, after apprentice → full and superseded credentials are folded in. */
  counted: string[];
  /** CEUs required per cycle; null when the source does not say. */
  required: number | null;
  cycleYears: number;
  /** How the number was worked out, e.g. "3 credentials → 44 CEUs". */
  explanation: string;
  topics: TopicRequirement[];
  notes: string[];
  verified: boolean;
}

/** CEUs per cycle for the credentials held, one entry per body, in the data's body order. */
export function ceuRequirement(credentialsHeld: readonly string[], data: GuidanceData = loadGuidanceData()): BodyRequirement[] {
  const held = new Set(credentialsHeld.filter((id) => data.credentialById.has(id)));
  const byBody = new Map<Body, Credential[]>();
  const notes = new Map<Body, string[]>();
  const counted = new Set<string>();
  for (const id of held) {
    const cr = data.credentialById.get(id)!;
    const target = cr.renewal.countsAs ?? cr.id;
    if (cr.renewal.supersededBy && held.has(cr.renewal.supersededBy)) {
      (notes.get(cr.body) ?? notes.set(cr.body, []).get(cr.body)!).push(`${cr.id} is replaced by ${cr.renewal.supersededBy} and is not counted.`);
      continue;
    }
    if (counted.has(target)) continue;
    counted.add(target);
    const t = data.credentialById.get(target) ?? cr;
    if (!byBody.has(t.body)) byBody.set(t.body, []);
    byBody.get(t.body)!.push(t);
  }

  const out: BodyRequirement[] = [];
  for (const info of data.bodies) {
    const creds = byBody.get(info.id);
    if (!creds?.length) continue;
    const rule = info.ceuRule;
    const ids = creds.map((c) => c.id);
    const n = creds.length;
    let required: number | null;
    let explanation: string;
    if (rule.kind === 'table') {
      required = rule.byCount[Math.min(n, rule.byCount.length) - 1];
      explanation = `${n} credential${n === 1 ? '' : 's'} (${ids.join(', ')}) → ${required} CEUs per ${rule.cycleYears} years`;
    } else if (rule.kind === 'base-plus') {
      const alone = creds.map((c) => c.renewal.ceusAlone);
      if (alone.some((x) => x === null)) {
        required = null;
        explanation = 'Not known: one of the credentials has no confirmed CEU requirement';
      } else {
        const base = Math.max(...(alone as number[]));
        const baseId = creds[(alone as number[]).indexOf(base)].id;
        const raw = base + rule.perAdditional * (n - 1);
        required = Math.min(rule.cap, raw);
        explanation =
          n === 1
            ? `${baseId} alone → ${base} CEUs per ${rule.cycleYears} years`
            : `${baseId} ${base} + ${rule.perAdditional} × ${n - 1} additional = ${raw}${raw > rule.cap ? `, capped at ${rule.cap}` : ''} → ${required} CEUs per ${rule.cycleYears} years`;
      }
    } else {
      const alone = creds.map((c) => c.renewal.ceusAlone);
      required = alone.some((x) => x === null) ? null : (alone as number[]).reduce((a, b) => a + b, 0);
      explanation =
        required === null
          ? `Recertification every ${rule.cycleYears} years is described, but the CEU amount is not known`
          : `${ids.join(' + ')} → ${required} CEUs per ${rule.cycleYears} years${n > 1 ? ' (no combined rule known: summed)' : ''}`;
    }
    const topics: TopicRequirement[] = [];
    for (const c of creds) if (c.renewal.topicRequirement) topics.push({ credentialId: c.id, ...c.renewal.topicRequirement });
    out.push({
      body: info.id,
      counted: ids,
      required,
      cycleYears: rule.cycleYears,
      explanation,
      topics,
      notes: [...(notes.get(info.id) ?? []), ...rule.notes],
      verified: rule.provenance.verified && creds.every((c) => c.renewal.provenance.verified),
    });
  }
  return out;
}

export interface TopicStatus extends TopicRequirement {
  earned: number;
  met: boolean;
}

export interface CycleStatus extends BodyRequirement {
  cycleStart: string | null;
  /** Last day of the cycle (start + cycle years − 1 day); null when no start date is set. */
  cycleEnd: string | null;
  /** Days from asOf to cycleEnd (negative once the cycle has ended). */
  daysLeft: number | null;
  /** CEU hours logged in the cycle against this body's credentials (all entries if no start date). */
  earned: number;
  /** Max(0, required − earned); null when required is unknown. */
  remaining: number | null;
  entryIds: string[];
  /** Entries for this body's credentials that fall outside the cycle. */
  outsideCycle: number;
  topicStatus: TopicStatus[];
  status: 'met' | 'in-progress' | 'ended-short' | 'no-start-date' | 'unknown-requirement';
}

const round = (x: number) => Math.round(x * 100) / 100;

/**
 * Totals a CEU log against the requirement for each body whose credentials are held.
 * `cycleStart` is a start date per body (or one date used for every body).
 */
export function ceuCycleStatus(
  log: readonly CeuEntry[],
  credentialsHeld: readonly string[],
  cycleStart: string | Partial<Record<Body, string>>,
  asOf: string,
  data: GuidanceData = loadGuidanceData(),
): CycleStatus[] {
  const fold = (id: string) => data.credentialById.get(id)?.renewal.countsAs ?? id;
  return ceuRequirement(credentialsHeld, data).map((req) => {
    const start = typeof cycleStart === 'string' ? cycleStart : cycleStart[req.body] ?? null;
    const end = start ? addDays(addMonths(start, 12 * req.cycleYears), -1) : null;
    const bodyEntries = log.filter((e) => data.credentialById.get(fold(e.credentialId))?.body === req.body);
    const inCycle = start && end ? bodyEntries.filter((e) => e.date >= start && e.date <= end) : bodyEntries;
    const earned = round(inCycle.reduce((a, e) => a + e.hours, 0));
    const topicStatus = req.topics.map((t) => {
      const got = round(inCycle.filter((e) => fold(e.credentialId) === t.credentialId).reduce((a, e) => a + e.hours, 0));
      return { ...t, earned: got, met: got >= t.ceus };
    });
    const remaining = req.required === null ? null : round(Math.max(0, req.required - earned));
    const daysLeft = end ? daysBetween(asOf, end) : null;
    let status: CycleStatus['status'];
    if (req.required === null) status = 'unknown-requirement';
    else if (remaining === 0 && topicStatus.every((t) => t.met)) status = 'met';
    else if (!start) status = 'no-start-date';
    else if (daysLeft !== null && daysLeft < 0) status = 'ended-short';
    else status = 'in-progress';
    return {
      ...req,
      cycleStart: start,
      cycleEnd: end,
      daysLeft,
      earned,
      remaining,
      entryIds: inCycle.map((e) => e.id),
      outsideCycle: bodyEntries.length - inCycle.length,
      topicStatus,
      status,
    };
  });
}
