export * from './common';
export * from './dossier';
export * from './json';
export * from './school';
