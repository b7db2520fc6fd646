import nodemailer from 'nodemailer';
import type { Db } from '../../db/database.js';
import { deliverPending } from './delivery.js';
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

/** Sends the notifications waiting for e-mail (see `deliverPending`). */
export function sendPendingEmails(db: Db, mailer: Mailer, now: Date): Promise<number> {
  return deliverPending(db, {
    claim: (tx, limit) => claimUnsentEmails(tx, now, limit),
    send: (r) =>
      mailer.send({
        to: r.email!,
        subject: `【建言】${r.title}`,
        text: `${r.displayName}：\n\n${r.title}\n\n请登录建言提案办理平台查看。`,
      }),
    markSent: (tx, r) => markEmailed(tx, r.bodyId, r.notificationId, now),
  });
}
