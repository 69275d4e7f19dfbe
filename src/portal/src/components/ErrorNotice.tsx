import type { PortalError } from '../api/portal-client';
import { useI18n } from '../lib/i18n';

/** A refusal in the reader's language, announced to screen readers. */
export function ErrorNotice({ error, testId = 'portal-error' }: { error: PortalError | null; testId?: string }) {
  const { t } = useI18n();
  if (!error) return null;
  const message = t(`errors.${error.code}`, error.params);
  const text = message === `errors.${error.code}` ? t('errors.generic', { code: error.code }) : message;
  const fields = error.fieldErrors.map((f) => `${f.path}: ${t(`validation.${f.code}`, f.params)}`);
  return (
    <div className="notice notice--error" role="alert" data-testid={testId} data-code={error.code}>
      <strong>{t('portal.errorTitle')}</strong>
      <p>{text}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
