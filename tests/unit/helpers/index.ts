export * from './service';
export * from './scan';
export * from './seed';
export * from './tables';
