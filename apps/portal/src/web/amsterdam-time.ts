/**
 * A `datetime-local` value (what a coordinator types, in Dutch time) as ISO 8601 with the
 * Europe/Amsterdam offset of that moment (+01:00 in winter, +02:00 in summer).
 */
export function amsterdamLocalToIso(local: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s] = m;
  const asUtc = Date.UTC(+y, +mo - 1, +d, +h, +mi, +(s ?? 0));
  // The offset at the UTC instant that shows this wall-clock time; one correction pass covers DST edges.
  let offset = offsetMinutes(new Date(asUtc));
  offset = offsetMinutes(new Date(asUtc - offset * 60000));
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const AMSTERDAM_PARTS = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

function offsetMinutes(at: Date): number {
  const parts = AMSTERDAM_PARTS.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((wall - at.getTime()) / 60000);
}

/** The other way round, for showing a stored moment in a `datetime-local` field. */
export function isoToAmsterdamLocal(iso: string | undefined): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  const local = new Date(at.getTime() + offsetMinutes(at) * 60000);
  return local.toISOString().slice(0, 16);
}
