import { Fragment, useEffect } from 'react';
import { missingCase } from '../../../src/shared/missing-case';
import { lazyNamed } from '../lazyScreen';
import { useMenuEvents } from '../shell/useMenuEvents';
import { LockScreen } from './LockScreen';
import { useSession } from './SessionContext';

// The lock screen is the first screen on every start but the very first: it is in the entry
// chunk. The app behind it and the first-run flow are chunks of their own, fetched on demand.
const loadRoutes = () => import('../routes');
const AppRoutes = lazyNamed(loadRoutes, 'AppRoutes');
const FirstRunScreen = lazyNamed(() => import('./FirstRunScreen'), 'FirstRunScreen');
const loadOverview = () => import('../features/overview/OverviewScreen');

/** Once the lock screen is up, fetch the app's shell and home screen while the user types. */
function usePrefetchApp(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const id = window.setTimeout(() => {
      void loadRoutes().then(loadOverview);
    }, 200);
    return () => window.clearTimeout(id);
  }, [active]);
}

/**
 * No vault → first run; locked → lock screen; unlocked → the app. The routed tree is keyed
 * by the session epoch, so every lock unmounts it and nothing survives into the next session.
 */
export function SessionGate() {
  const { status, epoch } = useSession();
  usePrefetchApp(status.state === 'locked');
  useMenuEvents(status.state === 'unlocked');
  switch (status.state) {
    case 'no-vault':
      return <FirstRunScreen />;
    case 'locked':
      return <LockScreen key={epoch} />;
    case 'unlocked':
      return (
        <Fragment key={epoch}>
          <AppRoutes />
        </Fragment>
      );
    default:
      return missingCase(status.state);
  }
}
