/**
 * The document kinds: one module per kind (a letter kind's setup, the report kinds),
 * sharing DocData/Built (common.ts) and the letters' view/help/sender helpers (letter-common.ts).
 * A new kind adds its module here and its case in service.buildKind.
 */
export type { Built, DocData } from './common';
export { helpLines } from './letter-common';
export { buildTemplated } from './templated';
export { buildStatement, statementText } from './statement';
export { buildMediaPlan } from './media-plan';
export {
  buildEvaluationReport,
  evaluationInputFromData,
  evaluationInputFromSteps,
  type EvaluationReportInput,
} from './evaluation-report';
export { buildDossierOverview, type OverviewExtras } from './dossier-overview';
export { buildMonitoringLog } from './monitoring-log';
export { buildRecoverySheet } from './recovery-sheet';
