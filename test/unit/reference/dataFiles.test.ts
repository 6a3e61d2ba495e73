// The data manifest (src/model/dataFiles.ts) lists every bundled data file, each fits its schema
// and names where its facts come from and as of when.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { DATA_FILES, dataLoader } from '../../../src/model/dataFiles';

const root = path.resolve(__dirname, '../../..');

describe('data files (src/model/dataFiles.ts)', () => {
  it('lists exactly the files of data/', () => {
    const onDisk = fs.readdirSync(path.join(root, 'data')).filter((f) => f.endsWith('.json')).map((f) => `data/${f}`).sort();
    assert.deepStrictEqual(Object.values(DATA_FILES).map((d) => d.file).sort(), onDisk);
  });

  for (const [name, d] of Object.entries(DATA_FILES)) {
    it(`${d.file} fits its schema and names its source and year`, () => {
      const json = JSON.parse(fs.readFileSync(path.join(root, d.file), 'utf8'));
      const r = d.schema.safeParse(json);
      assert.ok(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3)));
      if (json.meta) {
        assert.ok(typeof json.meta.source === 'string' && json.meta.source.length > 0, `${name}: meta.source`);
        assert.match(String(json.meta.asOf ?? json.meta.fiscalYear), /^\d{4}/, `${name}: meta.asOf`);
      } else {
        // Guide files cite a source per figure: each has a list of sources with a URL and a date.
        const sources = Object.values(json.sources ?? {}) as { url?: string; accessed?: string; retrieved?: string }[];
        assert.ok(sources.length > 0, `${name}: sources`);
        for (const s of sources) assert.ok(s.url, `${name}: a source without a URL`);
      }
    });
  }

  it('the loader names the file and the first problem of a broken file', () => {
    assert.throws(() => dataLoader('pos', { meta: {} })(), /^Error: data\/pos\.json is invalid at /);
  });
});
