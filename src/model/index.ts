export * from './diagnostic.js';
export type * from './document.js';
export type * from './unit.js';
export type * from './glossary.js';
export type * from './progress.js';
