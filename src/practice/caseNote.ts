// The read-only case document a trainee codes from: title, patient, setting, payer, date of service,
// exam areas, then the note exactly as written. Pure; the answer key is never part of it.
import { bundledPayers } from '../reference';
import { domainName } from './data';
import type { PracticeCase } from './model';

export interface CaseNoteText {
  text: string;
  /** Document lines above the note's first line (hint pointers add it). */
  noteOffset: number;
}

const DIFFICULTY = { 1: 'first week', 2: 'practice', 3: 'exam level' } as const;

export function renderCaseNote(c: PracticeCase, domainName: (id: string) => string = (d) => d, payerName?: string): CaseNoteText {
  const i = c.case;
  const head = [
    `CASE ${i.id}: ${i.title}`,
    `Patient: ${i.patient.sex === 'F' ? 'female' : 'male'}, born ${i.patient.birthDate}`,
    `Setting: ${i.setting} · Specialty: ${i.specialty}`,
    `Payer: ${payerName ? `${payerName} (${i.payerId})` : i.payerId} · Date of service: ${i.dateOfService}`,
    `Exam areas: ${i.examDomains.map(domainName).join('; ')}`,
    `Difficulty: ${i.difficulty} of 3 (${DIFFICULTY[i.difficulty]})`,
    'Fictional documentation written for practice. This view is read-only.',
    '',
    'NOTE',
  ];
  const note = c.note.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  return { text: `${head.join('\n')}\n${note}\n`, noteOffset: head.length };
}

/** The bundled practice payer's name for an id (undefined for an unknown payer). */
export function casePayerName(id: string): string | undefined {
  return bundledPayers().find((p) => p.id.toUpperCase() === id.toUpperCase())?.name;
}

/** The case note as the editor shows it: exam areas and the payer by name. */
export function caseNoteFor(c: PracticeCase): CaseNoteText {
  return renderCaseNote(c, domainName, casePayerName(c.case.payerId));
}
