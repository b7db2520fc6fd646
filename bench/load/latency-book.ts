export interface Stats {
  count: number;
  ok: number;
  failures: string[];
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** Answers filed by kind of request: status counts and latencies, for the percentiles. */
export class LatencyBook {
  private kinds = new Map<string, { ms: number[]; statuses: Map<number, number> }>();
  private measured = new Map<string, Stats>();

  private allKinds() {
    return [...new Set([...this.kinds.keys(), ...this.measured.keys()])];
  }

  add(kind: string, status: number, ms: number) {
    let entry = this.kinds.get(kind);
    if (!entry) {
      entry = { ms: [], statuses: new Map() };
      this.kinds.set(kind, entry);
    }
    entry.ms.push(ms);
    entry.statuses.set(status, (entry.statuses.get(status) ?? 0) + 1);
  }

  /** A kind measured by another tool (wrk), which reports its percentiles itself. */
  addMeasured(kind: string, stats: Stats) {
    this.measured.set(kind, stats);
  }

  stats(kind: string): Stats | undefined {
    const measured = this.measured.get(kind);
    if (measured) {
      return measured;
    }
    const entry = this.kinds.get(kind);
    if (!entry || entry.ms.length === 0) {
      return undefined;
    }
    const sorted = [...entry.ms].sort((a, b) => a - b);
    const at = (p: number) =>
      sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
    let ok = 0;
    const failures: string[] = [];
    for (const [status, n] of entry.statuses) {
      if (status >= 200 && status < 300) {
        ok += n;
      } else {
        failures.push(`${n}×${status}`);
      }
    }
    return {
      count: sorted.length,
      ok,
      failures,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      max: sorted[sorted.length - 1]!,
    };
  }

  /** Answers that were not 2xx, over every kind except the spare reads that pad a finished connection. */
  errorCount() {
    let n = 0;
    for (const kind of this.allKinds()) {
      const s = this.stats(kind)!;
      n += s.count - s.ok;
    }
    return n;
  }

  /**
   * A table: one line per kind, throughput over the phase the kind belongs to: `submit` and kinds
   * ending in `@2` to the second phase, the others to the first.
   */
  table(prepareSeconds: number, submitSeconds: number) {
    const lines = ['kind      requests   ok/s     p50 ms   p95 ms   p99 ms   max ms   errors'];
    for (const kind of this.allKinds()) {
      const s = this.stats(kind)!;
      const secs = kind === 'submit' || kind.endsWith('@2') ? submitSeconds : prepareSeconds;
      lines.push(
        [
          kind.padEnd(9),
          String(s.count).padStart(8),
          (s.ok / secs).toFixed(1).padStart(7),
          s.p50.toFixed(0).padStart(8),
          s.p95.toFixed(0).padStart(8),
          s.p99.toFixed(0).padStart(8),
          s.max.toFixed(0).padStart(8),
          `   ${s.failures.join(', ') || '0'}`,
        ].join(' '),
      );
    }
    return lines.join('\n');
  }
}
