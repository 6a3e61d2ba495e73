// compat re-export: remove after parallel branches merge (moved to src/util/stableJson.ts, below
// every layer, so the mock payer no longer imports from the webview protocol folder)
export { stableJson } from '../util/stableJson';
