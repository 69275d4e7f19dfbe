import type { ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import { t } from './text';

export const APP_ACCESS_CHECKLIST: ChecklistTemplate = {
  id: 'chk-app-access',
  version: 1,
  categoryId: 'cat-acc-perms-app',
  title: t('Acceso a una aplicación', 'Access to an application'),
  description: t('Nuevo acceso o cambio de rol con aprobación; o no puede entrar teniendo acceso.', 'New access or role change with approval; or cannot get in despite having access.'),
  start: 'need',
  steps: [
    {
      id: 'need',
      kind: 'choice',
      text: t('¿Qué necesita el usuario?', 'What does the user need?'),
      options: [
        { id: 'new', label: t('Un acceso nuevo', 'New access'), next: 'approval' },
        { id: 'role', label: t('Un cambio de rol', 'A role change'), next: 'approval' },
        { id: 'cannot-enter', label: t('Tenía acceso y ya no puede entrar', 'Had access and can no longer get in'), next: 'others-enter' },
      ],
    },
    {
      id: 'approval',
      kind: 'check',
      text: t('¿Consta la aprobación del jefe directo (correo o formulario)?', 'Is the line manager\'s approval on record (email or form)?'),
      onPass: 'app-role',
      onFail: 'o-approval',
    },
    {
      id: 'app-role',
      kind: 'text',
      text: t('Aplicación, módulo y rol solicitados', 'Requested application, module and role'),
      next: 'self-service',
    },
    {
      id: 'self-service',
      kind: 'yes_no',
      text: t('¿La aplicación está en el catálogo de accesos que otorga la mesa?', 'Is the application in the catalog of accesses the desk grants?'),
      onYes: 'grant',
      onNo: 'o-apps',
    },
    {
      id: 'grant',
      kind: 'instruction',
      text: t(
        'Agregue al usuario al grupo de acceso correspondiente y pida cerrar y abrir sesión.',
        'Add the user to the matching access group and ask them to sign out and in again.',
      ),
      next: 'works',
    },
    {
      id: 'others-enter',
      kind: 'yes_no',
      text: t('¿Otros usuarios entran a la aplicación?', 'Can other users get into the application?'),
      onYes: 'network-credentials',
      onNo: 'o-outage',
    },
    {
      id: 'network-credentials',
      kind: 'check',
      text: t('¿Sus credenciales de red funcionan (Windows, correo)?', 'Do their network credentials work (Windows, email)?'),
      onPass: 'o-apps',
      onFail: 'fix-password',
    },
    {
      id: 'fix-password',
      kind: 'instruction',
      text: t('Desbloquee o restablezca la contraseña (checklist de contraseñas).', 'Unlock or reset the password (password checklist).'),
      next: 'works',
    },
    {
      id: 'works',
      kind: 'yes_no',
      text: t('¿El usuario entra y ve lo que necesita?', 'Does the user get in and see what they need?'),
      onYes: 'o-resolved',
      onNo: 'o-apps',
    },
  ],
  outcomes: [
    {
      id: 'o-resolved',
      kind: 'resolved',
      solution: t('Se otorgó o recuperó el acceso y el usuario lo comprobó.', 'Access was granted or restored and the user checked it.'),
      resolutionCode: 'access_granted',
    },
    {
      id: 'o-approval',
      kind: 'ask_requester',
      request: t(
        'Pida la aprobación del jefe directo por correo, indicando aplicación, módulo y rol.',
        'Ask for the line manager\'s approval by email, naming the application, module and role.',
      ),
    },
    {
      id: 'o-apps',
      kind: 'escalate',
      groupId: 'group-n2-apps',
      reason: t('Acceso a aplicación que el primer nivel no puede otorgar o reparar.', 'Application access the first line cannot grant or repair.'),
    },
    {
      id: 'o-outage',
      kind: 'escalate',
      groupId: 'group-n2-apps',
      reason: t('Nadie puede entrar a la aplicación: posible caída del servicio.', 'Nobody can get into the application: possible outage.'),
    },
  ],
};
