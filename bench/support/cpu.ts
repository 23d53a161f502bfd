/**
 * CPU time used by the processes of this machine, per kind (node, postgres, java for Kafka), read
 * from /proc: on a shared machine whose speed changes from minute to minute, the CPU an operation
 * costs is a steadier figure than its wall time, and it says which side to work on.
 */
import { readdirSync, readFileSync } from 'node:fs';

const KINDS = ['node', 'postgres', 'java'] as const;
export type CpuKind = (typeof KINDS)[number];
export type CpuTimes = Record<CpuKind, number>;

/** Seconds of CPU (user + system) per kind: the live processes of that kind and the children they reaped. */
export function cpuTimes(): CpuTimes {
  const ticks = 100; // USER_HZ: 100 on every Linux this runs on (getconf CLK_TCK)
  const out: CpuTimes = { node: 0, postgres: 0, java: 0 };
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // "pid (comm) state ..." — comm may hold spaces, so split after the last ')'.
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const kind = KINDS.find((k) => comm.startsWith(k));
    if (!kind) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime, and the children's it has reaped (cutime, cstime): a PostgreSQL backend or a
    // replay reader that ended meanwhile is still counted, in its parent (postmaster, the bench).
    out[kind] += (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / ticks;
  }
  return out;
}

/** Microseconds of CPU per item, per kind, between two readings. */
export function cpuPerItem(before: CpuTimes, after: CpuTimes, items: number): string {
  return KINDS.map((k) => `${k} ${(((after[k] - before[k]) * 1e6) / Math.max(items, 1)).toFixed(0)}`).join(', ');
}
