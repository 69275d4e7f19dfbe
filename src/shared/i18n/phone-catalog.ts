/** Texts of the phone channel's "Log a call" dialog, spread into es.ts / en.ts. */
export const phoneEs = {
  phone: {
    logCall: 'Registrar llamada',
    dialogTitle: 'Llamada telefónica',
    phase: { ringing: 'Sonando', talking: 'En llamada', ended: 'Llamada terminada' },
    timerLabel: 'Tiempo {{time}}',
    answeredAfter: 'Contestada a los {{seconds}} s',
    answer: 'Contestar',
    hangUp: 'Colgar',
    caller: 'Quién llama',
    direction: 'Sentido',
    directions: { inbound: 'Entrante', outbound: 'Saliente' },
    queue: 'Cola (opcional)',
    notes: 'Notas',
    noTicket: 'Sin ticket todavía.',
    ticketLinked: 'Ticket {{number}}',
    createTicket: 'Crear ticket',
    discard: 'Descartar',
    save: 'Guardar llamada',
    saving: 'Guardando…',
    recent: 'Últimas llamadas',
    recentEmpty: 'Todavía no registró llamadas.',
    recentItem: '{{at}} · {{number}} · {{title}} · {{talk}}',
    timeline: {
      call_logged:
        '{{actor}} registró una llamada ({{direction}}): contestada a los {{wait}} s, {{talk}} de conversación',
    },
  },
};

export const phoneEn: typeof phoneEs = {
  phone: {
    logCall: 'Log a call',
    dialogTitle: 'Phone call',
    phase: { ringing: 'Ringing', talking: 'On the call', ended: 'Call ended' },
    timerLabel: 'Time {{time}}',
    answeredAfter: 'Answered after {{seconds}} s',
    answer: 'Answer',
    hangUp: 'Hang up',
    caller: 'Caller',
    direction: 'Direction',
    directions: { inbound: 'Incoming', outbound: 'Outgoing' },
    queue: 'Queue (optional)',
    notes: 'Notes',
    noTicket: 'No ticket yet.',
    ticketLinked: 'Ticket {{number}}',
    createTicket: 'Create ticket',
    discard: 'Discard',
    save: 'Save call',
    saving: 'Saving…',
    recent: 'Recent calls',
    recentEmpty: 'No calls logged yet.',
    recentItem: '{{at}} · {{number}} · {{title}} · {{talk}}',
    timeline: {
      call_logged: '{{actor}} logged a call ({{direction}}): answered after {{wait}} s, {{talk}} talking',
    },
  },
};
