import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import type { SchoolProfile } from '../../../../src/shared/domain/school';

/** The school profile for guidance in steps (help resources, confidant, police contact). */
export function useSchoolProfile(): SchoolProfile | null {
  const [profile, setProfile] = useState<SchoolProfile | null>(null);
  useEffect(() => {
    let alive = true;
    call('school.get', {})
      .then((p) => {
        if (alive) setProfile(p);
      })
      .catch(() => {
        // Guidance without the profile still works; the school screen shows real errors.
      });
    return () => {
      alive = false;
    };
  }, []);
  return profile;
}
