import type { ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import { t } from './text';

export const PASSWORD_CHECKLIST: ChecklistTemplate = {
  id: 'chk-password',
  version: 1,
  categoryId: 'cat-acc-password',
  title: t('Contraseña olvidada o cuenta bloqueada', 'Forgotten password or locked account'),
  description: t(
    'Verificar identidad antes de tocar la cuenta; restablecer o desbloquear y confirmar el inicio de sesión.',
    'Verify identity before touching the account; reset or unlock, then confirm the sign-in.',
  ),
  start: 'identity',
  steps: [
    {
      id: 'identity',
      kind: 'check',
      text: t('¿Verificó la identidad del usuario con dos datos (código de empleado y jefe directo)?', 'Did you verify the user\'s identity with two facts (employee number and line manager)?'),
      help: t('Nunca restablezca una contraseña sin verificar la identidad.', 'Never reset a password without verifying identity.'),
      onPass: 'username',
      onFail: 'o-identity',
    },
    {
      id: 'username',
      kind: 'text',
      text: t('Usuario de red (login) afectado', 'Affected network user (login)'),
      next: 'symptom',
    },
    {
      id: 'symptom',
      kind: 'choice',
      text: t('¿Qué le ocurre al usuario?', 'What happens to the user?'),
      options: [
        { id: 'forgot', label: t('Olvidó la contraseña', 'Forgot the password'), next: 'reset' },
        { id: 'expired', label: t('La contraseña caducó', 'The password expired'), next: 'reset' },
        { id: 'locked', label: t('Cuenta bloqueada', 'Account locked'), next: 'unlock' },
        { id: 'mfa', label: t('No recibe el segundo factor (MFA)', 'Does not get the second factor (MFA)'), next: 'o-mfa' },
      ],
    },
    {
      id: 'unlock',
      kind: 'instruction',
      text: t(
        'Desbloquee la cuenta en la consola de directorio y pida actualizar la contraseña guardada en el móvil.',
        'Unlock the account in the directory console and ask the user to update the password saved on their phone.',
      ),
      next: 'signed-in',
    },
    {
      id: 'reset',
      kind: 'instruction',
      text: t(
        'Asigne una contraseña temporal con «cambiar al iniciar sesión» y entréguela por el canal verificado.',
        'Set a temporary password with "change at next sign-in" and give it through the verified channel.',
      ),
      next: 'signed-in',
    },
    {
      id: 'signed-in',
      kind: 'yes_no',
      text: t('¿El usuario inició sesión y cambió la contraseña?', 'Did the user sign in and change the password?'),
      onYes: 'o-resolved',
      onNo: 'relocks',
    },
    {
      id: 'relocks',
      kind: 'yes_no',
      text: t('¿La cuenta se vuelve a bloquear en pocos minutos?', 'Does the account lock again within minutes?'),
      onYes: 'o-apps',
      onNo: 'o-retry',
    },
  ],
  outcomes: [
    {
      id: 'o-resolved',
      kind: 'resolved',
      solution: t(
        'Se verificó la identidad, se restableció la contraseña o se desbloqueó la cuenta, y el usuario inició sesión.',
        'Identity was verified, the password was reset or the account unlocked, and the user signed in.',
      ),
      resolutionCode: 'password_reset',
    },
    {
      id: 'o-identity',
      kind: 'ask_requester',
      request: t(
        'Pida al usuario que confirme su identidad llamando desde su anexo o con su jefe en copia.',
        'Ask the user to confirm their identity by calling from their desk phone or with their manager in copy.',
      ),
    },
    {
      id: 'o-retry',
      kind: 'ask_requester',
      request: t(
        'Pida al usuario que vuelva a intentar en 15 minutos (replicación del directorio) y confirme.',
        'Ask the user to try again in 15 minutes (directory replication) and confirm.',
      ),
    },
    {
      id: 'o-mfa',
      kind: 'escalate',
      groupId: 'group-n2-apps',
      reason: t('El usuario no recibe el segundo factor: reinscribir el dispositivo MFA.', 'The user does not get the second factor: re-enrol the MFA device.'),
    },
    {
      id: 'o-apps',
      kind: 'escalate',
      groupId: 'group-n2-apps',
      reason: t(
        'Bloqueo recurrente: buscar el dispositivo o servicio que usa la contraseña anterior.',
        'Recurring lockout: find the device or service still using the old password.',
      ),
    },
  ],
};
