export * from './dutch-laws';
export * from './regulation-matcher';
