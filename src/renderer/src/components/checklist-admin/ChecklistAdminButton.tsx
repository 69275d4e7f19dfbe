import { useState } from 'react';
import { useChecklistEditorText } from '../../i18n/checklist-editor-text';
import { useAppStore } from '../../store/use-app-store';
import { ChecklistAdminView } from './ChecklistAdminView';

/** Header entry to Settings → Checklists, beside the SLA settings; supervisors and admins only. */
export function ChecklistAdminButton() {
  const ck = useChecklistEditorText();
  const role = useAppStore((s) => s.session.info?.agent.role);
  const [open, setOpen] = useState(false);
  if (role !== 'supervisor' && role !== 'admin') return null;
  return (
    <>
      <button
        type="button"
        className="btn btn--ghost"
        data-testid="checklist-admin-open"
        title={ck('ckEditor.openTitle')}
        aria-label={ck('ckEditor.openTitle')}
        onClick={() => setOpen(true)}
      >
        {ck('ckEditor.open')}
      </button>
      {open && <ChecklistAdminView onClose={() => setOpen(false)} />}
    </>
  );
}
