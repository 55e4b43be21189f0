import { useCallback, useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  Alert,
  Anchor,
  Badge,
  Box,
  Button,
  Center,
  Group,
  Loader,
  Menu,
  Stack,
  Tabs,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconChevronDown, IconClock, IconLock, IconNotes } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DatesNl } from './DatesNl';
import { useDraftDialog } from '../../ui/form/useDraftDialog';
import { call } from '../../api/client';
import { errorMessage } from '../../ui/notify';
import {
  DOSSIER_STATUS_LABELS,
  MATERIAL_KIND_LABELS,
  type DossierDetail,
} from '../../../../src/shared/domain';
import { DEFAULT_TAB, MAIN_TABS, MORE_TABS, findTab, type DossierTab } from './tabs';
import { QuickLogModal } from './parts/QuickLogModal';
import { MonitoringQuickAdd } from '../monitoring/MonitoringQuickAdd';
import { StatusMenu } from './parts/StatusMenu';
import { elapsedSince, formatElapsedNl } from './logic';
import { formatDateTimeNl } from '../../ui/datetime';
import { HandoverBanner, SendButton, useHandover } from '../exchange/DossierExchange';
import { useNow } from './useNow';
import { HelpLink } from '../help/HelpLink';
import { dossierHelpSection } from '../help/sections';
import { DossierProtocolBadge } from '../protocol/DossierProtocolBadge';
import classes from './DossierScreen.module.css';

export const STATUS_COLORS = { open: 'blue', nazorg: 'grape', gesloten: 'gray' } as const;

/**
 * One dossier: a compact header (number, status, title, clock and the few actions), then the
 * tabs on one row and the work itself. At 1366×768 the steps tab shows "Wat nu?" and the
 * current step without scrolling (tests/e2e/dossier-landing.spec.ts).
 */
