// The 837P commands: export a claim, import an 837P file, the live 837P preview, and the payer's
// answer in X12. The 837P feature (src/extension/x12/) does the work.
import type { Services } from './services';

export const exportClaim837p = (s: Services, arg?: unknown, options?: unknown) => s.x12.exportClaim(arg, options);
export const import837p = (s: Services, arg?: unknown, options?: unknown) => s.x12.importClaims(arg, options);
export const show837pPreview = (s: Services, arg?: unknown) => s.x12.showPreview(arg);
export const openX12Answer = (s: Services, id?: unknown) => s.x12.openAnswer(id);
