import type { ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import { t } from './text';

export const PRINTER_CHECKLIST: ChecklistTemplate = {
  id: 'chk-printer',
  version: 1,
  categoryId: 'cat-hw-printer',
  title: t('Impresora que no imprime', 'Printer does not print'),
  description: t(
    'Diagnóstico de primer nivel para impresoras de red: panel, cola, conexión.',
    'First-line diagnosis for network printers: panel, queue, connection.',
  ),
  start: 'panel-ok',
  steps: [
    {
      id: 'panel-ok',
      kind: 'yes_no',
      text: t('¿La impresora está encendida y sin luces de error en el panel?', 'Is the printer on, with no error lights on its panel?'),
      onYes: 'scope',
      onNo: 'panel-message',
    },
    {
      id: 'panel-message',
      kind: 'choice',
      text: t('¿Qué muestra el panel?', 'What does the panel show?'),
      options: [
        { id: 'jam', label: t('Atasco de papel', 'Paper jam'), next: 'clear-jam' },
        { id: 'toner', label: t('Tóner bajo o vacío', 'Toner low or empty'), next: 'spare-toner' },
        { id: 'dark', label: t('Nada: no enciende', 'Nothing: it does not turn on'), next: 'power-cycle' },
        { id: 'other', label: t('Otro error', 'Another error'), next: 'o-field' },
      ],
    },
    {
      id: 'clear-jam',
      kind: 'instruction',
      text: t(
        'Guíe al usuario: abra bandejas y tapa frontal, retire el papel atascado sin rasgarlo y cierre todo.',
        'Guide the user: open the trays and the front cover, pull the jammed paper out without tearing it, close everything.',
      ),
      next: 'test-page',
    },
    {
      id: 'spare-toner',
      kind: 'yes_no',
      text: t('¿Hay un cartucho de repuesto en el área?', 'Is there a spare cartridge in the department?'),
      onYes: 'replace-toner',
      onNo: 'o-toner',
    },
    {
      id: 'replace-toner',
      kind: 'instruction',
      text: t('Guíe el cambio del cartucho y retire el precinto del nuevo.', 'Guide the cartridge change and remove the new one\'s seal.'),
      next: 'test-page',
    },
    {
      id: 'power-cycle',
      kind: 'instruction',
      text: t(
        'Pida conectar la impresora directo a la pared, esperar 30 segundos y encenderla.',
        'Ask for the printer to be plugged straight into the wall, wait 30 seconds and turn it on.',
      ),
      next: 'test-page',
    },
    {
      id: 'scope',
      kind: 'choice',
      text: t('¿Quién no puede imprimir?', 'Who cannot print?'),
      options: [
        { id: 'one', label: t('Solo este usuario', 'Only this user'), next: 'queue-clear' },
        { id: 'all', label: t('Todos los que usan la impresora', 'Everyone who uses the printer'), next: 'ping' },
      ],
    },
    {
      id: 'queue-clear',
      kind: 'check',
      text: t('En el equipo del usuario, ¿la cola de impresión está libre de trabajos con error?', 'On the user\'s computer, is the print queue free of failed jobs?'),
      onPass: 'default-printer',
      onFail: 'clear-queue',
    },
    {
      id: 'clear-queue',
      kind: 'instruction',
      text: t('Cancele los trabajos de la cola y reinicie el servicio «Cola de impresión».', 'Cancel the queued jobs and restart the "Print Spooler" service.'),
      next: 'test-page',
    },
    {
      id: 'default-printer',
      kind: 'yes_no',
      text: t('¿La impresora correcta está como predeterminada?', 'Is the right printer set as the default?'),
      onYes: 'o-field',
      onNo: 'set-default',
    },
    {
      id: 'set-default',
      kind: 'instruction',
      text: t('Márquela como predeterminada en Configuración › Impresoras.', 'Set it as the default in Settings › Printers.'),
      next: 'test-page',
    },
    {
      id: 'ping',
      kind: 'check',
      text: t('¿La impresora responde al ping desde la consola de la mesa?', 'Does the printer answer a ping from the desk console?'),
      onPass: 'o-print-server',
      onFail: 'cable',
    },
    {
      id: 'cable',
      kind: 'yes_no',
      text: t('¿El cable de red está conectado y con luz en el puerto?', 'Is the network cable plugged in, with a link light on the port?'),
      onYes: 'o-network',
      onNo: 'reconnect',
    },
    {
      id: 'reconnect',
      kind: 'instruction',
      text: t('Pida reconectar el cable de red hasta oír el clic y esperar un minuto.', 'Ask for the network cable to be reseated until it clicks, then wait a minute.'),
      next: 'test-page',
    },
    {
      id: 'test-page',
      kind: 'yes_no',
      text: t('¿Imprime una página de prueba?', 'Does a test page print?'),
      onYes: 'o-resolved',
      onNo: 'o-field',
    },
  ],
  outcomes: [
    {
      id: 'o-resolved',
      kind: 'resolved',
      solution: t(
        'Se restableció la impresión guiando al usuario (atasco, tóner, cola o conexión) y se comprobó con una página de prueba.',
        'Printing was restored by guiding the user (jam, toner, queue or connection) and checked with a test page.',
      ),
      resolutionCode: 'guided_user',
    },
    {
      id: 'o-field',
      kind: 'escalate',
      groupId: 'group-n2-field',
      reason: t('La impresora sigue sin imprimir tras el diagnóstico de primer nivel: revisión en sitio.', 'The printer still does not print after first-line diagnosis: on-site check needed.'),
    },
    {
      id: 'o-toner',
      kind: 'escalate',
      groupId: 'group-n2-field',
      reason: t('No hay tóner de repuesto en el área: entregar un cartucho.', 'No spare toner in the department: deliver a cartridge.'),
    },
    {
      id: 'o-network',
      kind: 'escalate',
      groupId: 'group-n2-network',
      reason: t('La impresora no responde en la red con el cable conectado: revisar el punto de red.', 'The printer does not answer on the network with the cable plugged in: check the network port.'),
    },
    {
      id: 'o-print-server',
      kind: 'escalate',
      groupId: 'group-n3-infra',
      reason: t('La impresora responde pero nadie puede imprimir: revisar el servidor de impresión.', 'The printer answers but nobody can print: check the print server.'),
    },
  ],
};
