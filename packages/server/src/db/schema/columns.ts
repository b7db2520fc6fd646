import { customType, integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every table carries the tenant key first, so the schema can be distributed by body on Citus. */
export const bodyIdColumn = () => uuid().notNull();
export const idColumn = () => uuid().notNull().defaultRandom();
export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const tstz = () => timestamp({ withTimezone: true });

/** File contents stored in the database (attachments, evidence). */
export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/**
 * An uploaded file as the attachments module stores it (file-store.ts): checked name, sniffed type,
 * size and checksum, and the bytes in the database or on disk under DATA_DIR. Proposal
 * attachments and target evidence are both stored this way.
 */
export const storedFileColumns = () => ({
  filename: text().notNull(),
  mimeType: text().notNull(),
  sizeBytes: integer().notNull(),
  sha256: text().notNull(),
  storage: text({ enum: ['database', 'disk'] }).notNull(),
  content: bytea(),
  uploadedBy: uuid().notNull(),
  uploadedAt: createdAt(),
});
