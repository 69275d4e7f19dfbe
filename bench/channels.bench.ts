/**
 * `npm run bench -- channels`: the requester channels' figures (issue 6). Each channel adds its part.
 *   channels.queue_log_import   Asterisk queue_log import, lines/s (bench/channels-queue-log.ts)
 *   channels.email_in           inbound mail parse + thread + store, messages/s (bench/channels-email.ts)
 *   channels.portal_load        portal "My requests" time to interactive in Chromium, ms (bench/channels-portal.ts)
 */
import { runEmailInBench } from './channels-email';
import { runPortalLoadBench } from './channels-portal';
import { runQueueLogImportBench } from './channels-queue-log';

export async function run(): Promise<void> {
  await runQueueLogImportBench();
  await runEmailInBench();
  await runPortalLoadBench();
}
