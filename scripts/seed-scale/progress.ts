/**
 * One line of progress, redrawn in place on a terminal (a line per tenth elsewhere, so CI logs stay
 * short): `reports  [#####.....]  48 000/120 000  40%  812/s  ETA 1m29s`. The rate is over the
 * items done in this process (a resumed run does not count the batches it skipped as speed).
 */
export interface ProgressLine {
  label: string;
  done: number;
  total: number;
  /** Items done by this process and the seconds it took them. */
  doneHere: number;
  seconds: number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (h) return `${h}h${String(m).padStart(2, '0')}m`;
  return m ? `${m}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

const grouped = (n: number): string => Math.round(n).toLocaleString('en-GB').replace(/,/g, ' ');

export function renderProgress(p: ProgressLine, width = 24): string {
  const share = p.total ? Math.min(1, p.done / p.total) : 1;
  const filled = Math.round(share * width);
  const rate = p.seconds > 0 ? p.doneHere / p.seconds : 0;
  const left = rate > 0 ? (p.total - p.done) / rate : Number.POSITIVE_INFINITY;
  return `${p.label.padEnd(10)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${grouped(p.done)}/${grouped(p.total)} ${String(Math.floor(share * 100)).padStart(3)}%  ${grouped(rate)}/s  ETA ${p.done >= p.total ? '0s' : formatDuration(left)}`;
}

export class Progress {
  private readonly started = Date.now();
  private doneHere = 0;
  private lastTenth = -1;

  constructor(
    private readonly label: string,
    private done: number,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stdout,
  ) {
    this.draw();
  }

  add(n: number): void {
    this.done += n;
    this.doneHere += n;
    this.draw();
  }

  finish(): void {
    if (this.out.isTTY) this.out.write('\n');
  }

  private draw(): void {
    const line = renderProgress({ label: this.label, done: this.done, total: this.total, doneHere: this.doneHere, seconds: (Date.now() - this.started) / 1000 });
    if (this.out.isTTY) {
      this.out.write(`\r${line}\x1b[K`);
      return;
    }
    const tenth = this.total ? Math.floor((this.done / this.total) * 10) : 10;
    if (tenth !== this.lastTenth) {
      this.lastTenth = tenth;
      this.out.write(`${line}\n`);
    }
  }
}
