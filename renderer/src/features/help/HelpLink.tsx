import { Button } from '@mantine/core';
import { IconHelpCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { HelpLocationState } from './HelpScreen';
import type { HelpSectionId } from './sections';

/**
 * The small "Hulp" button in a screen's header: opens the user guide inside the app at the
 * section about this screen, with a way back. `section` is a heading id of the guide.
 */
export function HelpLink({ section }: { section: HelpSectionId }) {
  const { t } = useTranslation('help');
  const navigate = useNavigate();
  const location = useLocation();
  const state: HelpLocationState = { from: `${location.pathname}${location.search}` };
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconHelpCircle size={18} aria-hidden />}
      aria-label={t('linkLabel')}
      data-help-section={section}
      onClick={() => navigate(`/hulp/${section}`, { state })}
    >
      {t('link')}
    </Button>
  );
}
