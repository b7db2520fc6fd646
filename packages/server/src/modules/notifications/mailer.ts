import nodemailer from 'nodemailer';
import type { Db } from '../../db/database.js';
import { claimUnsentEmails, markEmailed } from './notifications.queries.js';

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** An SMTP mailer (smtp://user:pass@host:port, as configured by SMTP_URL). */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(m) {
      await transport.sendMail({ from, to: m.to, subject: m.subject, text: m.text });
    },
  };
}

/** An SMS gateway plugs in here the same way: one send per notification. */
export type SmsSender = (to: string, text: string) => Promise<void>;

/**
 * Sends the notifications waiting for e-mail, each in its own transaction that locks it, sends
 * and marks it sent. A failure leaves it for the next pass.
 */
export async function sendPendingEmails(
  db: Db,
  mailer: Mailer,
  now: Date,
  batch = 20,
): Promise<number> {
  let sent = 0;
  for (;;) {
    const n = await db.transaction(async (tx) => {
      const rows = await claimUnsentEmails(tx, now, batch);
      for (const r of rows) {
        await mailer.send({
          to: r.email!,
          subject: `【建言】${r.title}`,
          text: `${r.displayName}：\n\n${r.title}\n\n请登录建言提案办理平台查看。`,
        });
        await markEmailed(tx, r.bodyId, r.notificationId, now);
      }
      return rows.length;
    });
    sent += n;
    if (n < batch) {
      return sent;
    }
  }
}
