// What the engine bench bundles: the engine and the bundled code-set loader, so the engine is timed
// as the CLI and the editor run it (each service line checked against its ICD-10-CM year).
export { lintText } from '../../src/engine/lint';
export { bundledCodeSets } from '../../src/node/bundledCodeSets';
