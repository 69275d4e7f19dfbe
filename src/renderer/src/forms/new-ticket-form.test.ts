import { describe, expect, it } from 'vitest';
import { MesaError } from '../../../shared/errors';
import { createI18n } from '../i18n/create-i18n';
import { translateError, translateFieldError } from '../i18n/translate-error';
import { toUiError } from '../store/ui-error';
import { emptyNewTicket, mapSubmitError, validateNewTicket, type NewTicketValues } from './new-ticket-form';

const ID = '01890a5d-ac96-774b-bcce-b302099a8057';

function filled(): NewTicketValues {
  return { ...emptyNewTicket(), requesterId: 'r1', organizationId: 'o1', title: 'Printer jammed' };
}

describe('new ticket form validation', () => {
  it('accepts a complete form and builds ticket.create args', () => {
    const result = validateNewTicket({ ...filled(), areaId: '' }, ID);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.args).toMatchObject({ id: ID, areaId: null, categoryId: null, tags: [] });
  });

  it('maps missing fields to "required" on their own field', () => {
    const result = validateNewTicket(emptyNewTicket(), ID);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['organizationId', 'requesterId', 'title']);
    expect(result.errors.title).toMatchObject({ kind: 'validation', error: { code: 'required' } });
  });

  it('treats a blank title as missing and a long one as too big', () => {
    const blank = validateNewTicket({ ...filled(), title: '   ' }, ID);
    expect(!blank.ok && blank.errors.title).toMatchObject({ error: { code: 'required' } });
    const long = validateNewTicket({ ...filled(), title: 'x'.repeat(201) }, ID);
    expect(!long.ok && long.errors.title).toMatchObject({
      error: { code: 'too_big', params: { maximum: 200 } },
    });
  });

  it('shows the messages in the current language', () => {
    const result = validateNewTicket({ ...filled(), title: 'x'.repeat(201) }, ID);
    if (result.ok || result.errors.title?.kind !== 'validation') throw new Error('expected an error');
    const fe = result.errors.title.error;
    const es = createI18n('es');
    expect(translateFieldError(es.t, fe)).toBe('Demasiado largo o grande (máximo 200).');
    void es.changeLanguage('en');
    expect(translateFieldError(es.t, fe)).toBe('Too long or too large (maximum 200).');
    expect(translateFieldError(es.t, { path: 'x', code: 'not_a_zod_code', params: {} })).toBe(
      'Invalid value.',
    );
  });
});

describe('server errors on submit', () => {
  it('maps mutation.invalid_args field errors inline', () => {
    const error = toUiError(
      new MesaError('mutation.invalid_args', { name: 'ticket.create' }, [
        { path: 'title', code: 'required', params: {} },
      ]),
    );
    const mapped = mapSubmitError(error);
    expect(mapped.banner).toBeNull();
    expect(mapped.errors.title).toMatchObject({ kind: 'validation', error: { code: 'required' } });
  });

  it('maps reference errors to their field', () => {
    const mapped = mapSubmitError(
      toUiError(new MesaError('reference.requester_organization_mismatch', { requesterId: 'r1' })),
    );
    expect(mapped.banner).toBeNull();
    expect(mapped.errors.requesterId).toMatchObject({
      kind: 'error',
      code: 'reference.requester_organization_mismatch',
    });
  });

  it('sends other errors to a translated banner', () => {
    const mapped = mapSubmitError(toUiError(new MesaError('bridge.disconnected')));
    expect(mapped.banner?.code).toBe('bridge.disconnected');
    const i18n = createI18n('en');
    expect(translateError(i18n.t, mapped.banner!)).toBe('The connection to the main process was lost.');
    expect(
      translateError(i18n.t, { code: 'ticket.invalid_transition', params: { from: 'new', to: 'closed' } }),
    ).toBe('Cannot move from “New” to “Closed”.');
    expect(toUiError(new Error('boom')).code).toBe('internal');
  });
});
