import path from 'node:path';
import { AppError, fieldError } from './errors.js';

/** Everything the server reads from the environment; secrets come only from here. */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** postgres://… switches from the embedded PGlite to a PostgreSQL server. */
  databaseUrl: string | undefined;
  /** Where uploaded files go: the database row, or DATA_DIR/attachments (attachmentStorageFrom). */
  attachmentStorage: AttachmentStorage;
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

const ATTACHMENT_STORAGES = ['database', 'disk'] as const;
export type AttachmentStorage = (typeof ATTACHMENT_STORAGES)[number];
const isAttachmentStorage = (v: string): v is AttachmentStorage =>
  (ATTACHMENT_STORAGES as readonly string[]).includes(v);

/**
 * ATTACHMENT_STORAGE when set; otherwise files go to disk with the embedded database and into the
 * database with PostgreSQL. PGlite writes every byte through its table and WAL in the server's
 * one thread, so a rush of uploads into it made requests time out; on disk it took them all
 * (docs/performance.md, docs/decisions/0008-embedded-files-on-disk.md).
 */
export function attachmentStorageFrom(
  value: string | undefined,
  database: 'pglite' | 'postgres',
): AttachmentStorage {
  if (value === undefined || value === '') {
    return database === 'pglite' ? 'disk' : 'database';
  }
  if (!isAttachmentStorage(value)) {
    const zh = `只能是 database（存入数据库）或 disk（存于 DATA_DIR/attachments），而不是“${value}”`;
    const en = `must be database (in the database) or disk (under DATA_DIR/attachments), not "${value}"`;
    throw new AppError(
      400,
      'invalid_config',
      `环境变量 ATTACHMENT_STORAGE ${zh}`,
      `The environment variable ATTACHMENT_STORAGE ${en}`,
      { fields: [fieldError('ATTACHMENT_STORAGE', zh, en)] },
    );
  }
  return value;
}

/** Reads the configuration; a value it cannot use stops the start with a bilingual error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL || undefined;
  return {
    port: Number(env.PORT ?? 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    attachmentStorage: attachmentStorageFrom(
      env.ATTACHMENT_STORAGE,
      databaseUrl ? 'postgres' : 'pglite',
    ),
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
