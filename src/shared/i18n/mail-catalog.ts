/**
 * Texts of the ticket's mail messages (email channel on the desk). Kept out of the typed i18next
 * catalog (es.ts / en.ts), whose key union is at TypeScript's instantiation limit: the renderer reads
 * them with `useMailTexts()` (components/mail/mail-texts.ts), as the dashboard does reports-catalog.
 */
export const mailEs = {
  mail: {
    title: 'Correos',
    loading: 'Cargando correos…',
    empty: 'Este ticket no tiene correos.',
    direction: { in: 'Recibido', out: 'Enviado' },
    item: '{{direction}} · {{date}} · {{from}}',
    to: 'Para: {{to}}',
    open: 'Ver',
    close: 'Cerrar correo',
    frameTitle: 'Contenido del correo',
    loadingHtml: 'Cargando contenido…',
    plainFallback: 'Se muestra el texto plano.',
    noText: '(sin texto)',
    attachments: 'Adjuntos',
    attachmentItem: '{{name}} ({{size}} KB, {{type}})',
    save: 'Guardar',
    show: 'Mostrar imagen',
    refused: 'No se conservó',
    imageAlt: 'Imagen adjunta {{name}}',
  },
};

export const mailEn: typeof mailEs = {
  mail: {
    title: 'Emails',
    loading: 'Loading emails…',
    empty: 'This ticket has no emails.',
    direction: { in: 'Received', out: 'Sent' },
    item: '{{direction}} · {{date}} · {{from}}',
    to: 'To: {{to}}',
    open: 'View',
    close: 'Close email',
    frameTitle: 'Email content',
    loadingHtml: 'Loading content…',
    plainFallback: 'Showing the plain text.',
    noText: '(no text)',
    attachments: 'Attachments',
    attachmentItem: '{{name}} ({{size}} KB, {{type}})',
    save: 'Save',
    show: 'Show image',
    refused: 'Not kept',
    imageAlt: 'Attached image {{name}}',
  },
};
