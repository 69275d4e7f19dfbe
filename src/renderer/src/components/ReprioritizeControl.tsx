import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  computePriority,
  DEFAULT_PRIORITY_MATRIX,
  type PriorityMatrix,
} from '../../../shared/domain/priority';
import type { Ticket } from '../../../shared/domain/ticket';
import { IMPACTS, URGENCIES, type Impact, type Urgency } from '../../../shared/domain/ticket-enums';
import { useAction } from '../hooks/use-action';
import { useReference } from '../hooks/use-reference';
import { translateError } from '../i18n/translate-error';
import { useAppStore } from '../store/use-app-store';
import { EnumSelect } from './EnumSelect';
import { PriorityBadge } from './PriorityBadge';

/** Impact/urgency edit sent with the ticket version it was made on; a mismatch offers to re-apply. */
export function ReprioritizeControl({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const prioritize = useAppStore((s) => s.prioritize);
  const reloadTicket = useAppStore((s) => s.reloadTicket);
  const reference = useReference();
  const action = useAction();
  // The agent's pending edit; without one the controls follow the ticket (changes made elsewhere
  // show up), and a version mismatch keeps the edit on screen to re-apply.
  const [edit, setEdit] = useState<{ impact: Impact; urgency: Urgency } | null>(null);
  const impact = edit?.impact ?? ticket.impact;
  const urgency = edit?.urgency ?? ticket.urgency;
  const matrix = (reference?.priorityMatrix as PriorityMatrix | undefined) ?? DEFAULT_PRIORITY_MATRIX;
  const preview = computePriority(matrix, impact, urgency);
  const changed = impact !== ticket.impact || urgency !== ticket.urgency;

  const apply = async (): Promise<void> => {
    const ok = await action.run(() => prioritize(impact, urgency));
    if (ok) setEdit(null);
    // Reload so a retry carries the current version; the edit stays on screen to re-apply.
    else await reloadTicket();
  };

  const mismatch = action.error?.code === 'ticket.version_mismatch';

  return (
    <div className="action">
      <span className="action__label">{t('detail.reprioritize')}</span>
      <div className="action__row">
        <EnumSelect
          aria-label={t('newTicket.impact')}
          data-testid="reprioritize-impact"
          values={IMPACTS}
          value={impact}
          label={(v) => `${t('newTicket.impact')}: ${t(`impact.${v}`)}`}
          onValue={(v) => setEdit({ impact: v, urgency })}
        />
        <EnumSelect
          aria-label={t('newTicket.urgency')}
          data-testid="reprioritize-urgency"
          values={URGENCIES}
          value={urgency}
          label={(v) => `${t('newTicket.urgency')}: ${t(`urgency.${v}`)}`}
          onValue={(v) => setEdit({ impact, urgency: v })}
        />
        <PriorityBadge priority={preview} />
        {changed && (
          <button
            type="button"
            className="btn btn--primary"
            data-testid="reprioritize-apply"
            disabled={action.pending}
            onClick={() => void apply()}
          >
            {mismatch ? t('detail.reapply') : t('common.apply')}
          </button>
        )}
      </div>
      {action.error && (
        <p className="action__error" role="alert" data-testid="reprioritize-error">
          {mismatch ? t('detail.versionMismatch') : translateError(t, action.error)}
        </p>
      )}
    </div>
  );
}
