/**
 * The evaluation area: evaluations, aftercare, improvement points, prevention, retention and
 * destruction, subject access. Contributes overview reminders and open work to the dossiers;
 * its PDFs are rendered by the documents area's renderer, passed in (EvaluationContributions).
 */
export { evaluationHandlers } from './handlers';
export { preventionHandlers } from './prevention';
export { evaluationOverview } from './overview';
export { evaluationOpenWork } from './open-work';
export { loadEvaluationReportData, loadReportSummary } from './report';
export { buildSubjectAccessDocument } from './subject-access';
export type {
  EvaluationContributions,
  PlainBlock,
  PlainDocument,
  PlainSection,
  PlainExport,
  WritePlainDocument,
  SubjectAccessSources,
} from './document';
export * as evaluationRepo from './repository';
