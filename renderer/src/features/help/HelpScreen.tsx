import { Alert, Anchor, Box, Button, Flex, NavLink, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { GuideContent } from './GuideContent';
import { GUIDE_HEADING_IDS, GUIDE_SECTIONS, GUIDE_SOURCE, guideImageUrl } from './guide';

/** Where a HelpLink came from, so "Terug" returns to the same screen. */
export interface HelpLocationState {
  from?: string;
}

/**
 * The user guide inside the app (route /hulp/:section?): a table of contents and the guide,
 * scrolled to the requested section. Works offline: the text and screenshots are bundled.
 */
export function HelpScreen() {
  const { t, i18n } = useTranslation('help');
  const { section } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const from = (location.state as HelpLocationState | null)?.from;
  const current = section && GUIDE_HEADING_IDS.has(section) ? section : undefined;

  useEffect(() => {
    if (!current) {
      window.scrollTo({ top: 0 });
      return;
    }
    const heading = document.getElementById(current);
    if (!heading) return;
    heading.scrollIntoView({ block: 'start' });
    // Screen readers and keyboard users land on the section, too.
    heading.focus({ preventScroll: true });
    // location.key: choosing the same section again scrolls back to it.
  }, [current, location.key]);

  return (
    <Box data-screen="help" data-section={current ?? ''}>
      <Flex gap="xl" direction={{ base: 'column', md: 'row' }} align="flex-start">
        <Box
          component="nav"
          aria-label={t('toc')}
          w={{ base: '100%', md: 260 }}
          style={{
            flexShrink: 0,
            position: 'sticky',
            top: 76,
            maxHeight: 'calc(100vh - 96px)',
            overflowY: 'auto',
          }}
        >
          <Stack gap={4}>
            {from && (
              <Button
                variant="default"
                size="compact-sm"
                leftSection={<IconArrowLeft size={16} aria-hidden />}
                onClick={() => navigate(from)}
                mb="sm"
                w="fit-content"
              >
                {t('back')}
              </Button>
            )}
            <Title order={2} fz="h5" c="dimmed" px="sm">
              {t('toc')}
            </Title>
            {GUIDE_SECTIONS.map((s) => (
              <NavLink
                key={s.id}
                component={Link}
                to={`/hulp/${s.id}`}
                state={from ? { from } : undefined}
                replace
                label={s.title}
                active={s.id === current}
                aria-current={s.id === current ? 'location' : undefined}
                py={4}
              />
            ))}
          </Stack>
        </Box>
        <Box style={{ flex: 1, minWidth: 0 }} maw={880}>
          {i18n.language !== 'nl' && (
            <Alert color="gray" mb="md">
              {t('dutchOnly')}
            </Alert>
          )}
          {section && !current && (
            <Alert color="yellow" mb="md" role="status">
              <Text>
                {t('unknownSection')}{' '}
                <Anchor component={Link} to="/hulp">
                  {t('toStart')}
                </Anchor>
              </Text>
            </Alert>
          )}
          <GuideContent source={GUIDE_SOURCE} imageUrl={guideImageUrl} />
        </Box>
      </Flex>
    </Box>
  );
}
