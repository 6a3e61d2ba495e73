import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import bookJson from '../../../data/icd10cm-practice.json';
import { flagsFromRules, practiceBookData, practiceCodeBook, practiceSortedBook } from '../../../src/codesets';
import { compactIcd, dottedIcd } from '../../../src/codesets/icd';
import { IcdBookSchema } from '../../../src/model/reference';

const compact = (c: string) => c.replace('.', '');

/** Ancestors of a compact code that exist in ICD-10-CM: every shorter prefix of 3+ characters, minus placeholder-X levels. */
function ancestors(c: string): string[] {
  const out: string[] = [];
  for (let n = 3; n < c.length; n++) {
    const p = c.slice(0, n);
    if (n >= 4 && p.endsWith('X')) continue;
    out.push(p);
  }
  return out;
}

describe('codesets: practice code book data', () => {
  const data = IcdBookSchema.parse(bookJson);
  const byCode = new Map(data.codes.map((e) => [compact(e.code), e]));

  it('validates against its schema and says what it is', () => {
    assert.strictEqual(data.meta.source, 'CDC/NCHS ICD-10-CM FY2026 tabular');
    assert.strictEqual(data.meta.fiscalYear, 2026);
    assert.match(data.meta.note, /curated practice subset/);
    assert.ok(data.meta.flagRules.every((r) => r.basis.length > 40), 'every flag family names its source');
  });

  it('holds at least 300 billable codes and no duplicates', () => {
    assert.ok(data.codes.filter((e) => e.billable).length >= 300);
    assert.strictEqual(byCode.size, data.codes.length);
  });

  it('lists every billable code’s headers (category and subcategories), all non-billable', () => {
    for (const e of data.codes.filter((x) => x.billable)) {
      for (const p of ancestors(compact(e.code))) {
        const h = byCode.get(p);
        assert.ok(h, `${e.code}: header ${dottedIcd(p)} missing`);
        assert.strictEqual(h.billable, false, `${e.code}: ancestor ${h.code} is marked billable`);
      }
    }
  });

  it('has no header without a billable code under it', () => {
    for (const h of data.codes.filter((x) => !x.billable)) {
      const c = compact(h.code);
      assert.ok(
        data.codes.some((e) => e.billable && compact(e.code).startsWith(c)),
        `${h.code} has no billable descendant`,
      );
    }
  });

  it('writes codes with the dot after the 3rd character; 7th characters and placeholder X where required', () => {
    for (const e of data.codes) assert.match(e.code, /^[A-Z][0-9A-Z]{2}(\.[0-9A-Z]{1,4})?$/, e.code);
    for (const c of ['S52.501A', 'S52.501D', 'S52.501S', 'S93.401A', 'S06.0X0A', 'T78.40XA', 'W19.XXXA', 'V43.52XA', 'S02.2XXB']) {
      assert.strictEqual(byCode.get(compact(c))?.billable, true, c);
    }
  });

  it('covers the training areas the practice claims need', () => {
    const want = ['I10', 'E78.5', 'J06.9', 'E11.9', 'E11.65', 'E11.22', 'N18.31', 'J44.1', 'J45.909', 'I50.9', 'O80', 'Z34.01', 'Z3A.20', 'P59.9', 'Z00.121', 'Z00.129', 'Z38.00', 'F32.A', 'F41.1', 'F41.9', 'F90.0', 'Y92.009', 'Z00.00', 'Z00.01', 'Z23', 'Z79.4'];
    for (const c of want) assert.strictEqual(byCode.get(compact(c))?.billable, true, c);
    for (const c of ['E11', 'E11.6', 'J06', 'N18', 'N18.3', 'Z34', 'Z3A', 'I50']) assert.strictEqual(byCode.get(compact(c))?.billable, false, c);
  });

  it('every entry’s age/sex flags are exactly what the flag rules give it', () => {
    for (const e of data.codes) {
      const f = flagsFromRules(e.code, data.meta.flagRules) ?? {};
      assert.deepStrictEqual({ sex: e.sex, ageMin: e.ageMin, ageMax: e.ageMax }, { sex: f.sex, ageMin: f.ageMin, ageMax: f.ageMax }, e.code);
    }
  });

  it('flags newborn, pediatric, maternity and sex-specific codes', () => {
    assert.deepStrictEqual([byCode.get('P599')?.ageMin, byCode.get('P599')?.ageMax], [undefined, undefined], 'perinatal codes are not newborn-only (guideline I.C.16.a)');
    assert.deepStrictEqual([byCode.get('Z3800')?.ageMin, byCode.get('Z3800')?.ageMax], [0, 0]);
    assert.deepStrictEqual([byCode.get('Z00121')?.ageMin, byCode.get('Z00121')?.ageMax], [0, 17]);
    const o80 = byCode.get('O80')!;
    assert.deepStrictEqual([o80.sex, o80.ageMin, o80.ageMax], ['F', 9, 64]);
    assert.strictEqual(byCode.get('Z3401')?.sex, 'F');
    assert.strictEqual(byCode.get('N400')?.sex, 'M');
    assert.strictEqual(byCode.get('N40')?.sex, 'M');
    assert.strictEqual(byCode.get('C50911')?.sex, 'F');
    assert.strictEqual(byCode.get('C50921')?.sex, 'M');
    assert.strictEqual(byCode.get('E119')?.sex, undefined);
  });
});

