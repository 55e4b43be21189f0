import type { OpName } from '../shared/api';
import { createDispatcher, type Dispatch, type Handlers } from './api';
import { CoreContext, type CoreDeps } from './context';
import { documentHandlers, protocolPdf, subjectAccessSources, writePlainDocument } from './documents';
import { dossierHandlers, protocolMoveHandlers, type DossierContributions } from './dossiers';
import { draftHandlers } from './drafts';
import {
  evaluationHandlers,
  evaluationOpenWork,
  evaluationOverview,
  evaluationRepo,
  preventionHandlers,
  type EvaluationContributions,
} from './evaluation';
import { exchangeHandlers } from './exchange';
import { monitoringHandlers, monitoringOverviewExtension, takedownOpenWork } from './monitoring';
import { protocolHandlers, type ProtocolContributions } from './protocol';
import { sessionHandlers } from './session';

/**
 * The areas and what each contributes to the others, assembled here in one visible place
 * (docs/architecture.md has the picture). Nothing is registered by import side effect; an area
 * never imports one above it, it is handed what it needs.
 */
export const OVERVIEW_EXTENSIONS: DossierContributions['overviewExtensions'] = [
  // In this order: aftercare and retention (evaluation), takedowns and follow-ups (monitoring).
  evaluationOverview,
  monitoringOverviewExtension,
];

const DOSSIER_CONTRIBUTIONS: DossierContributions = {
  overviewExtensions: OVERVIEW_EXTENSIONS,
  openWork: { takedowns: takedownOpenWork, evaluation: evaluationOpenWork },
};

const PROTOCOL_CONTRIBUTIONS: ProtocolContributions = {
  openPoints: (db) => evaluationRepo.listImprovements(db, { status: 'open' }),
  renderPdf: protocolPdf,
};

const EVALUATION_CONTRIBUTIONS: EvaluationContributions = { writePlainDocument, subjectAccessSources };

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
    ...dossierHandlers(ctx, DOSSIER_CONTRIBUTIONS),
    ...protocolMoveHandlers(ctx),
    ...monitoringHandlers(ctx),
    ...evaluationHandlers(ctx, EVALUATION_CONTRIBUTIONS),
    ...documentHandlers(ctx),
    ...exchangeHandlers(ctx),
    ...protocolHandlers(ctx, PROTOCOL_CONTRIBUTIONS),
    ...draftHandlers(ctx),
    ...preventionHandlers(ctx, EVALUATION_CONTRIBUTIONS),
  };
  return { ctx, handlers, dispatch: createDispatcher(handlers, log), lock: () => ctx.lock() };
}
