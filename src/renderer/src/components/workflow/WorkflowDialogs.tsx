import { useAppStore } from '../../store/use-app-store';
import { CreateProblemDialog } from './CreateProblemDialog';
import { EscalateDialog } from './EscalateDialog';
import { ResolveDialog } from './ResolveDialog';

/** The workflow dialog open on the current ticket, if any. */
export function WorkflowDialogs() {
  const dialog = useAppStore((s) => s.workflow.dialog);
  const ticketId = useAppStore((s) => s.ticket.detail?.ticket.id);
  if (!dialog) return null;
  if (dialog.name === 'createProblem') return <CreateProblemDialog initial={dialog.incidents} />;
  if (!ticketId) return null;
  return dialog.name === 'resolve' ? (
    <ResolveDialog key={ticketId} draft={dialog.draft} ticketId={ticketId} />
  ) : (
    <EscalateDialog key={ticketId} draft={dialog.draft} ticketId={ticketId} />
  );
}
