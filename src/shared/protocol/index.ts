export * from './types';
export * from './card';
export * from './progress';
