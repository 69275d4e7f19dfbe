import { useTranslation } from 'react-i18next';
import type { SyncIssue } from '../../../shared/api/sync-schemas';
import { useAction } from '../hooks/use-action';
import { translateError } from '../i18n/translate-error';
import type { ErrorCode } from '../../../shared/errors';
import { useAppStore } from '../store/use-app-store';
import { useSyncStore } from '../store/use-sync-store';
import { Modal } from './Modal';

function IssueRow({ issue }: { issue: SyncIssue }) {
  const { t } = useTranslation();
  const dismiss = useSyncStore((s) => s.dismiss);
  const reapply = useSyncStore((s) => s.reapply);
  const agents = useAppStore((s) => s.session.reference?.agentsById);
  const action = useAction();
  // A local conflict knows the holder's id only; the server adds the name to its rejection.
  const holderId = issue.params.holderId;
  const params = {
    ...issue.params,
    holderName: issue.params.holderName ?? (typeof holderId === 'string' ? (agents?.get(holderId)?.name ?? holderId) : null),
  };
  return (
    <li className={`sync-issue sync-issue--${issue.kind}`} data-testid="sync-issue" data-kind={issue.kind}>
      <div className="sync-issue__head">
        <span className="sync-issue__kind">{t(`sync.kind.${issue.kind}`)}</span>
        <span className="sync-issue__what">{t(`sync.mutation.${issue.name.replace('.', '_')}`, { defaultValue: issue.name })}</span>
        {issue.ticketLabel && <span className="sync-issue__ticket">{issue.ticketLabel}</span>}
        <time className="muted">{new Date(issue.at).toLocaleString()}</time>
      </div>
      {issue.code && <p className="sync-issue__reason">{translateError(t, { code: issue.code as ErrorCode, params })}</p>}
      {issue.kind === 'rejected' && (
        <div className="sync-issue__actions">
          {issue.canReapply && (
            <button type="button" className="btn btn--primary" onClick={() => void action.run(() => reapply(issue.mutationId))}>
              {t('sync.reapply')}
            </button>
          )}
          <button type="button" className="btn" onClick={() => void action.run(() => dismiss(issue.mutationId))}>
            {t('sync.dismiss')}
          </button>
        </div>
      )}
      {action.error && (
        <p className="action__error" role="alert">
          {translateError(t, action.error)}
        </p>
      )}
    </li>
  );
}

/** Every queued change, conflict and rejection: nothing leaves this list without the agent seeing it. */
export function SyncPanel() {
  const { t } = useTranslation();
  const issues = useSyncStore((s) => s.issues);
  const status = useSyncStore((s) => s.status);
  const close = useSyncStore((s) => s.closePanel);
  const logout = useSyncStore((s) => s.logout);
  return (
    <Modal title={t('sync.panelTitle')} onClose={close} testId="sync-panel">
      {status?.mode === 'server' && (
        <p className="muted">
          {t('sync.signedInTo', { email: status.userEmail ?? '', url: status.serverUrl ?? '' })}
          {!status.tokenStored && <> · {t('errors.sync.no_secure_storage')}</>}
        </p>
      )}
      {issues.length === 0 ? (
        <p className="muted">{t('sync.empty')}</p>
      ) : (
        <ul className="sync-issues">
          {issues.map((issue) => (
            <IssueRow key={`${issue.kind}-${issue.mutationId}`} issue={issue} />
          ))}
        </ul>
      )}
      {status?.mode === 'server' && status.signedIn && (
        <button type="button" className="btn btn--ghost" onClick={() => void logout()} data-testid="sync-logout">
          {t('sync.logout')}
        </button>
      )}
    </Modal>
  );
}
