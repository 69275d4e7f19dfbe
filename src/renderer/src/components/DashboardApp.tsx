import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiClient } from '../../../shared/api/client';

/** Supervisor dashboard window: a placeholder until the team picture is built. */
export function DashboardApp({ api }: { api: ApiClient | null }) {
  const { t, i18n } = useTranslation();

  useEffect(() => {
    if (!api) return;
    let alive = true;
    const apply = (language: 'es' | 'en'): void => {
      if (!alive) return;
      void i18n.changeLanguage(language);
      document.documentElement.lang = language;
    };
    api.invoke('session.get', {}).then(
      (s) => apply(s.language),
      () => undefined,
    );
    const off = api.on('session.changed', (p) => apply(p.language));
    return () => {
      alive = false;
      off();
    };
  }, [api, i18n]);

  useEffect(() => {
    document.title = `${t('app.name')} · ${t('dashboard.title')}`;
  }, [t]);

  return (
    <main className="splash" data-testid="dashboard">
      <h1 className="splash__title">{t('dashboard.title')}</h1>
      <p>{t('dashboard.placeholder')}</p>
      <p className="muted">{t('dashboard.comingSoon')}</p>
    </main>
  );
}
