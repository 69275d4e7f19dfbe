import type { ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import { t } from './text';

export const EMAIL_CHECKLIST: ChecklistTemplate = {
  id: 'chk-email',
  version: 1,
  categoryId: 'cat-mail-outlook',
  title: t('Outlook no envía o no recibe', 'Outlook does not send or receive'),
  description: t('Separar cuenta, buzón y cliente de escritorio.', 'Tell the account, the mailbox and the desktop client apart.'),
  start: 'webmail',
  steps: [
    {
      id: 'webmail',
      kind: 'yes_no',
      text: t('¿El correo funciona en el navegador (Outlook web)?', 'Does email work in the browser (Outlook on the web)?'),
      onYes: 'symptom',
      onNo: 'account-active',
    },
    {
      id: 'account-active',
      kind: 'check',
      text: t('En la consola, ¿la cuenta y el buzón están activos y sin bloqueo?', 'In the console, are the account and the mailbox active and unlocked?'),
      onPass: 'o-apps',
      onFail: 'o-account',
    },
    {
      id: 'symptom',
      kind: 'choice',
      text: t('¿Qué ocurre en Outlook de escritorio?', 'What happens in desktop Outlook?'),
      options: [
        { id: 'no-sync', label: t('No sincroniza', 'Not syncing'), next: 'quota' },
        { id: 'full', label: t('Aviso de buzón lleno', 'Mailbox full warning'), next: 'quota' },
        { id: 'profile', label: t('Error al abrir o pide contraseña sin parar', 'Error on start or endless password prompts'), next: 'new-profile' },
      ],
    },
    {
      id: 'quota',
      kind: 'number',
      text: t('¿Qué porcentaje del buzón está usado?', 'How much of the mailbox is used?'),
      help: t('Archivo › Información › Configuración del buzón.', 'File › Info › Mailbox settings.'),
      unit: t('%', '%'),
      min: 0,
      max: 100,
      ranges: [
        { min: 0, max: 90, next: 'restart-outlook' },
        { min: 90, next: 'archive' },
      ],
    },
    {
      id: 'archive',
      kind: 'instruction',
      text: t(
        'Guíe al usuario a vaciar «Elementos eliminados» y archivar correos antiguos (Herramientas de limpieza).',
        'Guide the user to empty "Deleted Items" and archive old mail (Cleanup tools).',
      ),
      next: 'mail-flows',
    },
    {
      id: 'restart-outlook',
      kind: 'instruction',
      text: t(
        'Cierre Outlook, compruebe que no quede abierto en el Administrador de tareas y ábralo de nuevo.',
        'Close Outlook, check it is not left running in Task Manager, and open it again.',
      ),
      next: 'mail-flows',
    },
    {
      id: 'new-profile',
      kind: 'instruction',
      text: t(
        'Cree un perfil nuevo (Panel de control › Correo › Mostrar perfiles) y déjelo como predeterminado.',
        'Create a new profile (Control Panel › Mail › Show profiles) and make it the default.',
      ),
      next: 'mail-flows',
    },
    {
      id: 'mail-flows',
      kind: 'yes_no',
      text: t('¿Entran y salen correos nuevos?', 'Do new messages come in and go out?'),
      onYes: 'o-resolved',
      onNo: 'o-apps',
    },
  ],
  outcomes: [
    {
      id: 'o-resolved',
      kind: 'resolved',
      solution: t(
        'Se corrigió el cliente de correo (espacio del buzón, reinicio o perfil nuevo) y se comprobó el envío y la recepción.',
        'The mail client was fixed (mailbox space, restart or new profile) and sending and receiving were checked.',
      ),
      resolutionCode: 'configuration_fixed',
    },
    {
      id: 'o-apps',
      kind: 'escalate',
      groupId: 'group-n2-apps',
      reason: t('El correo no fluye para una cuenta activa tras el diagnóstico de primer nivel.', 'Mail does not flow for an active account after first-line diagnosis.'),
    },
    {
      id: 'o-account',
      kind: 'escalate',
      groupId: 'group-n2-apps',
      reason: t('Cuenta o buzón deshabilitado o bloqueado: revisar su estado.', 'Account or mailbox disabled or blocked: review its state.'),
    },
  ],
};
