import {
  apiMethods,
  isApiMethodName,
  type ApiMethodName,
  type ApiOutput,
  type ApiParsedInput,
} from '../../shared/api/contract';
import type { BridgeResult } from '../../shared/api/bridge';
import { MesaError, isMesaError } from '../../shared/errors';
import { toFieldErrors } from '../../shared/validation';

/** Who is calling: the transport (IPC or the browser host) vouches for it before dispatch. */
export interface CallerInfo {
  transport: 'ipc' | 'browser-host' | 'test';
}

export type Handler<M extends ApiMethodName> = (
  input: ApiParsedInput<M>,
  caller: CallerInfo,
) => Promise<ApiOutput<M>> | ApiOutput<M>;

export interface HandlerRegistry {
  register<M extends ApiMethodName>(method: M, handler: Handler<M>): void;
  /** Parses, dispatches and wraps; never throws, so transports can forward the result as is. */
  dispatch(method: unknown, rawInput: unknown, caller: CallerInfo): Promise<BridgeResult>;
  /** Contract methods with no handler yet: start-up refuses to serve an incomplete contract. */
  missingMethods(): ApiMethodName[];
}

export interface HandlerRegistryOptions {
  /** Called with unexpected (non-MesaError) failures, which reach the renderer as `internal`. */
  onInternalError?: (method: string, error: unknown) => void;
  /** Output checking costs a parse per call; on in tests and development, off in production. */
  validateOutput?: boolean;
}

export function createHandlerRegistry(options: HandlerRegistryOptions = {}): HandlerRegistry {
  const handlers = new Map<ApiMethodName, Handler<ApiMethodName>>();

  async function run(method: unknown, rawInput: unknown, caller: CallerInfo): Promise<unknown> {
    if (!isApiMethodName(method)) {
      throw new MesaError('bridge.unknown_method', { method: String(method).slice(0, 100) });
    }
    const handler = handlers.get(method);
    if (!handler) throw new MesaError('bridge.unknown_method', { method });
    const parsed = apiMethods[method].input.safeParse(rawInput);
    if (!parsed.success) throw new MesaError('bridge.invalid_input', { method }, toFieldErrors(parsed.error));
    const output = await handler(parsed.data as never, caller);
    if (options.validateOutput) {
      const checked = apiMethods[method].output.safeParse(output);
      if (!checked.success) throw new MesaError('bridge.invalid_output', { method }, toFieldErrors(checked.error));
    }
    return output;
  }

  return {
    register(method, handler) {
      if (!isApiMethodName(method)) throw new Error(`"${String(method)}" is not in the bridge contract`);
      if (handlers.has(method)) throw new Error(`a handler for "${method}" is already registered`);
      handlers.set(method, handler as unknown as Handler<ApiMethodName>);
    },
    async dispatch(method, rawInput, caller) {
      try {
        return { ok: true, value: await run(method, rawInput, caller) };
      } catch (error) {
        if (isMesaError(error)) return { ok: false, error: error.toJSON() };
        options.onInternalError?.(String(method), error);
        return { ok: false, error: new MesaError('internal').toJSON() };
      }
    },
    missingMethods() {
      return (Object.keys(apiMethods) as ApiMethodName[]).filter((m) => !handlers.has(m));
    },
  };
}
