// Imported first by the extension and webview entry points. zod's JIT probes `new Function` (and
// reads `navigator`): under a webview's strict CSP the probe is reported as a policy violation, and in
// VS Code's extension host the `navigator` read logs a PendingMigrationError. Schemas are parsed at
// boundaries only (data files, settings, messages), so the interpreted parser costs nothing here.
import * as z from 'zod';

z.config({ jitless: true });
