export * from './domain-error';
export * from './clock';
export * from './aggregate-root';
export * from './keyed-hash';
export * from './page';
export * from './strategy/strategy-diff';
export * from './dutch-text';
