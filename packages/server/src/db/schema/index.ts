export * from './bodies.js';
export * from './people.js';
export * from './proposals.js';
export * from './handling.js';
export * from './records.js';
export * from './speeches.js';
export * from './notifications.js';
export * from './duty.js';
