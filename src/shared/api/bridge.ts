import type { SerializedMesaError } from '../errors';

/** What crosses the process boundary: errors travel as data so their code survives. */
export type BridgeResult = { ok: true; value: unknown } | { ok: false; error: SerializedMesaError };

/**
 * The object the preload exposes as `window.mesa` (and the browser host's WebSocket client
 * imitates). Only contract names get through; everything else is refused before it leaves.
 */
export interface MesaBridge {
  invoke(method: string, input: unknown): Promise<BridgeResult>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

export const BRIDGE_INVOKE_CHANNEL = 'mesa:invoke';
export const BRIDGE_EVENT_CHANNEL = 'mesa:event';
