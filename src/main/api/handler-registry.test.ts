import { describe, expect, it, vi } from 'vitest';
import { MesaError } from '../../shared/errors';
import { createHandlerRegistry } from './handler-registry';

const caller = { transport: 'test' } as const;

describe('handler registry (the bridge edge)', () => {
  it('refuses a second handler for the same method', () => {
    const registry = createHandlerRegistry();
    registry.register('ticket.get', () => {
      throw new Error('unused');
    });
    expect(() => registry.register('ticket.get', () => ({}) as never)).toThrow(/already registered/);
  });

  it('refuses to register a method that is not in the contract', () => {
    const registry = createHandlerRegistry();
    expect(() => registry.register('ticket.delete' as never, () => ({}) as never)).toThrow(/not in the bridge contract/);
  });

  it('answers unknown methods with a typed error, including prototype names', async () => {
    const registry = createHandlerRegistry();
    for (const method of ['ticket.delete', '__proto__', 'constructor', 42, null]) {
      const result = await registry.dispatch(method, {}, caller);
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'bridge.unknown_method' }) });
    }
  });

  it('parses input before the handler runs and reports field errors', async () => {
    const handler = vi.fn(() => ({ total: 0, offset: 0, rows: [] }));
    const registry = createHandlerRegistry();
    registry.register('queue.page', handler);
    const result = await registry.dispatch(
      'queue.page',
      { view: 'everything', sort: { by: 'priority', direction: 'asc' }, filters: {}, offset: -1, limit: 10_000 },
      caller,
    );
    expect(handler).not.toHaveBeenCalled();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('bridge.invalid_input');
    expect(result.error.fieldErrors.map((f) => [f.path, f.code])).toEqual([
      ['view', 'invalid_value'],
      ['offset', 'too_small'],
      ['limit', 'too_big'],
    ]);
  });

  it('refuses extra keys (no smuggling of fields past the contract)', async () => {
    const registry = createHandlerRegistry();
    registry.register('ticket.get', () => {
      throw new Error('must not run');
    });
    const result = await registry.dispatch('ticket.get', { id: 't1', admin: true }, caller);
    expect(result).toMatchObject({ ok: false, error: { code: 'bridge.invalid_input' } });
  });

  it('passes a MesaError through and hides any other failure as internal', async () => {
    const onInternalError = vi.fn();
    const registry = createHandlerRegistry({ onInternalError });
    registry.register('ticket.get', ({ id }) => {
      throw new MesaError('ticket.not_found', { ticketId: id });
    });
    registry.register('ticket.search', () => {
      throw new Error('SQLITE_CORRUPT at /home/ana/secret/path');
    });
    expect(await registry.dispatch('ticket.get', { id: 't9' }, caller)).toEqual({
      ok: false,
      error: { code: 'ticket.not_found', params: { ticketId: 't9' }, fieldErrors: [] },
    });
    const hidden = await registry.dispatch('ticket.search', { query: 'vpn' }, caller);
    expect(hidden).toEqual({ ok: false, error: { code: 'internal', params: {}, fieldErrors: [] } });
    expect(onInternalError).toHaveBeenCalledWith('ticket.search', expect.any(Error));
  });

  it('checks handler output against the contract when asked to', async () => {
    const registry = createHandlerRegistry({ validateOutput: true });
    registry.register('queue.counts', () => ({ mine: 'three' }) as never);
    const result = await registry.dispatch('queue.counts', { filters: {} }, caller);
    expect(result).toMatchObject({ ok: false, error: { code: 'bridge.invalid_output' } });
  });

  it('lists contract methods that have no handler yet', () => {
    const registry = createHandlerRegistry();
    registry.register('session.get', () => {
      throw new Error('unused');
    });
    expect(registry.missingMethods()).not.toContain('session.get');
    expect(registry.missingMethods()).toContain('mutation.apply');
  });
});
