export * from './proposal-lifecycle.js';
export * from './vocabulary.js';
export * from './api-error.js';
export * from './lifecycle-diagram.js';
export * from './speech-lifecycle.js';
export * from './duty.js';
export * from './supervision.js';
