import type { ReactNode } from 'react';
import { useI18n } from '../lib/i18n';
import { navigate } from '../lib/router';
import { useSession } from '../lib/session';
import { AppLink } from './AppLink';
import { LanguageSwitch } from './LanguageSwitch';

/** Header (brand, navigation, language, account), main landmark and footer. */
export function Layout({ children, active }: { children: ReactNode; active?: 'requests' | 'new' | 'chat' }) {
  const { t } = useI18n();
  const { state, signOut } = useSession();
  const me = state.status === 'signed-in' ? state.me : null;
  const navItem = (key: 'requests' | 'new' | 'chat', to: string, label: string) => (
    <li>
      <a
        href={`/portal${to}`}
        aria-current={active === key ? 'page' : undefined}
        data-testid={`nav-${key}`}
        onClick={(e) => {
          if (e.button !== 0 || e.metaKey || e.ctrlKey) return;
          e.preventDefault();
          navigate(to);
        }}
      >
        {label}
      </a>
    </li>
  );
  return (
    <div className="page">
      <a className="skip" href="#main">
        {t('portal.skipToContent')}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <AppLink to="/requests" className="brand">
            <span className="brand__mark" aria-hidden="true">
              M
            </span>
            <span className="brand__name">{t('portal.brand')}</span>
            <span className="brand__title">{t('portal.title')}</span>
          </AppLink>
          {me && (
            <nav aria-label={t('portal.nav.label')}>
              <ul className="nav">
                {navItem('requests', '/requests', t('portal.nav.requests'))}
                {navItem('new', '/requests/new', t('portal.nav.newRequest'))}
                {navItem('chat', '/chat', t('portal.nav.chat'))}
              </ul>
            </nav>
          )}
          <div className="topbar__tools">
            <LanguageSwitch />
            {me && (
              <>
                <span className="who" data-testid="portal-who">
                  {t('portal.signedInAs', { name: me.name })}
                </span>
                <button type="button" className="btn btn--quiet" data-testid="sign-out" onClick={() => void signOut()}>
                  {t('portal.signOut')}
                </button>
              </>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="content" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">{t('portal.footer')}</footer>
    </div>
  );
}
