export * from './chart';
export * from './chart-html';
export * from './review-charts';
