import { useAppStore } from '../../store/use-app-store';
import { SlaAdminView } from '../sla-admin/SlaAdminView';
import { EscalationPrompts } from './EscalationPrompts';

/** What the SLA adds over the workstation: the escalation prompts and the SLA settings view. */
export function SlaOverlays() {
  const adminOpen = useAppStore((s) => s.sla.adminOpen);
  return (
    <>
      {adminOpen && <SlaAdminView />}
      <EscalationPrompts />
    </>
  );
}
