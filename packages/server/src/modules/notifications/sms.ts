import type { Db } from '../../db/database.js';
import { deliverPending } from './delivery.js';
import { claimUnsentSms, markSmsSent } from './notifications.queries.js';

/**
 * An SMS gateway. Every Chinese provider (阿里云短信, 腾讯云短信 …) has its own signed API and
 * approved templates, so the platform speaks one plain HTTP call and a small relay at the office
 * translates it for its provider; another adapter only has to implement `send`.
 */
export interface SmsSender {
  send(message: { to: string; text: string }): Promise<void>;
}

/**
 * POSTs `{"to", "text"}` as JSON to the gateway (SMS_WEBHOOK_URL), with a bearer token when one
 * is configured. Anything but a 2xx is a failure, and the message is tried again on the next pass.
 */
export function webhookSms(url: string, token?: string): SmsSender {
  return {
    async send(message) {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { Authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) {
        throw new Error(`SMS gateway answered ${res.status}`);
      }
    },
  };
}

/** Sends the deadline warnings waiting for SMS (see `deliverPending`). */
export function sendPendingSms(db: Db, sms: SmsSender, now: Date): Promise<number> {
  return deliverPending(db, {
    claim: (tx, limit) => claimUnsentSms(tx, now, limit),
    // Short, as a text message must be: the platform's name and the notice's title.
    send: (r) => sms.send({ to: r.mobile!, text: `【建言】${r.title}，请登录提案办理平台查看。` }),
    markSent: (tx, r) => markSmsSent(tx, r.bodyId, r.notificationId, now),
  });
}