describe('codesets: practiceCodeBook()', () => {
  const book = practiceCodeBook();

  it('is memoized and labelled for the status bar', () => {
    assert.strictEqual(practiceCodeBook(), book);
    assert.strictEqual(book.official, false);
    assert.strictEqual(book.id, 'practice');
    assert.strictEqual(book.billableCount, practiceBookData().codes.filter((e) => e.billable).length);
    assert.strictEqual(book.label, `ICD-10-CM practice code book (${book.billableCount} codes)`);
  });

  it('normalizes and formats codes', () => {
    assert.strictEqual(compactIcd(' e11.9 '), 'E119');
    assert.strictEqual(dottedIcd('e119'), 'E11.9');
    assert.strictEqual(dottedIcd('I10'), 'I10');
    assert.strictEqual(dottedIcd('s52501a'), 'S52.501A');
  });

  it('get() accepts any case, with or without the dot, padded', () => {
    for (const q of ['e119', 'E11.9', ' E11.9 ', 'E119']) assert.strictEqual(book.get(q)?.code, 'E11.9', q);
    assert.deepStrictEqual(book.get('E11.9'), { code: 'E11.9', title: 'Type 2 diabetes mellitus without complications', billable: true });
    assert.strictEqual(book.get('E11')?.billable, false);
    assert.strictEqual(book.get('E11.99'), undefined);
    assert.strictEqual(book.get(''), undefined);
    assert.strictEqual(book.get('not a code'), undefined);
  });

  it('billableDescendants() names deeper codes under a header, nearest first, with a limit', () => {
    const under = book.billableDescendants('E11.6').map((e) => e.code);
    assert.deepStrictEqual(under, ['E11.65', 'E11.69', 'E11.621', 'E11.649']);
    assert.deepStrictEqual(book.billableDescendants('E11', 2).map((e) => e.code), ['E11.8', 'E11.9']);
    assert.strictEqual(book.billableDescendants('E11', 3).length, 3);
    assert.ok(book.billableDescendants('E11').length > 10);
    assert.deepStrictEqual(book.billableDescendants('E11.9'), []);
    assert.deepStrictEqual(book.billableDescendants('j06').map((e) => e.code), ['J06.0', 'J06.9']);
  });

  it('search by words finds titles (type 2 diabetes → E11.9), billable first', () => {
    const hits = book.search('type 2 diabetes', 10);
    assert.ok(hits.some((e) => e.code === 'E11.9'), hits.map((e) => e.code).join());
    assert.ok(hits.every((e) => e.title.toLowerCase().includes('type 2 diabetes')));
    assert.ok(hits.slice(0, 5).some((e) => e.code === 'E11.9'));
    const first = book.search('hypertension', 50);
    const firstHeader = first.findIndex((e) => !e.billable);
    assert.ok(firstHeader === -1 || first.slice(firstHeader).every((e) => !e.billable), 'billable before headers');
    assert.strictEqual(book.search('Essential hypertension', 5)[0]?.code, 'I10');
  });

  it('search by code prefix returns the exact code first, then billable codes, then headers', () => {
    const hits = book.search('E11', 40);
    assert.strictEqual(hits[0].code, 'E11');
    const rest = hits.slice(1);
    const firstHeader = rest.findIndex((e) => !e.billable);
    assert.ok(firstHeader > 0);
    assert.ok(rest.slice(firstHeader).every((e) => !e.billable));
    assert.ok(rest.slice(0, firstHeader).every((e) => e.billable && e.code.startsWith('E11')));
    assert.strictEqual(book.search('e11.6', 3).length, 3);
    assert.strictEqual(book.search('E11', 5).length, 5);
    assert.deepStrictEqual(book.search('', 5), []);
    assert.deepStrictEqual(book.search('zzzzqqq', 5), []);
  });

  it('the sorted implementation lists every entry', () => {
    assert.strictEqual(practiceSortedBook().entries().length, practiceBookData().codes.length);
  });
});

describe('codesets: the practice book covers the bundled examples', () => {
  it('every diagnosis in examples/ is in the practice code book', () => {
    const dir = path.join(__dirname, '..', '..', '..', 'examples');
    const book = practiceCodeBook();
    const files = fs.readdirSync(dir).filter((f) => /\.claim\.(ya?ml|json)$/.test(f));
    assert.ok(files.length > 0);
    for (const f of files) {
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const block = /diagnoses"?\s*:\s*(\[[^\]]*\]|(?:\s*\n\s*- .*)+)/.exec(text)?.[1] ?? '';
      for (const code of block.match(/\b[A-Z][0-9][0-9A-Z](?:\.[0-9A-Z]{1,4})?\b/g) ?? []) assert.ok(book.get(code), `${f}: ${code}`);
    }
  });
});
