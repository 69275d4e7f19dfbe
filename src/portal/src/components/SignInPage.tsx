import { useState } from 'react';
import { portalApi } from '../api/portal-client';
import { useI18n } from '../lib/i18n';
import { navigate } from '../lib/router';
import { useSession } from '../lib/session';
import { useSubmit } from '../lib/use-async';
import { ErrorNotice } from './ErrorNotice';

/** Email + password, or a one-time link by email. `next` is checked by the server (same-origin only). */
export function SignInPage({ next }: { next: string | null }) {
  const { t } = useI18n();
  const { reload } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [linkEmail, setLinkEmail] = useState('');
  const [linkSent, setLinkSent] = useState<string | null>(null);
  const signIn = useSubmit();
  const link = useSubmit();

  return (
    <section className="auth" aria-labelledby="signin-heading">
      <div className="card auth__card">
        <h1 id="signin-heading">{t('portal.signIn.heading')}</h1>
        <p className="muted">{t('portal.signIn.intro')}</p>
        <form
          data-testid="signin-form"
          onSubmit={(e) => {
            e.preventDefault();
            void signIn.run(async () => {
              const answer = await portalApi.signIn(email, password, next);
              await reload();
              navigate(answer.next, true);
            });
          }}
        >
          <div className="field">
            <label htmlFor="signin-email">{t('portal.signIn.email')}</label>
            <input id="signin-email" data-testid="signin-email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="signin-password">{t('portal.signIn.password')}</label>
            <input id="signin-password" data-testid="signin-password" type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
          </div>
          <ErrorNotice error={signIn.error} testId="signin-error" />
          <button type="submit" className="btn btn--primary btn--block" data-testid="signin-submit" disabled={signIn.busy}>
            {signIn.busy ? t('portal.signIn.submitting') : t('portal.signIn.submit')}
          </button>
        </form>
        <div className="divider" role="separator">
          <span>{t('portal.signIn.or')}</span>
        </div>
        <form
          data-testid="link-form"
          aria-labelledby="link-heading"
          onSubmit={(e) => {
            e.preventDefault();
            void link.run(async () => {
              await portalApi.requestLink(linkEmail, next);
              setLinkSent(linkEmail);
            });
          }}
        >
          <h2 id="link-heading" className="h3">{t('portal.signIn.linkHeading')}</h2>
          <p className="muted">{t('portal.signIn.linkIntro')}</p>
          <div className="field">
            <label htmlFor="link-email">{t('portal.signIn.email')}</label>
            <input id="link-email" data-testid="link-email" type="email" autoComplete="email" required value={linkEmail} onChange={(e) => setLinkEmail(e.target.value)} />
          </div>
          <ErrorNotice error={link.error} testId="link-error" />
          {linkSent && (
            <p className="notice notice--ok" role="status" data-testid="link-sent">
              {t('portal.signIn.linkSent', { email: linkSent })}
            </p>
          )}
          <button type="submit" className="btn btn--secondary btn--block" data-testid="link-submit" disabled={link.busy}>
            {t('portal.signIn.linkSubmit')}
          </button>
        </form>
      </div>
    </section>
  );
}
