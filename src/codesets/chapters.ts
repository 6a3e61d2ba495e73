// The chapters of the ICD-10-CM Tabular List (CDC/NCHS, public domain): first and last category of
// each chapter and its heading, for the "chapter → category → subcategory" path of the code lookup.
// The order file has no chapter rows, so this short table is kept by hand (22 rows, stable since
// FY2016 apart from chapter 22, "Codes for special purposes", U00–U85).
import { compactIcd } from './icd';

export interface IcdChapter {
  number: number;
  /** First and last category, e.g. ['A00', 'B99']. */
  range: [string, string];
  title: string;
}

export const ICD10CM_CHAPTERS: readonly IcdChapter[] = [
  { number: 1, range: ['A00', 'B99'], title: 'Certain infectious and parasitic diseases' },
  { number: 2, range: ['C00', 'D49'], title: 'Neoplasms' },
  { number: 3, range: ['D50', 'D89'], title: 'Diseases of the blood and blood-forming organs and certain disorders involving the immune mechanism' },
  { number: 4, range: ['E00', 'E89'], title: 'Endocrine, nutritional and metabolic diseases' },
  { number: 5, range: ['F01', 'F99'], title: 'Mental, Behavioral and Neurodevelopmental disorders' },
  { number: 6, range: ['G00', 'G99'], title: 'Diseases of the nervous system' },
  { number: 7, range: ['H00', 'H59'], title: 'Diseases of the eye and adnexa' },
  { number: 8, range: ['H60', 'H95'], title: 'Diseases of the ear and mastoid process' },
  { number: 9, range: ['I00', 'I99'], title: 'Diseases of the circulatory system' },
  { number: 10, range: ['J00', 'J99'], title: 'Diseases of the respiratory system' },
  { number: 11, range: ['K00', 'K95'], title: 'Diseases of the digestive system' },
  { number: 12, range: ['L00', 'L99'], title: 'Diseases of the skin and subcutaneous tissue' },
  { number: 13, range: ['M00', 'M99'], title: 'Diseases of the musculoskeletal system and connective tissue' },
  { number: 14, range: ['N00', 'N99'], title: 'Diseases of the genitourinary system' },
  { number: 15, range: ['O00', 'O9A'], title: 'Pregnancy, childbirth and the puerperium' },
  { number: 16, range: ['P00', 'P96'], title: 'Certain conditions originating in the perinatal period' },
  { number: 17, range: ['Q00', 'Q99'], title: 'Congenital malformations, deformations and chromosomal abnormalities' },
  { number: 18, range: ['R00', 'R99'], title: 'Symptoms, signs and abnormal clinical and laboratory findings, not elsewhere classified' },
  { number: 19, range: ['S00', 'T88'], title: 'Injury, poisoning and certain other consequences of external causes' },
  { number: 20, range: ['V00', 'Y99'], title: 'External causes of morbidity' },
  { number: 21, range: ['Z00', 'Z99'], title: 'Factors influencing health status and contact with health services' },
  { number: 22, range: ['U00', 'U85'], title: 'Codes for special purposes' },
];

/** The chapter a code's category falls in (by category range), if any. */
export function chapterOf(code: string): IcdChapter | undefined {
  const cat = compactIcd(code).slice(0, 3);
  if (cat.length < 3) return undefined;
  return ICD10CM_CHAPTERS.find((c) => cat >= c.range[0] && cat <= c.range[1]);
}
