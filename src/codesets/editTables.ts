// The code-editor tables the engine gets through LintOptions.tables: the HCPCS Level II release,
// the MCE lists and the FY2027 Excludes notes. They are generated from data/sources/ by the build
// step (src/node/editTables.ts → dist/edit-tables/) and loaded by the CLI and the extension; the
// engine never reads files. Any table may be absent (a rule that needs it then says nothing).
// Pure: no fs, no vscode.
import { ExcludesTable, type ExcludesTableData } from './excludes';
import { HcpcsTable, type HcpcsTableData } from './hcpcsRelease';
import { MceTable, type MceTableData } from './mce';

export interface EditTables {
  hcpcs?: HcpcsTable;
  mce?: MceTable;
  excludes?: ExcludesTable;
}

export interface EditTablesData {
  hcpcs?: HcpcsTableData;
  mce?: MceTableData;
  excludes?: ExcludesTableData;
}

/** Table objects over parsed table data (each validated by its constructor). */
export function editTablesFrom(data: EditTablesData): EditTables {
  return {
    ...(data.hcpcs ? { hcpcs: new HcpcsTable(data.hcpcs) } : {}),
    ...(data.mce ? { mce: new MceTable(data.mce) } : {}),
    ...(data.excludes ? { excludes: new ExcludesTable(data.excludes) } : {}),
  };
}

export { ExcludesTable, HcpcsTable, MceTable };
export type { CodeSearchSource } from './hcpcsRelease';
