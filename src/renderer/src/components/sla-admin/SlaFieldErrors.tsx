import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../../../shared/errors';
import { slaFieldMessage } from '../../lib/sla-explanation';
import { useAppStore } from '../../store/use-app-store';

/** Field-named, translated validation errors of an SLA form ("hours.mon[1]: Invalid time …"). */
export function SlaFieldErrors({ errors, prefix = '' }: { errors: readonly FieldError[]; prefix?: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const shown = errors.filter((e) => e.path.startsWith(prefix));
  if (shown.length === 0) return null;
  return (
    <ul className="sla-errors" role="alert">
      {shown.map((error, index) => (
        <li key={`${error.path}-${index}`} data-testid="sla-field-error" data-path={error.path}>
          {t('slaUi.admin.fieldError', {
            field: error.path || '—',
            message: slaFieldMessage(t, language, error),
          })}
        </li>
      ))}
    </ul>
  );
}
