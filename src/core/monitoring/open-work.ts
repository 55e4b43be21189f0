import { PLATFORM_LABELS } from '../../shared/domain';
import type { OpenWorkSources } from '../dossiers';
import { listTakedowns } from './repository';

/** Monitoring's part of a dossier's open work: the takedown requests still open. */
export const takedownOpenWork: OpenWorkSources['takedowns'] = (ctx, dossierId) =>
  listTakedowns(ctx.db(), dossierId, true, ctx.now()).map((t) => ({
    id: t.id,
    platformLabel: `${PLATFORM_LABELS[t.platform]}${t.location ? ` (${t.location})` : ''}`,
    open: true,
  }));
