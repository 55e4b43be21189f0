import { EMPTY_SCHOOL_PROFILE, SchoolProfileSchema, type SchoolProfile } from '../shared/domain';
import type { CoreContext } from './context';

/**
 * The school's letterhead (name, address, contact), read by every area that writes a document.
 * A kernel module beside context.ts, so no area has to import another one for it.
 */
export function readSchoolProfile(ctx: CoreContext): SchoolProfile {
  const row = ctx.db().prepare('SELECT data_json FROM school_profile WHERE id = 1').get() as
    | { data_json: string }
    | undefined;
  if (!row) return { ...EMPTY_SCHOOL_PROFILE };
  const parsed = SchoolProfileSchema.safeParse({ ...EMPTY_SCHOOL_PROFILE, ...JSON.parse(row.data_json) });
  return parsed.success ? parsed.data : { ...EMPTY_SCHOOL_PROFILE };
}
