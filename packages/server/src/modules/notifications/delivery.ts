import type { Db, DbOrTx } from '../../db/database.js';

/** One way out for notifications (e-mail, SMS): what is owed, how to send one, how to mark it. */
export interface DeliveryChannel<Row> {
  claim(tx: DbOrTx, limit: number): Promise<Row[]>;
  send(row: Row): Promise<void>;
  markSent(tx: DbOrTx, row: Row): Promise<void>;
}

/**
 * Sends what a channel owes, a batch at a time, each batch in one transaction that claims its
 * rows (locked, so two server processes never send the same one), sends them and marks those
 * sent. A send that fails leaves its row for the next pass without undoing the others (a text
 * message sent is not sent twice), and ends this pass with its error once the batch is committed.
 */
export async function deliverPending<Row>(
  db: Db,
  channel: DeliveryChannel<Row>,
  batch = 20,
): Promise<number> {
  let sent = 0;
  for (;;) {
    let failure: Error | undefined;
    const claimed = await db.transaction(async (tx) => {
      const rows = await channel.claim(tx, batch);
      for (const row of rows) {
        try {
          await channel.send(row);
        } catch (err) {
          failure ??= err instanceof Error ? err : new Error(String(err));
          continue;
        }
        await channel.markSent(tx, row);
        sent += 1;
      }
      return rows.length;
    });
    if (failure) {
      throw failure;
    }
    if (claimed < batch) {
      return sent;
    }
  }
}
