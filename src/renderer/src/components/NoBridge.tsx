import { useTranslation } from 'react-i18next';

/** Shown when the page is opened outside Electron and without a browser-host URL. */
export function NoBridge() {
  const { t } = useTranslation();
  return (
    <main className="splash" role="alert">
      <h1 className="splash__title">{t('app.name')}</h1>
      <p>{t('app.noBridge')}</p>
      <p className="muted">{t('app.noBridgeHint')}</p>
    </main>
  );
}
