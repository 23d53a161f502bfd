export * from './dutch-laws';
export * from './eu-acts';
export * from './regulations';
export * from './regulation-matcher';
