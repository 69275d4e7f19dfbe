// Fast-refresh preamble as a module: the CSP meta tag blocks Vite's inline one in dev (empty in builds).
import '@vitejs/plugin-react/preamble';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApiClient } from '../../shared/api/client';
import { detectLanguage } from '../../shared/i18n';
import { getBridge } from './bridge/get-bridge';
import { DashboardWindow } from './dashboard/DashboardWindow';
import { NoBridge } from './components/NoBridge';
import { createI18n } from './i18n/create-i18n';
import './styles/index.css';
import './styles/dashboard.css';

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('#root is missing');

const i18n = createI18n(detectLanguage(navigator.language));
const bridge = getBridge();
const api = bridge ? createApiClient(bridge) : null;

createRoot(rootElement).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      {api ? <DashboardWindow api={api} /> : <NoBridge />}
    </I18nextProvider>
  </StrictMode>,
);
