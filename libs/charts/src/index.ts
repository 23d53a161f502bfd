export * from './chart';
export * from './chart-html';
