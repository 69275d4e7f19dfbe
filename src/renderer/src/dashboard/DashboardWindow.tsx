import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fill, useTexts } from './use-texts';
import type { ApiClient } from '../../../shared/api/client';
import type { ReportDocument } from '../../../shared/reports/report-document';
import { AgentsPanel } from './AgentsPanel';
import { AlertFeed } from './AlertFeed';
import { ImprovementView } from './ImprovementView';
import { CallsPanel, QueuesPanel, SlaPanel } from './LivePanels';
import { ReportsScreen } from './ReportsScreen';
import { TrendsPanel } from './TrendsPanel';
import { useDashboard } from './use-dashboard';

type Tab = 'live' | 'reports' | 'improvement';

/** The supervisor dashboard window: live team picture, reports, continuous improvement; wallboard mode. */
export function DashboardWindow({ api }: { api: ApiClient }) {
  const { t, i18n } = useTranslation();
  const x = useTexts();
  const { snapshot, deliveries, reload } = useDashboard(api);
  const [tab, setTab] = useState<Tab>('live');
  const [wallboard, setWallboard] = useState(false);
  const [agentId, setAgentId] = useState<string | null>(null);
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  const [categories, setCategories] = useState<Record<string, string>>({});

  useEffect(() => {
    let alive = true;
    const apply = (language: 'es' | 'en'): void => {
      if (!alive) return;
      void i18n.changeLanguage(language);
      document.documentElement.lang = language;
    };
    api.invoke('session.get', {}).then(
      (s) => {
        apply(s.language);
        setAgentId(s.agent.id);
      },
      () => undefined,
    );
    api.invoke('reference.get', {}).then(
      (r) => setCategories(Object.fromEntries(r.categories.map((c) => [c.id, i18n.language === 'en' ? c.name.en : c.name.es]))),
      () => undefined,
    );
    const off = api.on('session.changed', (p) => apply(p.language));
    return () => {
      alive = false;
      off();
    };
  }, [api, i18n]);

  useEffect(() => {
    document.title = `${t('app.name')} · ${x.supervisor.title}`;
  }, [t, x]);

  const toggleWallboard = (): void => {
    const next = !wallboard;
    setWallboard(next);
    setTab('live');
    if (next) void document.documentElement.requestFullscreen?.().catch(() => undefined);
    else if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  };

  return (
    <main className={`dash${wallboard ? ' dash--wallboard' : ''}`} data-testid="dashboard" data-wallboard={wallboard}>
      <header className="dash-header">
        <h1>{x.supervisor.title}</h1>
        {!wallboard && (
          <nav className="dash-tabs" role="tablist">
            {(['live', 'reports', 'improvement'] as const).map((id) => (
              <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'is-active' : ''} onClick={() => setTab(id)} data-testid={`tab-${id}`}>
                {x.supervisor.tabs[id]}
              </button>
            ))}
          </nav>
        )}
        <span className="muted" data-testid="dashboard-updated">
          {snapshot ? fill(x.supervisor.updatedAt, { time: new Date(snapshot.computedAt).toLocaleTimeString(i18n.language) }) : ''}
        </span>
        <button type="button" className="btn" onClick={toggleWallboard} data-testid="wallboard-toggle">
          {wallboard ? x.supervisor.exitWallboard : x.supervisor.wallboard}
        </button>
      </header>
      {tab === 'live' && snapshot && (
        <div className="dash-body">
          <QueuesPanel s={snapshot} />
          <SlaPanel s={snapshot} />
          <AlertFeed s={snapshot} api={api} deliveries={deliveries} agentId={agentId} onDone={() => void reload()} />
          <AgentsPanel s={snapshot} api={api} />
          <CallsPanel s={snapshot} />
          <TrendsPanel s={snapshot} />
        </div>
      )}
      {tab === 'reports' && <ReportsScreen api={api} names={snapshot?.names ?? {}} onDocument={setDoc} />}
      {tab === 'improvement' && (
        <>
          {!doc && <ReportsScreen api={api} names={snapshot?.names ?? {}} onDocument={setDoc} />}
          <ImprovementView doc={doc} categoryName={(id) => (id ? (categories[id] ?? id) : '')} />
        </>
      )}
    </main>
  );
}
