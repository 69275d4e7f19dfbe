import type { Macro } from '../workflow/macros';

/** Canned answers of the demo desk, in both languages, with the macro variables (docs/workflow.md §6). */
export const DEMO_MACROS: readonly Macro[] = [
  {
    id: 'macro-greeting',
    name: { es: 'Saludo y número de ticket', en: 'Greeting and ticket number' },
    body: {
      es: 'Hola {{requester.name}}, registramos su solicitud con el número {{ticket.number}}. Le mantendremos informado. — {{agent.name}}',
      en: 'Hi {{requester.name}}, we registered your request as {{ticket.number}}. We will keep you informed. — {{agent.name}}',
    },
    categoryIds: [],
  },
  {
    id: 'macro-due',
    name: { es: 'Compromiso de atención', en: 'Service commitment' },
    body: {
      es: 'Hola {{requester.name}}, estamos trabajando en «{{ticket.title}}». Nuestro compromiso es resolverlo antes del {{ticket.dueAt}}.',
      en: 'Hi {{requester.name}}, we are working on "{{ticket.title}}". We are committed to solving it by {{ticket.dueAt}}.',
    },
    categoryIds: [],
  },
  {
    id: 'macro-confirm',
    name: { es: 'Pedir confirmación de la solución', en: 'Ask to confirm the fix' },
    body: {
      es: 'Hola {{requester.name}}, aplicamos la solución al ticket {{ticket.number}}. ¿Puede confirmarnos que ya funciona?',
      en: 'Hi {{requester.name}}, we applied the fix for ticket {{ticket.number}}. Could you confirm it works now?',
    },
    categoryIds: [],
  },
  {
    id: 'macro-printer-test',
    name: { es: 'Impresora: página de prueba', en: 'Printer: test page' },
    body: {
      es: 'Hola {{requester.name}}, por favor imprima una página de prueba desde el panel de la impresora y avísenos el resultado.',
      en: 'Hi {{requester.name}}, please print a test page from the printer panel and let us know the result.',
    },
    categoryIds: ['cat-hw-printer'],
  },
];
