/**
 * Wording of the ticket's SLA panel (the clock's explanation), in Spanish and English. Merged into
 * SLA_MESSAGES (messages.ts); docs/sla.md quotes them. Instants in params are ISO strings the UI formats
 * in the viewer's time zone; statuses and fields are codes the UI labels.
 */
export const CLOCK_MESSAGE_CODES = [
  'clock.no_policy',
  'clock.policy',
  'clock.calendar',
  'clock.calendar_missing',
  'clock.target.first_response',
  'clock.target.next_update',
  'clock.target.resolution',
  'clock.pause',
  'clock.pause_open',
  'clock.third_party_runs',
  'clock.policy_switch',
  'clock.policy_switch_handling',
  'clock.reopened',
  'clock.cancelled',
  'clock.state.running',
  'clock.state.paused',
  'clock.state.met',
  'clock.state.warning',
  'clock.state.breached',
  'clock.target_name.first_response',
  'clock.target_name.next_update',
  'clock.target_name.resolution',
] as const;
export type ClockMessageCode = (typeof CLOCK_MESSAGE_CODES)[number];

export const CLOCK_MESSAGES: Record<'es' | 'en', Record<ClockMessageCode, string>> = {
  es: {
    'clock.no_policy': 'Ninguna política de SLA aplica a este ticket (no hay una política general configurada).',
    'clock.policy': 'Política «{{policyName}}» ({{policyId}}).',
    'clock.calendar':
      'Calendario laboral «{{calendarName}}» ({{timeZone}}): solo cuenta el horario laborable, sin feriados.',
    'clock.calendar_missing': 'El calendario «{{calendarId}}» de la política no existe: el reloj no puede correr.',
    'clock.target.first_response':
      'Primera respuesta: {{targetMinutes}} min laborables hasta el primer comentario público de un agente o el primer cambio de «nuevo» hecho por un agente.',
    'clock.target.next_update':
      'Siguiente actualización: {{targetMinutes}} min laborables desde la última actualización pública de un agente.',
    'clock.target.resolution':
      'Resolución: {{targetMinutes}} min laborables desde la creación hasta la resolución; el tiempo en estado resuelto no cuenta.',
    'clock.pause':
      'En pausa de {{from}} a {{to}} ({{businessMinutes}} min laborables): estado {{status}}, puesto por {{actorId}}.',
    'clock.pause_open':
      'En pausa desde {{from}} ({{businessMinutes}} min laborables hasta ahora): estado {{status}}, puesto por {{actorId}}.',
    'clock.third_party_runs':
      'La espera a un tercero no detiene el reloj: según el contrato, los terceros son responsabilidad del proveedor.',
    'clock.policy_switch':
      '{{at}}: {{field}} cambió de {{fromValue}} a {{toValue}}; la política pasó de «{{fromPolicyId}}» a «{{toPolicyId}}».',
    'clock.policy_switch_handling':
      'Rige la política de los datos actuales del ticket. El tiempo transcurrido se mide siempre desde la creación con todas las pausas: un cambio de política solo cambia los objetivos, nunca el tiempo transcurrido ni el pausado.',
    'clock.reopened':
      'Reabierto el {{at}}: el reloj de resolución se reanudó; el tiempo resuelto (desde {{from}}) no cuenta.',
    'clock.cancelled':
      'Cancelado el {{at}}: los objetivos sin cumplir no cuentan como cumplidos ni como incumplidos.',
    'clock.state.running': 'En curso',
    'clock.state.paused': 'En pausa',
    'clock.state.met': 'Cumplido',
    'clock.state.warning': 'En riesgo',
    'clock.state.breached': 'Incumplido',
    'clock.target_name.first_response': 'Primera respuesta',
    'clock.target_name.next_update': 'Siguiente actualización',
    'clock.target_name.resolution': 'Resolución',
  },
  en: {
    'clock.no_policy': 'No SLA policy applies to this ticket (no catch-all policy is configured).',
    'clock.policy': 'Policy "{{policyName}}" ({{policyId}}).',
    'clock.calendar':
      'Business calendar "{{calendarName}}" ({{timeZone}}): only business hours count, holidays excluded.',
    'clock.calendar_missing': 'The policy\'s calendar "{{calendarId}}" does not exist: the clock cannot run.',
    'clock.target.first_response':
      'First response: {{targetMinutes}} business minutes until the first public agent comment or the first move out of "new" by an agent.',
    'clock.target.next_update':
      'Next update: {{targetMinutes}} business minutes since the last public agent update.',
    'clock.target.resolution':
      'Resolution: {{targetMinutes}} business minutes from creation to resolution; time spent resolved does not count.',
    'clock.pause':
      'Paused from {{from}} to {{to}} ({{businessMinutes}} business min): status {{status}}, set by {{actorId}}.',
    'clock.pause_open':
      'Paused since {{from}} ({{businessMinutes}} business min so far): status {{status}}, set by {{actorId}}.',
    'clock.third_party_runs':
      'Waiting on a third party does not stop the clock: the contract makes third parties the provider\'s responsibility.',
    'clock.policy_switch':
      '{{at}}: {{field}} changed from {{fromValue}} to {{toValue}}; the policy went from "{{fromPolicyId}}" to "{{toPolicyId}}".',
    'clock.policy_switch_handling':
      'The policy of the ticket\'s current data is in force. Elapsed time is always measured from creation with every pause, so a change of policy changes only the targets, never the elapsed or paused time.',
    'clock.reopened':
      'Reopened on {{at}}: the resolution clock resumed; the time spent resolved (since {{from}}) does not count.',
    'clock.cancelled': 'Cancelled on {{at}}: unfinished targets count neither as met nor as breached.',
    'clock.state.running': 'Running',
    'clock.state.paused': 'Paused',
    'clock.state.met': 'Met',
    'clock.state.warning': 'At risk',
    'clock.state.breached': 'Breached',
    'clock.target_name.first_response': 'First response',
    'clock.target_name.next_update': 'Next update',
    'clock.target_name.resolution': 'Resolution',
  },
};
