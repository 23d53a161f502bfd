import { join } from 'node:path';

/** The platform's processes, in start order (the portal last: it fronts the others). */
export const SERVICES = [
  { name: 'loket', port: 3001, database: 'loket' },
  { name: 'proposals', port: 3002, database: 'proposals' },
  { name: 'comments', port: 3003, database: 'comments' },
  { name: 'review', port: 3004, database: 'review' },
  { name: 'portal', port: 3000, database: null },
] as const;

export type ServiceName = (typeof SERVICES)[number]['name'];

export const ROOT = join(__dirname, '..', '..');

export const distEntry = (name: string): string => join(ROOT, 'dist', 'apps', name, 'src', 'main.js');
