export * from './adjudicate';
export * from './history';
export { formatResultText } from './format';
export { explainCode } from './reasonCodes';
