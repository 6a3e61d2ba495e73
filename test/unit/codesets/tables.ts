// The code-editor tables for unit tests, built in memory from the vendored sources (data/sources)
// with the same code as the build step, once per test run.
import * as path from 'path';
import { editTablesFrom, type EditTables, type EditTablesData } from '../../../src/codesets/editTables';
import { buildEditTablesData } from '../../../src/node/editTables';

export const SOURCES_DIR = path.join(__dirname, '..', '..', '..', 'data', 'sources');

let data: Required<EditTablesData> | undefined;
let tables: EditTables | undefined;

export function testTablesData(): Required<EditTablesData> {
  return (data ??= buildEditTablesData(SOURCES_DIR));
}

export function testTables(): EditTables {
  return (tables ??= editTablesFrom(testTablesData()));
}
