import type { OpName } from '../shared/api';
import type { Handlers } from './api/handlers';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import { CoreContext, type CoreDeps } from './context';
import type { OverviewExtension } from './dossiers/overview';
import { evaluationOverview } from './evaluation/overview';
import { monitoringOverviewExtension } from './monitoring/overview-extension';
import { documentHandlers } from './documents/handlers';
import { dossierHandlers } from './dossiers/handlers';
import { monitoringHandlers } from './monitoring/handlers';
import { evaluationHandlers } from './evaluation/handlers';
import { preventionHandlers } from './evaluation/prevention';
import { exchangeHandlers } from './exchange/handlers';
import { sessionHandlers } from './session/handlers';
import { protocolHandlers } from './protocol/handlers';
import { draftHandlers } from './drafts/handlers';

/**
 * What the areas add to the home screen's overview, in order: aftercare and retention
 * (evaluation), takedowns and follow-ups (monitoring). Listed here, not registered by import.
 */
export const OVERVIEW_EXTENSIONS: readonly OverviewExtension[] = [evaluationOverview, monitoringOverviewExtension];

export interface VangnetService {
  ctx: CoreContext;
  handlers: Handlers<OpName>;
  dispatch: Dispatch;
  /** Lock from outside the UI (idle, screen lock, suspend): closes the vault. */
  lock(): void;
}

/**
 * The product's core: the contract implemented over the vault and the document
 * generators. Electron's main process and the e2e harness both call `dispatch`.
 */
export function createVangnetService(deps: CoreDeps, log?: (message: string) => void): VangnetService {
  const ctx = new CoreContext(deps);
  const handlers: Handlers<OpName> = {
    ...sessionHandlers(ctx),
    ...dossierHandlers(ctx, { overviewExtensions: OVERVIEW_EXTENSIONS }),
    ...monitoringHandlers(ctx),
    ...evaluationHandlers(ctx),
    ...documentHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...protocolHandlers(ctx),
    ...draftHandlers(ctx),
    ...preventionHandlers(ctx),
  };
  return { ctx, handlers, dispatch: createDispatcher(handlers, log), lock: () => ctx.lock() };
}
