import { EMPTY_QUEUE_MAP, type QueueMap } from '../../../shared/telephony/queue-map';
import { readQueueMapFile } from './queue-map-file';

/** The phone channel's server settings (docs/channels.md). */
export interface PhoneChannelOptions {
  /** HMAC secret of the call-queue webhook; null leaves `POST /api/phone/events` unregistered. */
  webhookSecret: string | null;
  queueMap: QueueMap;
  shortAbandonSeconds?: number;
}

export const PHONE_DISABLED: PhoneChannelOptions = { webhookSecret: null, queueMap: EMPTY_QUEUE_MAP };

/** MESA_PHONE_WEBHOOK_SECRET (≥ 16 characters) and MESA_PHONE_QUEUE_MAP (a map.json path). */
export async function phoneOptionsFromEnv(env: NodeJS.ProcessEnv): Promise<PhoneChannelOptions> {
  const secret = env.MESA_PHONE_WEBHOOK_SECRET ?? '';
  if (secret !== '' && secret.length < 16)
    throw new Error('MESA_PHONE_WEBHOOK_SECRET must have at least 16 characters');
  const mapFile = env.MESA_PHONE_QUEUE_MAP;
  return {
    webhookSecret: secret === '' ? null : secret,
    queueMap: mapFile ? await readQueueMapFile(mapFile) : EMPTY_QUEUE_MAP,
  };
}
