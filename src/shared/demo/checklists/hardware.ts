import type { ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import { t } from './text';

export const LAPTOP_CHECKLIST: ChecklistTemplate = {
  id: 'chk-laptop',
  version: 1,
  categoryId: 'cat-hw-laptop',
  title: t('Equipo que no enciende, lento o con batería dañada', 'Computer not powering on, slow or with a damaged battery'),
  start: 'powers-on',
  steps: [
    {
      id: 'powers-on',
      kind: 'yes_no',
      text: t('¿El equipo enciende (luces, ventilador)?', 'Does the computer power on (lights, fan)?'),
      onYes: 'reaches-login',
      onNo: 'charger',
    },
    {
      id: 'charger',
      kind: 'instruction',
      text: t(
        'Pida conectar el cargador original directo a la pared (sin regleta) y esperar cinco minutos.',
        'Ask for the original charger to be plugged straight into the wall (no power strip) and wait five minutes.',
      ),
      next: 'powers-on-now',
    },
    {
      id: 'powers-on-now',
      kind: 'yes_no',
      text: t('¿Enciende ahora?', 'Does it power on now?'),
      onYes: 'o-resolved',
      onNo: 'o-field',
    },
    {
      id: 'reaches-login',
      kind: 'yes_no',
      text: t('¿Llega a la pantalla de inicio de sesión?', 'Does it reach the sign-in screen?'),
      onYes: 'complaint',
      onNo: 'o-field',
    },
    {
      id: 'complaint',
      kind: 'choice',
      text: t('¿Cuál es el problema?', 'What is the problem?'),
      options: [
        { id: 'slow', label: t('Lentitud', 'Slowness'), next: 'uptime' },
        { id: 'battery', label: t('Batería', 'Battery'), next: 'battery-shape' },
      ],
    },
    {
      id: 'uptime',
      kind: 'number',
      text: t('¿Cuántos días lleva sin reiniciarse? (Administrador de tareas › Rendimiento)', 'How many days since the last restart? (Task Manager › Performance)'),
      unit: t('días', 'days'),
      min: 0,
      integer: true,
      ranges: [
        { max: 3, next: 'disk-space' },
        { min: 3, next: 'restart' },
      ],
    },
    {
      id: 'restart',
      kind: 'instruction',
      text: t('Pida guardar el trabajo y reiniciar el equipo.', 'Ask the user to save their work and restart the computer.'),
      next: 'works-normally',
    },
    {
      id: 'disk-space',
      kind: 'check',
      text: t('¿El disco del sistema tiene más del 10 % libre?', 'Does the system disk have more than 10% free?'),
      onPass: 'o-field',
      onFail: 'cleanup',
    },
    {
      id: 'cleanup',
      kind: 'instruction',
      text: t('Guíe el «Liberador de espacio en disco» y el vaciado de Descargas y Papelera.', 'Guide "Disk Cleanup" and emptying Downloads and the Recycle Bin.'),
      next: 'works-normally',
    },
    {
      id: 'battery-shape',
      kind: 'check',
      text: t('¿La batería está sin hinchazón y la carcasa sin deformar?', 'Is the battery free of swelling and the case not bulging?'),
      help: t('Una batería hinchada es un riesgo: el equipo no debe seguir en uso.', 'A swollen battery is a hazard: the computer must not stay in use.'),
      onPass: 'o-field',
      onFail: 'o-battery',
    },
    {
      id: 'works-normally',
      kind: 'yes_no',
      text: t('¿El equipo responde con normalidad?', 'Does the computer respond normally?'),
      onYes: 'o-resolved',
      onNo: 'o-field',
    },
  ],
  outcomes: [
    {
      id: 'o-resolved',
      kind: 'resolved',
      solution: t('Se recuperó el equipo guiando al usuario (alimentación, reinicio o limpieza de disco).', 'The computer was recovered by guiding the user (power, restart or disk cleanup).'),
      resolutionCode: 'guided_user',
    },
    {
      id: 'o-field',
      kind: 'escalate',
      groupId: 'group-n2-field',
      reason: t('El equipo necesita revisión en sitio tras el diagnóstico de primer nivel.', 'The computer needs an on-site check after first-line diagnosis.'),
    },
    {
      id: 'o-battery',
      kind: 'escalate',
      groupId: 'group-n2-field',
      reason: t('Batería hinchada: retirar el equipo de uso y reemplazarla con urgencia.', 'Swollen battery: take the computer out of use and replace it urgently.'),
    },
  ],
};
