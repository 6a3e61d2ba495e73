// The documented limits on what claimlint and the editor read (README "Limits"). Every claim and
// config text is checked against them BEFORE a parser library sees it, so any input, however hostile,
// costs bounded time and memory: a text past a limit gets one `syntax-error` finding that names the
// limit, and nothing else is read. Claims are small (a typical one is 1-2 KB, 40-80 lines, ~100
// entries); the limits are 100-1000 times that, so no real claim comes near them.
import type { Range } from '../model/text';
import type { ClaimFormat, SyntaxProblem } from './document';
import { scanJson, scanYaml } from './nesting';

import { LIMITS } from '../model/limits';

export type LimitName = keyof typeof LIMITS;

const n = (x: number) => x.toLocaleString('en-US');
const KIB = (x: number) => `${n(Math.round(x / 1024))} KiB`;

/** The wording every limit finding shares: what was exceeded and the limit's name in the README. */
export function limitMessage(what: string, name: LimitName): string {
  return `${what} (the limit "${name}" in the claimlint README's Limits section); it was not read further.`;
}

export function fileTooLargeMessage(): string {
  return limitMessage(`The file is larger than ${KIB(LIMITS.maxFileBytes)}`, 'maxFileBytes');
}

const X12_MIB = `${n(LIMITS.maxX12FileBytes / 2 ** 20)} MiB`;

/** The finding for an 837P past maxX12FileBytes (lint). */
export function x12FileTooLargeMessage(): string {
  return `${limitMessage(`The 837P file is larger than ${X12_MIB}`, 'maxX12FileBytes')} Split the batch into files of at most ${X12_MIB}.`;
}

/** The same limit as a reason clause, for "X cannot be read as an 837P: …" (import, hovers). */
export function x12TooLargeReason(): string {
  return `it is larger than ${X12_MIB} (the limit "maxX12FileBytes" in the claimlint README's Limits section); split the batch into files of at most ${X12_MIB}`;
}

/** Bytes of a text written as UTF-8, without encoding it (stops counting past `cap`). */
export function utf8Length(text: string, cap = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= cap; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** True when a text is larger than maxX12FileBytes as UTF-8 (O(1) unless it is close to it). */
export function x12TextTooLarge(text: string): boolean {
  if (text.length > LIMITS.maxX12FileBytes) return true;
  if (text.length * 3 <= LIMITS.maxX12FileBytes) return false;
  return utf8Length(text, LIMITS.maxX12FileBytes) > LIMITS.maxX12FileBytes;
}

export function tooDeepMessage(): string {
  return limitMessage(`The file is nested more than ${LIMITS.maxDepth} levels deep`, 'maxDepth');
}

export function tooManyNodesMessage(): string {
  return limitMessage(`The file's aliases expand to more than ${n(LIMITS.maxNodes)} values`, 'maxNodes');
}

export function tooManyServiceLinesMessage(count: number): string {
  return limitMessage(`The claim has ${n(count)} service lines, more than ${n(LIMITS.maxServiceLines)}`, 'maxServiceLines');
}

export function tooManyDiagnosesMessage(count: number): string {
  return limitMessage(`The claim has ${n(count)} diagnoses, more than ${n(LIMITS.maxDiagnoses)}`, 'maxDiagnoses');
}

/**
 * Limits on the claim's lists, checked once the text is parsed and before any rule runs (rules
 * compare lines and diagnoses with each other).
 */
export function checkValueLimits(value: unknown): { message: string; path: string } | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { services, diagnoses } = value as { services?: unknown; diagnoses?: unknown };
  if (Array.isArray(services) && services.length > LIMITS.maxServiceLines) return { message: tooManyServiceLinesMessage(services.length), path: 'services' };
  if (Array.isArray(diagnoses) && diagnoses.length > LIMITS.maxDiagnoses) return { message: tooManyDiagnosesMessage(diagnoses.length), path: 'diagnoses' };
  return undefined;
}

export const COMPLEX_KEY_MESSAGE =
  'Keys in a claim or config file must be plain words or quoted text: an explicit `? ` key or a list or map used as a key is not allowed.';

/** Counts lines up to `max + 1` (stops early). */
function linesOver(text: string, max: number): number {
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++lines > max) return i;
  }
  return -1;
}

/**
 * The first limit a text breaks, checked before parsing: size, lines, nesting, entries and (YAML)
 * complex keys. Linear in the text, never recursive.
 */
export function checkTextLimits(text: string, format: ClaimFormat): SyntaxProblem | undefined {
  const at = (start: number): Range => ({ start: Math.min(start, text.length), end: Math.min(text.length, start + 1) });
  if (text.length > LIMITS.maxChars) return { message: limitMessage(`The text is longer than ${n(LIMITS.maxChars)} characters`, 'maxChars'), range: at(0) };
  const overLine = linesOver(text, LIMITS.maxLines);
  if (overLine >= 0) return { message: limitMessage(`The file has more than ${n(LIMITS.maxLines)} lines`, 'maxLines'), range: at(overLine) };
  const found =
    format === 'json'
      ? scanJson(text, { maxDepth: LIMITS.maxDepth + 1, maxEntries: LIMITS.maxEntries })
      : scanYaml(text, { maxDepth: LIMITS.maxDepth, maxEntries: LIMITS.maxEntries, plainKeys: true });
  if (!found) return undefined;
  switch (found.problem) {
    case 'depth':
      return { message: tooDeepMessage(), range: at(found.at) };
    case 'entries':
      return { message: limitMessage(`The file has more than ${n(LIMITS.maxEntries)} keys and list items`, 'maxEntries'), range: at(found.at) };
    case 'key':
      return { message: COMPLEX_KEY_MESSAGE, range: at(found.at) };
  }
}
