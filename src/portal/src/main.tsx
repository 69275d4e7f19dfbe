import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PortalApp } from './components/PortalApp';
import { I18nProvider } from './lib/i18n';
import './styles/portal.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <PortalApp />
      </I18nProvider>
    </StrictMode>,
  );
}
