import type { ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import { t } from './text';

export const VPN_CHECKLIST: ChecklistTemplate = {
  id: 'chk-vpn',
  version: 1,
  categoryId: 'cat-net-vpn',
  title: t('La VPN no conecta o va lenta', 'The VPN does not connect or is slow'),
  description: t('Conexión del usuario, cliente VPN, credenciales y latencia.', 'The user\'s connection, the VPN client, credentials and latency.'),
  start: 'internet',
  steps: [
    {
      id: 'internet',
      kind: 'yes_no',
      text: t('¿El usuario navega por internet sin la VPN?', 'Can the user browse the internet without the VPN?'),
      onYes: 'client-version',
      onNo: 'o-home-internet',
    },
    {
      id: 'client-version',
      kind: 'check',
      text: t('¿El cliente VPN está en la versión aprobada?', 'Is the VPN client on the approved version?'),
      onPass: 'error-type',
      onFail: 'update-client',
    },
    {
      id: 'update-client',
      kind: 'instruction',
      text: t('Actualice el cliente VPN desde el portal de software y reinicie el equipo.', 'Update the VPN client from the software portal and restart the computer.'),
      next: 'connects',
    },
    {
      id: 'error-type',
      kind: 'choice',
      text: t('¿Qué error muestra el cliente VPN?', 'What error does the VPN client show?'),
      options: [
        { id: 'credentials', label: t('Credenciales rechazadas', 'Credentials rejected'), next: 'mfa' },
        { id: 'timeout', label: t('Tiempo de espera agotado', 'Connection timed out'), next: 'restart-adapter' },
        { id: 'certificate', label: t('Error de certificado', 'Certificate error'), next: 'o-network' },
        { id: 'none', label: t('Conecta pero va lenta', 'Connects but is slow'), next: 'latency' },
      ],
    },
    {
      id: 'mfa',
      kind: 'yes_no',
      text: t('¿Recibe y aprueba la notificación del segundo factor?', 'Does the user get and approve the second-factor prompt?'),
      onYes: 'o-network',
      onNo: 'o-mfa',
    },
    {
      id: 'restart-adapter',
      kind: 'instruction',
      text: t('Desconecte la VPN, desactive y active el adaptador de red y vuelva a conectar.', 'Disconnect the VPN, disable and re-enable the network adapter, and connect again.'),
      next: 'connects',
    },
    {
      id: 'connects',
      kind: 'yes_no',
      text: t('¿Conecta la VPN y abre un recurso interno (intranet)?', 'Does the VPN connect and open an internal resource (intranet)?'),
      onYes: 'o-resolved',
      onNo: 'latency',
    },
    {
      id: 'latency',
      kind: 'number',
      text: t('Latencia al gateway VPN (ping)', 'Latency to the VPN gateway (ping)'),
      unit: t('ms', 'ms'),
      min: 0,
      ranges: [
        { max: 150, next: 'o-network' },
        { min: 150, next: 'o-slow-line' },
      ],
    },
  ],
  outcomes: [
    {
      id: 'o-resolved',
      kind: 'resolved',
      solution: t('Se actualizó o reinició el cliente VPN y se comprobó el acceso a la intranet.', 'The VPN client was updated or restarted and intranet access was checked.'),
      resolutionCode: 'software_installed',
    },
    {
      id: 'o-home-internet',
      kind: 'ask_requester',
      request: t(
        'Pida al usuario que revise su conexión a internet (otro sitio, reiniciar el router) y nos avise.',
        'Ask the user to check their internet connection (another site, restart the router) and tell us.',
      ),
    },
    {
      id: 'o-slow-line',
      kind: 'ask_requester',
      request: t(
        'La latencia de su conexión es alta: pida probar por cable o desde otra red y avisar el resultado.',
        'Their connection latency is high: ask them to try over a cable or another network and report back.',
      ),
    },
    {
      id: 'o-mfa',
      kind: 'escalate',
      groupId: 'group-n2-apps',
      reason: t('El usuario no recibe el segundo factor de la VPN: revisar su inscripción MFA.', 'The user does not get the VPN second factor: review their MFA enrolment.'),
    },
    {
      id: 'o-network',
      kind: 'escalate',
      groupId: 'group-n2-network',
      reason: t('La VPN falla con cliente al día, credenciales válidas y buena latencia.', 'The VPN fails with an up-to-date client, valid credentials and good latency.'),
    },
  ],
};
