import { useEffect, useRef, useState } from 'react';
import { portalApi } from '../api/portal-client';
import { useI18n } from '../lib/i18n';
import { navigate } from '../lib/router';
import { useSession } from '../lib/session';
import { toPortalError } from '../lib/use-async';
import type { PortalError } from '../api/portal-client';
import { ErrorNotice } from './ErrorNotice';
import { Layout } from './Layout';
import { AppLink } from './AppLink';

/**
 * The page a sign-in link opens: `/portal/link#<token>` (the token stays in the fragment, out of
 * logs and referrers). Opening the page changes nothing by itself on the server until this page
 * POSTs the token; a mail scanner fetching the link signs nobody in.
 */
export function LinkPage() {
  const { t } = useI18n();
  const { reload } = useSession();
  const [error, setError] = useState<PortalError | null>(null);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const token = window.location.hash.replace(/^#/, '');
    window.history.replaceState(null, '', '/portal/link');
    portalApi
      .redeemLink(token)
      .then(async ({ next }) => {
        await reload();
        navigate(next, true);
      })
      .catch((e: unknown) => setError(toPortalError(e)));
  }, [reload]);
  return (
    <Layout>
      <section className="card auth__card" aria-live="polite">
        {error ? (
          <>
            <ErrorNotice error={error} testId="link-redeem-error" />
            <AppLink to="/signin" className="btn btn--primary">{t('portal.signIn.heading')}</AppLink>
          </>
        ) : (
          <p aria-busy="true">{t('portal.signIn.linkRedeeming')}</p>
        )}
      </section>
    </Layout>
  );
}
