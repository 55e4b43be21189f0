import { Fragment } from 'react';
import { missingCase } from '../../../src/shared/errors';
import { AppRoutes } from '../routes';
import { FirstRunScreen } from './FirstRunScreen';
import { LockScreen } from './LockScreen';
import { useSession } from './SessionContext';

/**
 * No vault → first run; locked → lock screen; unlocked → the app. The routed tree is keyed
 * by the session epoch, so every lock unmounts it and nothing survives into the next session.
 */
export function SessionGate() {
  const { status, epoch } = useSession();
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
