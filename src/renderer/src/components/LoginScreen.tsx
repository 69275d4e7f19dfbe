import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useAction } from '../hooks/use-action';
import { translateError } from '../i18n/translate-error';
import { useSyncStore } from '../store/use-sync-store';

/** First start against a server: server URL, user and password. The token never reaches the renderer. */
export function LoginScreen({ onSignedIn }: { onSignedIn(): void }) {
  const { t } = useTranslation();
  const status = useSyncStore((s) => s.status);
  const login = useSyncStore((s) => s.login);
  const [serverUrl, setServerUrl] = useState(status?.serverUrl ?? '');
  const [email, setEmail] = useState(status?.userEmail ?? '');
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void action
      .run(() => login({ serverUrl: serverUrl.trim() || undefined, email: email.trim(), password }))
      .then((ok) => {
        if (ok) onSignedIn();
      });
  };

  return (
    <main className="splash login">
      <h1 className="splash__title">{t('app.name')}</h1>
      <form className="login__form" onSubmit={submit} data-testid="login-form" aria-busy={action.pending}>
        <h2>{t('sync.login.title')}</h2>
        <label className="field">
          <span className="field__label">{t('sync.login.serverUrl')}</span>
          <input className="input" type="url" value={serverUrl} onChange={(e) => setServerUrl(e.target.value)} required />
        </label>
        <label className="field">
          <span className="field__label">{t('sync.login.email')}</span>
          <input className="input" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
        </label>
        <label className="field">
          <span className="field__label">{t('sync.login.password')}</span>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {action.error && (
          <p className="action__error" role="alert">
            {translateError(t, action.error)}
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={action.pending}>
          {action.pending ? t('sync.login.signingIn') : t('sync.login.submit')}
        </button>
        <p className="muted">{t('sync.login.firstSyncHint')}</p>
      </form>
    </main>
  );
}
