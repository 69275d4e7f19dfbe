import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Ticket } from '../../../shared/domain/ticket';
import { useAction } from '../hooks/use-action';
import { translateError } from '../i18n/translate-error';
import { useAppStore } from '../store/use-app-store';
import { CategoryPicker } from './CategoryPicker';

export function RecategorizeControl({ ticket }: { ticket: Ticket }) {
  const { t } = useTranslation();
  const id = useId();
  const categorize = useAppStore((s) => s.categorize);
  const action = useAction();
  const [categoryId, setCategoryId] = useState(ticket.categoryId);
  const changed = categoryId !== ticket.categoryId;
  return (
    <div className="action">
      <label htmlFor={id} className="action__label">
        {t('detail.recategorize')}
      </label>
      <div className="action__row">
        <CategoryPicker
          inputId={id}
          value={categoryId}
          onChange={setCategoryId}
          testIdPrefix="recategorize"
        />
        {changed && (
          <button
            type="button"
            className="btn btn--primary"
            data-testid="recategorize-apply"
            disabled={action.pending}
            onClick={() => void action.run(() => categorize(categoryId))}
          >
            {t('common.apply')}
          </button>
        )}
      </div>
      {action.error && (
        <p className="action__error" role="alert">
          {translateError(t, action.error)}
        </p>
      )}
    </div>
  );
}
