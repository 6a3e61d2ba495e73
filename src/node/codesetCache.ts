// INTERIM placeholder so the tree type-checks while the data engineer's implementation lands.
// The data engineer owns this file: replace it wholesale.
import type { IcdCodeSet } from '../codesets';

export async function loadOfficialCodeSet(filePath: string, cacheDir: string): Promise<{ codeSet: IcdCodeSet; fromCache: boolean; ms: number }> {
  void cacheDir;
  throw new Error(`official ICD-10-CM files are not supported yet (${filePath})`);
}
