/** Definiciones de los KPI en español (docs/kpis.md, Español). Mantener a la par de kpi-definitions-en.ts. */
import type { KpiDefinitions } from './kpi-definitions';

export const KPI_DEFINITIONS_ES: KpiDefinitions = {
  tickets_opened: {
    name: 'Tickets abiertos',
    definition: 'Incidentes y solicitudes creados en el período, cualquiera sea su estado actual.',
    formula: 'cantidad(tickets con creación ∈ período)',
    unit: 'tickets',
  },
  tickets_resolved: {
    name: 'Tickets resueltos',
    definition:
      'Incidentes y solicitudes cuya resolución (el último paso a resuelto, vigente al final del período) cae en el período.',
    formula: 'cantidad(tickets con resolución ∈ período)',
    unit: 'tickets',
  },
  tickets_pending: {
    name: 'Tickets pendientes',
    definition: 'Incidentes y solicitudes que siguen abiertos (nuevo, en curso o pendiente) al final del período.',
    formula: 'cantidad(tickets abiertos al cierre del período)',
    unit: 'tickets',
  },
  reopen_rate: {
    name: 'Tasa de reapertura',
    definition: 'Porcentaje de los tickets resueltos en el período que fueron reabiertos al menos una vez (el usuario rechazó una resolución).',
    formula: 'resueltos con ≥ 1 reapertura / resueltos × 100',
    unit: '% de tickets resueltos',
  },
  repeated_incidents: {
    name: 'Incidentes repetidos',
    definition:
      'Incidentes abiertos en el período que repiten uno anterior: reabiertos; o el mismo usuario abrió un incidente de la misma categoría dentro de la ventana previa (30 días por defecto); o vinculados a un problema que ya tenía un incidente anterior. Los incidentes anulados no cuentan.',
    formula: 'cantidad(repetidos); tasa = repetidos / incidentes abiertos × 100',
    unit: 'incidentes; % de incidentes abiertos',
  },
  resolution_time: {
    name: 'Tiempo de resolución',
    definition:
      'Para los tickets resueltos en el período, el tiempo desde la creación hasta la resolución: en minutos hábiles del calendario SLA del ticket (sin descontar pausas) y en minutos de reloj. Un ticket reabierto cuenta hasta su resolución final.',
    formula: 'media, mediana (valor central) y p90 (rango más cercano) de resuelto − creado',
    unit: 'minutos hábiles; minutos',
  },
  solution_time: {
    name: 'Tiempo promedio de solución',
    definition: 'Promedio de minutos hábiles desde la creación hasta la resolución de los tickets resueltos en el período (la misma cifra que la media hábil del tiempo de resolución).',
    formula: 'Σ minutos hábiles(creado → resuelto) / tickets resueltos',
    unit: 'minutos hábiles',
  },
  incidents_per_problem: {
    name: 'Incidentes por problema',
    definition: 'Para cada problema abierto durante el período, los incidentes vinculados a él; la media sobre esos problemas.',
    formula: 'Σ incidentes vinculados / problemas',
    unit: 'incidentes por problema',
  },
  problem_identification: {
    name: 'Tiempo de identificación del problema',
    definition: 'Para los problemas creados en el período, horas desde la creación del primer incidente vinculado hasta la creación del problema (0 si el problema fue primero).',
    formula: 'media(problema creado − primer incidente vinculado creado)',
    unit: 'horas',
  },
  problem_root_cause: {
    name: 'Tiempo hasta la causa raíz',
    definition: 'Para los problemas cuya causa raíz se registró por primera vez en el período, horas desde la creación del primer incidente vinculado hasta ese registro.',
    formula: 'media(causa raíz registrada − primer incidente vinculado creado)',
    unit: 'horas',
  },
  answer_time_calls: {
    name: 'Tiempo de respuesta de llamadas (ASA y máximo)',
    definition: 'Para las llamadas que entraron a la cola en el período y fueron atendidas, segundos desde la entrada en cola hasta la atención: el promedio (ASA) y el más largo.',
    formula: 'media y máximo de (atendida − entrada en cola)',
    unit: 'segundos',
  },
  answer_time_contacts: {
    name: 'Tiempo de respuesta, otros contactos',
    definition:
      'Para tickets de correo, chat y portal cuya primera respuesta de un agente cae en el período, minutos hábiles desde la creación hasta esa respuesta (el primer comentario público de un agente o el primer cambio desde nuevo hecho por un agente: la primera respuesta del SLA). Promedio y máximo.',
    formula: 'media y máximo de minutos hábiles(creado → primera respuesta del agente)',
    unit: 'minutos hábiles',
  },
  start_attention: {
    name: 'Tiempo promedio de inicio de atención',
    definition: 'Para los tickets que un agente pasó por primera vez a en curso en el período, minutos hábiles desde la creación hasta ese cambio.',
    formula: 'media de minutos hábiles(creado → primer en curso por un agente)',
    unit: 'minutos hábiles',
  },
  documentation_time: {
    name: 'Tiempo promedio de documentación',
    definition:
      'Tiempo activo que los agentes dedicaron a escribir la documentación del ticket (notas, solución), medido por la estación de trabajo mientras se edita (más de 60 s sin actividad lo pausa), por ticket resuelto en el período que tenga medición.',
    formula: 'Σ minutos de documentación / tickets resueltos documentados',
    unit: 'minutos por ticket',
  },
  first_contact_resolution: {
    name: 'Resolución en el primer contacto',
    definition:
      'Porcentaje de los tickets resueltos en el período que se resolvieron en el primer contacto: el agente lo indicó y el historial no muestra escalamiento, transferencia, paso a otro agente, espera del usuario o de un tercero ni reapertura, y lo resolvió el primer agente. Variante opcional para correo: resuelto dentro de N horas de la primera respuesta.',
    formula: 'resoluciones en primer contacto / tickets resueltos × 100',
    unit: '% de tickets resueltos',
  },
  satisfaction_csat: {
    name: 'Satisfacción (CSAT)',
    definition: 'Porcentaje de las calificaciones respondidas en el período que son 4 o 5 de 5.',
    formula: 'calificaciones 4–5 / todas las calificaciones × 100',
    unit: '% de calificaciones',
  },
  satisfaction_mean: {
    name: 'Calificación promedio',
    definition: 'Media de las calificaciones (1 a 5) respondidas en el período.',
    formula: 'Σ puntajes / calificaciones',
    unit: 'puntos de 5',
  },
  satisfaction_response_rate: {
    name: 'Tasa de respuesta de encuestas',
    definition: 'Porcentaje de las encuestas de satisfacción enviadas en el período que fueron respondidas.',
    formula: 'encuestas respondidas / encuestas enviadas × 100',
    unit: '% de encuestas',
  },
  calls_offered: {
    name: 'Llamadas ofrecidas',
    definition: 'Llamadas que entraron a una cola en el período y fueron atendidas, abandonadas o terminaron sin atención.',
    formula: 'cantidad(llamadas ofrecidas)',
    unit: 'llamadas',
  },
  calls_answered: {
    name: 'Llamadas atendidas',
    definition: 'Llamadas ofrecidas en el período que un agente atendió.',
    formula: 'cantidad(llamadas atendidas)',
    unit: 'llamadas',
  },
  calls_abandoned: {
    name: 'Llamadas abandonadas',
    definition: 'Llamadas ofrecidas en el período en que quien llamó colgó mientras esperaba en la cola; los abandonos cortos se cuentan aparte salvo que la variante los incluya.',
    formula: 'cantidad(abandonadas) [− abandonos cortos]',
    unit: 'llamadas',
  },
  calls_short_abandoned: {
    name: 'Abandonos cortos',
    definition: 'Llamadas abandonadas que esperaron menos que el umbral de abandono corto (5 s por defecto): errores de marcado y cortes inmediatos, informados aparte.',
    formula: 'cantidad(abandonadas con espera < umbral)',
    unit: 'llamadas',
  },
  calls_abandoned_rate: {
    name: 'Llamadas abandonadas (%)',
    definition:
      'Porcentaje de las llamadas ofrecidas en el período que se abandonaron en la cola. Por defecto los abandonos cortos quedan fuera de ambos conteos; las variantes los mantienen como ofrecidas o los cuentan como abandonadas.',
    formula: '(abandonadas − cortas) / (ofrecidas − cortas) × 100 [por defecto]',
    unit: '% de llamadas ofrecidas',
  },
  calls_service_level: {
    name: 'Llamadas atendidas dentro del umbral (nivel de servicio)',
    definition: 'Porcentaje de las llamadas ofrecidas en el período atendidas dentro de T segundos (20 por defecto). Las variantes dividen por las llamadas atendidas, o por las ofrecidas menos los abandonos cortos.',
    formula: 'atendidas dentro de T / ofrecidas × 100 [por defecto]',
    unit: '% de llamadas',
  },
  sla_compliance: {
    name: 'Cumplimiento del SLA',
    definition:
      'Porcentaje de los objetivos SLA decididos en el período que se cumplieron, en total y por tipo de objetivo (primera respuesta, siguiente actualización, resolución). Un objetivo se decide al cumplirse o cuando vence sin cumplirse; se aplican las pausas y el calendario hábil del reloj SLA.',
    formula: 'objetivos cumplidos / objetivos decididos × 100',
    unit: '% de objetivos',
  },
};
