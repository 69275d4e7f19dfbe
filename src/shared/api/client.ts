import { MesaError } from '../errors';
import type { MesaBridge } from './bridge';
import type { ApiEventName, ApiEventPayload, ApiInput, ApiMethodName, ApiOutput } from './contract';

export interface ApiClient {
  invoke<M extends ApiMethodName>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>>;
  on<E extends ApiEventName>(event: E, listener: (payload: ApiEventPayload<E>) => void): () => void;
}

/** The renderer's typed view of the bridge; failures come back as MesaError with their code. */
export function createApiClient(bridge: MesaBridge): ApiClient {
  return {
    async invoke(method, input) {
      const result = await bridge.invoke(method, input);
      if (!result.ok) throw MesaError.fromJSON(result.error);
      return result.value as never;
    },
    on(event, listener) {
      return bridge.on(event, (payload) => listener(payload as never));
    },
  };
}
