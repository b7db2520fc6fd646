import fs from 'node:fs';

/**
 * CPU time used by a process and its descendants (Linux /proc), in milliseconds. The machine the
 * benchmark runs on is shared, so wall-clock rates say as much about the neighbours as about
 * Jianyan; CPU time per request does not, and bounds what an idle machine could do.
 */
const TICK_MS = 10; // USER_HZ is 100 on Linux

interface ProcStat {
  pid: number;
  ppid: number;
  ticks: number;
}

function readStat(pid: number): ProcStat | undefined {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces; the fields after its closing parenthesis do not.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(fields[i - 3]);
    // utime, stime, and the children it has waited for (cutime, cstime): fields 14–17.
    return { pid, ppid: n(4), ticks: n(14) + n(15) + n(16) + n(17) };
  } catch {
    return undefined;
  }
}

function allStats(): ProcStat[] {
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readStat(Number(d)))
    .filter((s): s is ProcStat => s !== undefined);
}

export function treeCpuMs(rootPid: number): number {
  const stats = allStats();
  const children = new Map<number, ProcStat[]>();
  for (const s of stats) {
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  }
  let ticks = 0;
  const visit = (pid: number) => {
    const own = stats.find((s) => s.pid === pid);
    ticks += own?.ticks ?? 0;
    for (const c of children.get(pid) ?? []) {
      visit(c.pid);
    }
  };
  visit(rootPid);
  return ticks * TICK_MS;
}

/** The postmaster listening on `port` (the throw-away cluster of the benchmark). */
export function postmasterPid(port: number): number | undefined {
  for (const d of fs.readdirSync('/proc').filter((x) => /^\d+$/.test(x))) {
    try {
      const argv = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0');
      if (argv[0]?.endsWith('/postgres') && argv.includes('-p') && argv.includes(String(port))) {
        return Number(d);
      }
    } catch {
      // the process ended while we looked
    }
  }
  return undefined;
}
