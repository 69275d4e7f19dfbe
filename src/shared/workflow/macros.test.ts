import { describe, expect, it } from 'vitest';
import { macrosForCategory, macroUnknownVariables, renderMacro, renderMacroText, type Macro } from './macros';

const macro: Macro = {
  id: 'm-ack',
  name: { es: 'Acuse', en: 'Acknowledgement' },
  body: {
    es: 'Hola {{requester.name}}: registramos su caso {{ticket.number}}. Lo resolveremos antes del {{ ticket.dueAt }}.',
    en: 'Hi {{requester.name}}, we logged your case {{ticket.number}}. We will solve it by {{ticket.dueAt}}.',
  },
  categoryIds: [],
};
const values = { requesterName: 'Lucía Pérez', ticketNumber: 'MS-10234', dueAt: '2026-11-26T20:30:00Z', timeZone: 'America/Lima' };

describe('macros', () => {
  it('fills the variables per language, the due time in the given zone', () => {
    expect(renderMacro(macro, 'es', values)).toEqual({
      text: 'Hola Lucía Pérez: registramos su caso MS-10234. Lo resolveremos antes del 26/11/2026 15:30.',
      unknownVariables: [],
      missingValues: [],
    });
    expect(renderMacro(macro, 'en', values).text).toBe('Hi Lucía Pérez, we logged your case MS-10234. We will solve it by 11/26/2026 3:30 PM.');
  });

  it('reports unknown variables and leaves them in the text', () => {
    const r = renderMacroText('Hola {{requester.nombre}} y {{ticket.number}} {{x}}', 'es', values);
    expect(r).toEqual({ text: 'Hola {{requester.nombre}} y MS-10234 {{x}}', unknownVariables: ['requester.nombre', 'x'], missingValues: [] });
  });

  it('reports known variables without a value and leaves them in the text', () => {
    const r = renderMacro(macro, 'en', { ...values, dueAt: null, requesterName: '' });
    expect(r.missingValues).toEqual(['requester.name', 'ticket.dueAt']);
    expect(r.text).toContain('{{requester.name}}');
    expect(r.text).toContain('{{ticket.dueAt}}');
  });

  it('checks a macro for the editor and filters by category', () => {
    expect(macroUnknownVariables({ ...macro, body: { es: '{{foo}} {{ticket.title}}', en: '{{agent.name}}' } })).toEqual({ es: ['foo'], en: [] });
    const printers = { ...macro, id: 'm-printer', categoryIds: ['cat-hw-printer'] };
    expect(macrosForCategory([macro, printers], ['cat-acc']).map((m) => m.id)).toEqual(['m-ack']);
    expect(macrosForCategory([macro, printers], ['cat-hw-printer-jam', 'cat-hw-printer']).map((m) => m.id)).toEqual(['m-ack', 'm-printer']);
  });
});
