import { useTranslation } from 'react-i18next';
import { useLanguageSync } from '../hooks/use-language-sync';
import { useShortcuts } from '../hooks/use-shortcuts';
import { translateError } from '../i18n/translate-error';
import { useAppStore, useAppStoreApi } from '../store/use-app-store';
import { ErrorBanner } from './ErrorBanner';
import { Header } from './Header';
import { NewTicketDialog } from './NewTicketDialog';
import { QueuePane } from './QueuePane';
import { ShortcutsDialog } from './ShortcutsDialog';
import { Sidebar } from './Sidebar';
import { SlaOverlays } from './sla/SlaOverlays';
import { TicketDetail } from './TicketDetail';
import { EscalatedList } from './workflow/EscalatedList';
import { WorkflowDialogs } from './workflow/WorkflowDialogs';
import { useWorkflowBoot } from './workflow/use-workflow-boot';

/** Agent workstation: header, views sidebar, queue in the middle, detail on the right. */
export function App() {
  const store = useAppStoreApi();
  useShortcuts(store);
  useLanguageSync();
  const { t } = useTranslation();
  const status = useAppStore((s) => s.session.status);
  const bootError = useAppStore((s) => s.session.error);
  const dialog = useAppStore((s) => s.ui.dialog);
  const escalatedView = useAppStore((s) => s.workflow.escalatedView);
  useWorkflowBoot(status === 'ready');

  if (status === 'error' && bootError) {
    return (
      <main className="splash" role="alert">
        <h1 className="splash__title">{t('app.name')}</h1>
        <p>{t('app.startFailed', { message: translateError(t, bootError) })}</p>
        <button type="button" className="btn btn--primary" onClick={() => void store.getState().boot()}>
          {t('app.retry')}
        </button>
      </main>
    );
  }
  if (status !== 'ready') {
    return (
      <main className="splash" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </main>
    );
  }

  return (
    <div className="app">
      <Header />
      <ErrorBanner />
      <div className="app__body">
        <Sidebar />
        {escalatedView ? <EscalatedList /> : <QueuePane />}
        <TicketDetail />
      </div>
      {dialog === 'newTicket' && <NewTicketDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
      <SlaOverlays />
      <WorkflowDialogs />
    </div>
  );
}
