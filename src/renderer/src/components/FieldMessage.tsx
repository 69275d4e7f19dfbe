import { useTranslation } from 'react-i18next';
import type { InlineError } from '../forms/new-ticket-form';
import { translateError, translateFieldError } from '../i18n/translate-error';

/** The inline error under a field; `id` is what the field's aria-describedby points to. */
export function FieldMessage({
  id,
  name,
  error,
}: {
  id: string;
  name: string;
  error: InlineError | undefined;
}) {
  const { t } = useTranslation();
  if (!error) return null;
  const text =
    error.kind === 'validation'
      ? translateFieldError(t, error.error)
      : translateError(t, { code: error.code, params: error.params });
  return (
    <p id={id} className="field__error" data-testid={`field-error-${name}`} role="alert">
      {text}
    </p>
  );
}
