export * from './common';
export * from './dossier';
export * from './json';
export * from './school';
export * from './monitoring';
export * from './takedown-guidance';
export * from './exchange';
export * from './letters';
