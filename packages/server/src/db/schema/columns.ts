import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

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
