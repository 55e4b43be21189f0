export * from './types';
export * from './card';
export * from './progress';
export * from './schema';
export * from './versions';
export * from './records';
export * from './step-ids';
