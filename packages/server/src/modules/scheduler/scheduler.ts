import type { Db } from '../../db/database.js';
import { sendPendingEmails, type Mailer } from '../notifications/mailer.js';
import { sendPendingSms, type SmsSender } from '../notifications/sms.js';
import {
  runDeadlineJob,
  runFeedbackWindowJob,
  sweepDeadlines,
  sweepFeedbackWindows,
} from './deadline-reminders.js';
import { runSupervisionJob, sweepSupervision } from '../supervision/supervision-reminders.js';
import { claimNext, fail, finish } from './jobs.queries.js';

const HANDLERS: Record<string, typeof runDeadlineJob> = {
  reminder: runDeadlineJob,
  overdue: runDeadlineJob,
  feedback_window: runFeedbackWindowJob,
  supervision_reminder: runSupervisionJob,
  supervision_overdue: runSupervisionJob,
};

/**
 * One pass of the scheduler: schedule what the deadlines call for, then run every due job, each
 * in its own transaction that claims the row (SKIP LOCKED, so two server processes never take the
 * same one), does the work and marks it done. A process killed mid-job rolls back; the job runs
 * again on the next pass. Returns how many jobs ran.
 */
export async function runSchedulerOnce(
  db: Db,
  now: Date,
  mailer?: Mailer,
  sms?: SmsSender,
): Promise<number> {
  await db.transaction(async (tx) => {
    await sweepDeadlines(tx, now);
    await sweepFeedbackWindows(tx, now);
    await sweepSupervision(tx, now);
  });
  let ran = 0;
  for (;;) {
    const outcome = await db.transaction(async (tx) => {
      const job = await claimNext(tx, now);
      if (!job) {
        return 'idle' as const;
      }
      const handler = HANDLERS[job.kind];
      try {
        if (!handler) {
          throw new Error(`no handler for job kind ${job.kind}`);
        }
        await tx.transaction((inner) => handler(inner, job, now));
        await finish(tx, job, now);
      } catch (err) {
        await fail(
          tx,
          job,
          err instanceof Error ? err.message : String(err),
          new Date(now.getTime() + 5 * 60_000),
        );
      }
      return 'ran' as const;
    });
    if (outcome === 'idle') {
      // Each channel on its own: a mail server that is down does not hold back the SMS.
      const sending = await Promise.allSettled([
        mailer && sendPendingEmails(db, mailer, now),
        sms && sendPendingSms(db, sms, now),
      ]);
      const failed = sending.find((s) => s.status === 'rejected');
      if (failed) {
        throw failed.reason;
      }
      return ran;
    }
    ran += 1;
  }
}

/** Runs the scheduler now (catching up on anything missed while down) and then every interval. */
export function startScheduler(
  db: Db,
  opts: {
    intervalMs: number;
    now?: () => Date;
    mailer?: Mailer;
    sms?: SmsSender;
    onError?: (e: unknown) => void;
  },
) {
  const now = opts.now ?? (() => new Date());
  let running = false;
  const tick = async () => {
    if (running) {
      return;
    }
    running = true;
    try {
      await runSchedulerOnce(db, now(), opts.mailer, opts.sms);
    } catch (e) {
      opts.onError?.(e);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), opts.intervalMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
