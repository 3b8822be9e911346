export * from './common.ts';
export * from './location.ts';
export * from './program.ts';
export * from './service.ts';
export * from './settings.ts';
