// The web app's entry: language, the session (resumed from the refresh cookie), Apollo Client, then the screens.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { LocaleProvider } from './i18n/locale';
import { applyStoredTheme } from './app/theme';
import './styles.css';

applyStoredTheme();
const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <LocaleProvider>
        <App />
      </LocaleProvider>
    </StrictMode>,
  );
