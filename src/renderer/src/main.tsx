// Fast-refresh preamble as a module: the CSP meta tag blocks Vite's inline one in dev (empty in builds).
import '@vitejs/plugin-react/preamble';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApiClient } from '../../shared/api/client';
import { detectLanguage } from '../../shared/i18n';
import { getBridge } from './bridge/get-bridge';
import { App } from './components/App';
import { SyncGate } from './components/SyncGate';
import { NoBridge } from './components/NoBridge';
import { createI18n } from './i18n/create-i18n';
import { bindApiEvents, createAppStore } from './store/create-app-store';
import { bindSlaEvents } from './store/sla-slice';
import { AppStoreContext } from './store/use-app-store';
import { bindSyncEvents, createSyncStore, needsSignIn } from './store/sync-store';
import { SyncStoreContext } from './store/use-sync-store';
import './styles/index.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root is missing');

const initialLanguage = detectLanguage(navigator.language);
const i18n = createI18n(initialLanguage);
const bridge = getBridge();
const root = createRoot(rootElement);

if (!bridge) {
  root.render(
    <I18nextProvider i18n={i18n}>
      <NoBridge />
    </I18nextProvider>,
  );
} else {
  const api = createApiClient(bridge);
  const store = createAppStore({ api, initialLanguage });
  bindApiEvents(store, api);
  bindSlaEvents(store, api);
  const sync = createSyncStore(api);
  bindSyncEvents(sync, store, api);
  // A server-backed workstation boots once the agent is signed in (SyncGate shows the form first).
  void sync
    .getState()
    .refresh()
    .then(
      (status) => (needsSignIn(status) ? undefined : store.getState().boot()),
      () => store.getState().boot(),
    );
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <AppStoreContext.Provider value={store}>
          <SyncStoreContext.Provider value={sync}>
            <SyncGate>
              <App />
            </SyncGate>
          </SyncStoreContext.Provider>
        </AppStoreContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}
