import path from 'node:path';

/** Everything the server reads from the environment; secrets come only from here. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… switches from the embedded PGlite to a PostgreSQL server. */
  databaseUrl: string | undefined;
  attachmentStorage: 'database' | 'disk';
  attachmentMaxBytes: number;
  sessionTtlHours: number;
  /** Set when the server sits behind TLS: marks cookies Secure and sends HSTS. */
  behindTls: boolean;
  loginMaxFailures: number;
  loginLockMinutes: number;
  logLevel: string;
  /** How often the scheduler looks for due reminders; 0 turns it off (tests drive it by hand). */
  schedulerIntervalSeconds: number;
  /** smtp://user:pass@host:port — e-mail notifications are sent only when this is set. */
  smtpUrl: string | undefined;
  /** Login attempts per minute for one account from one address. */
  loginRateLimitPerMinute: number;
  /** New proposals per minute per account (the night before the deadline included). */
  draftRateLimitPerMinute: number;
  mailFrom: string;
  /** An SMS gateway's HTTP endpoint (see notifications/sms.ts); SMS are sent only when set. */
  smsWebhookUrl: string | undefined;
  /** Sent as a bearer token to the SMS gateway, when set. */
  smsWebhookToken: string | undefined;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    attachmentStorage: env.ATTACHMENT_STORAGE === 'disk' ? 'disk' : 'database',
    attachmentMaxBytes: Number(env.ATTACHMENT_MAX_BYTES ?? 20 * 1024 * 1024),
    sessionTtlHours: Number(env.SESSION_TTL_HOURS ?? 12),
    behindTls: env.BEHIND_TLS === '1' || env.BEHIND_TLS === 'true',
    loginMaxFailures: Number(env.LOGIN_MAX_FAILURES ?? 5),
    loginLockMinutes: Number(env.LOGIN_LOCK_MINUTES ?? 15),
    logLevel: env.LOG_LEVEL ?? 'info',
    schedulerIntervalSeconds: Number(env.SCHEDULER_INTERVAL_SECONDS ?? 60),
    smtpUrl: env.SMTP_URL || undefined,
    loginRateLimitPerMinute: Number(env.LOGIN_RATE_LIMIT_PER_MINUTE ?? 20),
    draftRateLimitPerMinute: Number(env.DRAFT_RATE_LIMIT_PER_MINUTE ?? 60),
    mailFrom: env.MAIL_FROM ?? '建言提案系统 <noreply@localhost>',
    smsWebhookUrl: env.SMS_WEBHOOK_URL || undefined,
    smsWebhookToken: env.SMS_WEBHOOK_TOKEN || undefined,
  };
}