export function DossierScreen() {
  const { t } = useTranslation('dossier');
  const params = useParams();
  const dossierId = params.dossierId ?? '';
  const tabId = (params['*'] ?? '').split('/')[0] || DEFAULT_TAB;
  const navigate = useNavigate();
  const [detail, setDetail] = useState<DossierDetail | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Ctrl+K's dialog reopens after unlocking when a half-typed line is in the vault.
  const quickLog = useDraftDialog({ dossierId, kind: 'quicklog', records: [] });
  const now = useNow(30_000);
  const { handover, reload: reloadHandover } = useHandover(dossierId);

  const refresh = useCallback(async () => {
    try {
      setDetail(await call('dossier.get', { dossierId }));
      setLoadError(null);
    } catch (err) {
      setLoadError(errorMessage(err));
    }
  }, [dossierId]);

  useEffect(() => {
    setDetail(null);
    void refresh();
  }, [refresh]);

  // Mod+K: quick logbook entry from anywhere in the dossier, also while typing in a field.
  useHotkeys([['mod+K', () => quickLog.openNew()]], []);

  if (loadError && !detail) {
    return (
      <Alert color="red" title={t('loadErrorTitle')} role="alert">
        <Stack gap="sm">
          <Text>{loadError}</Text>
          <Group>
            <Button variant="default" onClick={() => void refresh()}>
              {t('retry')}
            </Button>
            <Button variant="subtle" onClick={() => navigate('/')}>
              {t('backToOverview')}
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  if (!detail) {
    return (
      <Center h={240}>
        <Loader aria-label={t('loading')} />
      </Center>
    );
  }

  const { dossier } = detail;
  // Closed, or handed over to someone else (issue 16): read-only here.
  const readOnly = dossier.status === 'gesloten' || handover !== null;
  const tab = findTab(tabId) ?? findTab(DEFAULT_TAB);
  const tabLabel = (item: DossierTab) => (item.label.includes(':') ? t(item.label) : item.label);
  const TabComponent = tab?.component;
  const elapsed = elapsedSince(dossier.discoveredAt, now);

  return (
    <DatesNl>
      <Stack gap="sm">
        {/* Two compact rows (about 80 px at 1366×768), so the work starts high on the screen. */}
        <Stack gap={4}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="xs" wrap="wrap" miw={0}>
              <Anchor size="sm" onClick={() => navigate('/')} component="button" type="button">
                {t('backToOverview')}
              </Anchor>
              <Text c="dimmed" fw={600} size="sm" data-testid="dossier-number">
                {dossier.number}
              </Text>
              <Badge color={STATUS_COLORS[dossier.status]} variant="light" data-testid="dossier-status">
                {DOSSIER_STATUS_LABELS[dossier.status]}
              </Badge>
              <Badge color="gray" variant="outline">
                {t('header.material', { kind: MATERIAL_KIND_LABELS[dossier.materialKind].toLowerCase() })}
              </Badge>
              <DossierProtocolBadge detail={detail} onChanged={setDetail} />
            </Group>
            <Group
              gap={6}
              px="sm"
              py={2}
              wrap="nowrap"
              bg={elapsed.totalMinutes < 1440 && !readOnly ? 'orange.0' : 'gray.0'}
              style={{ borderRadius: 8, flexShrink: 0 }}
              data-testid="discovery-clock"
            >
              <IconClock size={16} aria-hidden />
              <Text size="sm" fw={500}>
                {t('header.sinceDiscovery', { elapsed: formatElapsedNl(elapsed) })}
              </Text>
            </Group>
          </Group>
          <Group justify="space-between" wrap="nowrap" gap="md" align="center">
            <Box miw={0}>
              <Title order={1} size="h3" lineClamp={2} title={dossier.title}>
                {dossier.title}
              </Title>
              {/* Two lines at most: on one, a lead with their role left the discovery time as "·…". */}
              <Text size="sm" c="dimmed" lineClamp={2}>
                {t('header.lead', { lead: dossier.lead })} ·{' '}
                {t('header.discovered', { when: formatDateTimeNl(dossier.discoveredAt) })}
              </Text>
            </Box>
            <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
              <Tooltip label={t('quickLog.shortcut')} withArrow>
                <Button
                  variant="default"
                  leftSection={<IconNotes size={16} aria-hidden />}
                  onClick={quickLog.openNew}
                  aria-keyshortcuts="Control+K Meta+K"
                >
                  {t('quickLog.button')}
                </Button>
              </Tooltip>
              <SendButton
                dossierId={dossierId}
                disabled={handover !== null}
                onSent={() => {
                  reloadHandover();
                  void refresh();
                }}
              />
              <StatusMenu detail={detail} onChanged={setDetail} />
              <HelpLink section={dossierHelpSection(tab?.id)} />
            </Group>
          </Group>
        </Stack>

        <HandoverBanner handover={handover} />
        {readOnly && !handover && (
          <Alert color="gray" icon={<IconLock size={18} aria-hidden />} title={t('readOnly.title')}>
            {t('readOnly.text')}
          </Alert>
        )}

        <Tabs
          value={tab && !tab.more ? tab.id : null}
          onChange={(value) => value && navigate(`/dossiers/${dossierId}/${value}`)}
          keepMounted={false}
          variant="outline"
        >
          <Group gap={0} wrap="nowrap" align="flex-end" className={classes.tabRow}>
            <Tabs.List className={classes.tabList}>
              {MAIN_TABS.map((item) => (
                <Tabs.Tab key={item.id} value={item.id} data-testid={`tab-${item.id}`}>
                  {tabLabel(item)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <MoreTabs active={tab?.more ? tab : null} label={tabLabel} onSelect={(id) => navigate(`/dossiers/${dossierId}/${id}`)} />
          </Group>
          {TabComponent && tab && !tab.more && (
            <Tabs.Panel value={tab.id} pt="md">
              <TabComponent key={tab.id} dossierId={dossierId} detail={detail} refresh={refresh} readOnly={readOnly} />
            </Tabs.Panel>
          )}
        </Tabs>
        {TabComponent && tab?.more && (
          <section aria-labelledby="dossier-more-tabs" data-testid={`panel-${tab.id}`}>
            <TabComponent key={tab.id} dossierId={dossierId} detail={detail} refresh={refresh} readOnly={readOnly} />
          </section>
        )}

        <MonitoringQuickAdd dossierId={dossierId} readOnly={readOnly} />
        <QuickLogModal
          opened={quickLog.opened}
          onClose={quickLog.close}
          dossierId={dossierId}
          onSaved={refresh}
        />
      </Stack>
    </DatesNl>
  );
}

/**
 * "Meer ▾" at the end of the tab row: the rarely used tabs as a menu (keyboard: Enter opens,
 * arrows move). While one of them is shown the button names it ("Meer: Feiten").
 */
function MoreTabs({
  active,
  label,
  onSelect,
}: {
  active: DossierTab | null;
  label: (tab: DossierTab) => string;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('dossier');
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          id="dossier-more-tabs"
          variant="subtle"
          color={active ? 'blue' : 'gray'}
          className={classes.more}
          data-active={active ? true : undefined}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          data-testid="tab-more"
          aria-label={active ? t('tabs.moreActive', { tab: label(active) }) : undefined}
        >
          {/* Shown: the tab's own name (the row is full); read out: "Meer: Feiten". */}
          {active ? label(active) : t('tabs.more')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {MORE_TABS.map((item) => (
          <Menu.Item
            key={item.id}
            onClick={() => onSelect(item.id)}
            aria-current={active?.id === item.id ? 'page' : undefined}
            data-testid={`tab-${item.id}`}
          >
            {label(item)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
