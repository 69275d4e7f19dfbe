import { useTranslation } from 'react-i18next';
import { useSyncStore } from '../store/use-sync-store';
import { SyncPanel } from './SyncPanel';

/** Online/offline dot with the pending count; opens the Sync panel. Long rounds show a progress bar. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const status = useSyncStore((s) => s.status);
  const panelOpen = useSyncStore((s) => s.panelOpen);
  const openPanel = useSyncStore((s) => s.openPanel);
  if (!status) return null;
  const state = status.mode === 'local' ? 'local' : status.connection;
  const attention = status.conflicts + status.rejected;
  const progress = status.progress;
  return (
    <div className="sync-indicator">
      <button
        type="button"
        className={`btn btn--ghost sync-indicator__button sync-indicator--${state}`}
        data-testid="sync-indicator"
        data-state={state}
        onClick={openPanel}
        title={status.lastSyncAt ? t('sync.lastSync', { at: new Date(status.lastSyncAt).toLocaleString() }) : undefined}
      >
        <span className="sync-indicator__dot" aria-hidden="true" />
        <span>{t(`sync.state.${state}`)}</span>
        <span className="sync-indicator__count" data-testid="sync-pending">
          {t('sync.pendingCount', { count: status.pending })}
        </span>
        {attention > 0 && (
          <span className="sync-indicator__alert" data-testid="sync-attention">
            {t('sync.attentionCount', { count: attention })}
          </span>
        )}
      </button>
      {progress && (
        <div className="sync-progress" data-testid="sync-progress">
          <progress
            max={1}
            value={progress.fraction ?? undefined}
            aria-label={t(`sync.phase.${progress.phase}`)}
          />
          <span className="muted">{t(`sync.phase.${progress.phase}`)} · {t('sync.rows', { count: progress.rows })}</span>
        </div>
      )}
      {panelOpen && <SyncPanel />}
    </div>
  );
}
