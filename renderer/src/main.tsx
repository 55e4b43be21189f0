import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/dates/styles.css';
import './styles/global.css';
import './i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { notifyError } from './ui/notify';

// Errors outside rendering (a failed promise in a click handler) must not vanish silently,
// nor leave the user guessing: show the calm generic message, log only the error's type.
window.addEventListener('unhandledrejection', (event) => {
  console.error(`unhandledrejection: ${(event.reason as Error | undefined)?.name ?? typeof event.reason}`);
  notifyError(event.reason);
});

const root = document.getElementById('root');
if (!root) throw new Error('main: #root missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
