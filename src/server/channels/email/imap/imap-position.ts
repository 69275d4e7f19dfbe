import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../../db/schema';
import { mailDb } from '../mail-tables';

/** Where a mailbox was read up to. A new UIDVALIDITY means the UIDs were renumbered: start over. */
export async function readImapPosition(
  db: Kysely<ServerDatabase>,
  mailboxKey: string,
  uidValidity: string,
): Promise<number> {
  const row = await mailDb(db)
    .selectFrom('mail_imap_state')
    .selectAll()
    .where('mailbox_key', '=', mailboxKey)
    .executeTakeFirst();
  return row && row.uid_validity === uidValidity ? Number(row.last_uid) : 0;
}

/** Runs inside the ingest transaction: the message and the new position commit together. */
export async function writeImapPosition(
  trx: Kysely<ServerDatabase>,
  mailboxKey: string,
  uidValidity: string,
  uid: number,
): Promise<void> {
  await mailDb(trx)
    .insertInto('mail_imap_state')
    .values({ mailbox_key: mailboxKey, uid_validity: uidValidity, last_uid: uid })
    .onConflict((oc) => oc.column('mailbox_key').doUpdateSet({ uid_validity: uidValidity, last_uid: uid }))
    .execute();
}
