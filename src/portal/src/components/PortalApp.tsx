import { useEffect } from 'react';
import { useI18n } from '../lib/i18n';
import { navigate, usePath } from '../lib/router';
import { SessionProvider, useSession } from '../lib/session';
import { ActionPage } from './ActionPage';
import { ChatPage } from '../chat/ChatPage';
import { Layout } from './Layout';
import { LinkPage } from './LinkPage';
import { NewRequestPage } from './NewRequestPage';
import { RequestDetailPage } from './RequestDetailPage';
import { RequestsPage } from './RequestsPage';
import { SignInPage } from './SignInPage';

function Routes() {
  const path = usePath();
  const { t } = useI18n();
  const { state } = useSession();
  useEffect(() => {
    if (path === '/' ) navigate('/requests', true);
  }, [path]);

  if (path === '/link') return <LinkPage />;
  const action = /^\/actions\/([^/]+)$/.exec(path);
  if (action?.[1]) return <ActionPage token={decodeURIComponent(action[1])} />;
  if (path === '/chat') {
    const embedded = new URLSearchParams(window.location.search).get('embed') === '1';
    return embedded ? <ChatPage embedded /> : <Layout active="chat"><ChatPage embedded={false} /></Layout>;
  }
  if (state.status === 'loading')
    return (
      <Layout>
        <p className="muted" aria-busy="true">{t('portal.loading')}</p>
      </Layout>
    );
  if (state.status === 'signed-out' || path === '/signin') {
    const next = path === '/signin' ? new URLSearchParams(window.location.search).get('next') : `/portal${path}`;
    return (
      <Layout>
        <SignInPage next={next} />
      </Layout>
    );
  }
  if (path === '/requests')
    return (
      <Layout active="requests">
        <RequestsPage />
      </Layout>
    );
  if (path === '/requests/new')
    return (
      <Layout active="new">
        <NewRequestPage />
      </Layout>
    );
  const detail = /^\/requests\/([A-Za-z0-9_-]+)$/.exec(path);
  if (detail?.[1])
    return (
      <Layout active="requests">
        <RequestDetailPage id={detail[1]} />
      </Layout>
    );
  return (
    <Layout>
      <p data-testid="not-found">{t('portal.notFound')}</p>
    </Layout>
  );
}

export function PortalApp() {
  return (
    <SessionProvider>
      <Routes />
    </SessionProvider>
  );
}
