import { useTranslation } from 'react-i18next';
import { translateError } from '../i18n/translate-error';
import { useAppStore } from '../store/use-app-store';

export function ErrorBanner() {
  const { t } = useTranslation();
  const banner = useAppStore((s) => s.ui.banner);
  const dismiss = useAppStore((s) => s.dismissBanner);
  if (!banner) return null;
  return (
    <div
      className="banner banner--error"
      role="alert"
      data-testid="error-banner"
      data-error-code={banner.code}
    >
      <span>{translateError(t, banner)}</span>
      <button type="button" className="btn btn--ghost btn--small" onClick={dismiss}>
        {t('app.dismiss')}
      </button>
    </div>
  );
}
