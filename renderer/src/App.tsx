import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router';
import { SessionGate } from './session/SessionGate';
import { SessionProvider } from './session/SessionProvider';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createVangnetTheme, cssVariablesResolver } from './theme';

/**
 * Providers, outermost first: theme, notifications, a last-resort error boundary, the
 * hash router (the app is served from files, so no server-side routes), the session.
 */
export function App() {
  // `t` changes with the language, so the theme (close-button labels) follows a switch.
  const { t } = useTranslation('common');
  const theme = useMemo(() => createVangnetTheme(t('actions.close')), [t]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
      forceColorScheme="light"
    >
      {/* Bottom right: never over the lock button (header, top right) or the dossier header. */}
      <Notifications position="bottom-right" limit={4} containerWidth={380} />
      <ErrorBoundary>
        <HashRouter>
          <SessionProvider>
            <SessionGate />
          </SessionProvider>
        </HashRouter>
      </ErrorBoundary>
    </MantineProvider>
  );
}
