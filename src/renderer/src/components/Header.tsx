import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/use-app-store';
import { ChatButton } from './chat/ChatButton';
import { ChecklistAdminButton } from './checklist-admin/ChecklistAdminButton';
import { LanguageSelect } from './LanguageSelect';
import { LogCallButton } from './phone/LogCallButton';
import { SearchBox } from './SearchBox';
import { SlaAdminButton } from './sla/SlaAdminButton';
import { SyncIndicator } from './SyncIndicator';
import { AvailabilitySelect } from './workflow/AvailabilitySelect';

export function Header() {
  const { t } = useTranslation();
  const openDialog = useAppStore((s) => s.openDialog);
  const agentName = useAppStore((s) => s.session.info?.agent.name ?? '');
  return (
    <header className="header">
      <div className="header__brand">
        <span className="header__logo" aria-hidden="true" />
        <span className="header__name">{t('app.name')}</span>
        <span className="header__tagline">{t('app.tagline')}</span>
      </div>
      <SearchBox />
      <div className="header__actions">
        <button
          type="button"
          className="btn btn--primary"
          data-testid="new-ticket-button"
          onClick={() => openDialog('newTicket')}
          aria-keyshortcuts="N Control+N"
        >
          {t('header.newTicket')}
        </button>
        <LogCallButton />
        <ChatButton />
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          onClick={() => openDialog('shortcuts')}
          aria-label={t('header.shortcuts')}
          title={t('header.shortcuts')}
          aria-keyshortcuts="Shift+?"
        >
          <span aria-hidden="true">?</span>
        </button>
        <SyncIndicator />
        <SlaAdminButton />
        <ChecklistAdminButton />
        <AvailabilitySelect />
        <LanguageSelect />
        <span className="header__agent" title={t('app.signedInAs', { name: agentName })}>
          {agentName}
        </span>
      </div>
    </header>
  );
}
