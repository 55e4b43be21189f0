import { AppShell, Burger, Button, Group, Kbd, NavLink, Text, Tooltip } from '@mantine/core';
import { useDisclosure, useMediaQuery, useOs } from '@mantine/hooks';
import { IconLock } from '@tabler/icons-react';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, matchPath, useLocation } from 'react-router';
import { useSession } from '../session/SessionContext';
import { BrandMark } from '../ui/BrandMark';
import { LanguageSwitch } from '../ui/LanguageSwitch';
import { ErrorBoundary } from './ErrorBoundary';
import { NAV_ITEMS } from './navItems';

/** The frame of the unlocked app: header with the lock button, navbar, and the routed screen. */
export function Layout() {
  const { t } = useTranslation('common');
  const session = useSession();
  const location = useLocation();
  const [navOpen, { toggle, close }] = useDisclosure(false);
  const mainRef = useRef<HTMLElement>(null);
  const os = useOs();
  // Below the breakpoint the navbar slides out of view when closed; keep it out of the tab
  // order and the accessibility tree too, or keyboard users land on invisible links.
  const narrow = useMediaQuery('(max-width: 48em)') ?? false;
  const navHidden = narrow && !navOpen;
  const shortcut = os === 'macos' ? '⌘ L' : 'Ctrl L';

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 232, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding="lg"
      data-screen="app"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={navOpen} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} />
            <Button
              variant="subtle"
              size="compact-sm"
              className="vangnet-skip-link"
              onClick={() => mainRef.current?.focus()}
            >
              {t('nav.skipToContent')}
            </Button>
            <BrandMark />
          </Group>
          <Group gap="md" wrap="nowrap">
            {session.status.userName && (
              <Text size="sm" c="dimmed" visibleFrom="md" data-testid="current-user">
                {session.status.userName}
              </Text>
            )}
            <LanguageSwitch onSaved={session.updateSettings} />
            <Tooltip label={t('lock.tooltip', { shortcut })} openDelay={400}>
              <Button
                onClick={() => void session.lock('user')}
                leftSection={<IconLock size={18} aria-hidden />}
                rightSection={
                  <Kbd size="xs" visibleFrom="md" aria-hidden>
                    {shortcut}
                  </Kbd>
                }
                aria-keyshortcuts={os === 'macos' ? 'Meta+L' : 'Control+L'}
              >
                {t('lock.button')}
              </Button>
            </Tooltip>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="sm" component="nav" aria-label={t('nav.label')} inert={navHidden} aria-hidden={navHidden || undefined}>
        {NAV_ITEMS.map((item) => {
          const active = item.activeFor.some((pattern) => matchPath({ path: pattern, end: true }, location.pathname));
          const Icon = item.icon;
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.labelKey)}
              leftSection={<Icon size={20} aria-hidden />}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={close}
              variant="light"
              styles={{ label: { fontSize: 'var(--mantine-font-size-md)' } }}
            />
          );
        })}
      </AppShell.Navbar>

      <AppShell.Main ref={mainRef} tabIndex={-1} style={{ outline: 'none' }}>
        <ErrorBoundary resetKey={location.pathname}>
          <Outlet />
        </ErrorBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
