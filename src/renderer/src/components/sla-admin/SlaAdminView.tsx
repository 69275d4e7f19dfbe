import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/use-app-store';
import { CalendarAdmin } from './CalendarAdmin';
import { PolicyAdmin } from './PolicyAdmin';
import { SlaSettingsForm } from './SlaSettingsForm';

type Tab = 'calendars' | 'policies' | 'settings';
const TABS: Tab[] = ['calendars', 'policies', 'settings'];

/** Settings → SLA: calendars, policies (with the tester) and alert settings, over the workstation. */
export function SlaAdminView() {
  const { t } = useTranslation();
  const close = useAppStore((s) => s.closeSlaAdmin);
  const [tab, setTab] = useState<Tab>('calendars');
  return (
    <section className="sla-admin" data-testid="sla-admin" aria-labelledby="sla-admin-title">
      <header className="sla-admin__header">
        <h2 id="sla-admin-title">{t('slaUi.admin.title')}</h2>
        <div role="tablist" className="sla-admin__tabs">
          {TABS.map((name) => (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={tab === name}
              className={`tab${tab === name ? ' tab--current' : ''}`}
              data-testid={`sla-tab-${name}`}
              onClick={() => setTab(name)}
            >
              {t(`slaUi.admin.tabs.${name}`)}
            </button>
          ))}
        </div>
        <button type="button" className="btn" data-testid="sla-admin-close" onClick={close}>
          {t('slaUi.admin.close')}
        </button>
      </header>
      <div className="sla-admin__body" role="tabpanel">
        {tab === 'calendars' && <CalendarAdmin />}
        {tab === 'policies' && <PolicyAdmin />}
        {tab === 'settings' && <SlaSettingsForm />}
      </div>
    </section>
  );
}
