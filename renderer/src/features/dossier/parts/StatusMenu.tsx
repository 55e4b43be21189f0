import { useEffect, useState } from 'react';
import { Alert, Button, Card, List, Loader, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorMessage, notifySuccess, phraseText } from '../../../ui/notify';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { LIMITS } from '../../../../../src/shared/domain/common';
import type { DossierDetail, DossierStatus } from '../../../../../src/shared/domain';
import { canClose, type OpenWork, type OpenWorkCategory } from '../../../../../src/shared/protocol';
import { openWorkTitle } from '../logic';

type Values = { reason: string } & Record<OpenWorkCategory, string>;
const EMPTY: Values = { reason: '', stappen: '', verwijderverzoeken: '', evaluaties: '', nazorg: '', acties: '' };
/** Items shown per category before "… en nog N". */
const SHOWN = 6;
/** A category of open work in the UI language (OpenWork.label is its Dutch name). */
const categoryTitle = (category: OpenWorkCategory) => openWorkTitle(category, (key) => phraseText({ key }));

/**
 * Status changes: to aftercare, close, reopen. Closing lists every open thing (the same list the
 * core checks with `canClose`) and asks a reason per category to close anyway; the reasons go
 * into the logbook with the close.
 */
export function StatusMenu({ detail, onChanged }: { detail: DossierDetail; onChanged: (d: DossierDetail) => void }) {
  const { t } = useTranslation('dossier');
  const [target, setTarget] = useState<DossierStatus | null>(null);
  const [work, setWork] = useState<OpenWork[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const status = detail.dossier.status;
  const dossierId = detail.dossier.id;

  useEffect(() => {
    setWork(null);
    setError(null);
    if (target !== 'gesloten') return;
    let live = true;
    call('dossier.openWork', { dossierId })
      .then((w) => live && setWork(w))
      .catch((err: unknown) => live && setError(errorMessage(err)));
    return () => {
      live = false;
    };
  }, [target, dossierId]);

  const form = useDraftForm<Values>({
    initial: EMPTY,
    active: target !== null,
    resetKey: target,
    draft: target ? { dossierId, formKey: `dossier-status:${target}` } : null,
    validate: (v): Record<string, string> => {
      if (target !== 'gesloten' || !work) return {};
      const { missing } = canClose(work, v);
      return Object.fromEntries(missing.map((c) => [c, t('status.closeReasonRequired')]));
    },
  });

  const close = () => setTarget(null);
  const submit = () =>
    form.submit(async (v) => {
      if (!target) return;
      if (target === 'gesloten' && !work) return;
      setError(null);
      try {
        const closeReasons =
          target === 'gesloten' ? Object.fromEntries((work ?? []).map((w) => [w.category, v[w.category].trim()])) : undefined;
        const next = await call('dossier.setStatus', { dossierId, status: target, reason: v.reason.trim(), closeReasons });
        onChanged(next);
        notifySuccess(t(`status.done.${target}`));
        close();
      } catch (err) {
        // The core's refusal (open work without a reason) is shown right here, in the dialog.
        setError(errorMessage(err));
        throw err;
      }
    });

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button rightSection={<IconChevronDown size={16} aria-hidden />} variant="light" data-testid="status-menu">
            {t('status.menu')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {status !== 'nazorg' && status !== 'gesloten' && (
            <Menu.Item onClick={() => setTarget('nazorg')}>{t('status.toNazorg')}</Menu.Item>
          )}
          {status !== 'gesloten' && <Menu.Item onClick={() => setTarget('gesloten')}>{t('status.toClosed')}</Menu.Item>}
          {status !== 'open' && <Menu.Item onClick={() => setTarget('open')}>{t('status.reopen')}</Menu.Item>}
        </Menu.Dropdown>
      </Menu>

      <FormDialog
        opened={target !== null}
        onClose={close}
        form={form}
        title={target ? t(`status.title.${target}`) : ''}
        submitLabel={target ? t(`status.confirm.${target}`) : ''}
        onSubmit={() => void submit()}
      >
        <Text size="sm">{target ? t(`status.explain.${target}`) : ''}</Text>
        {target === 'gesloten' &&
          (work === null ? (
            !error && <Loader size="sm" aria-label={t('status.openWork')} />
          ) : work.length === 0 ? (
            <Alert color="teal" variant="light" data-testid="open-work-none">
              {t('status.nothingOpen')}
            </Alert>
          ) : (
            <Stack gap="sm" data-testid="open-work">
              <Text size="sm" fw={600}>
                {t('status.openWork')}
              </Text>
              {work.map((w) => (
                <Card key={w.category} withBorder padding="sm" data-testid={`open-work-${w.category}`}>
                  <Text size="sm" fw={600}>
                    {categoryTitle(w.category)} ({w.items.length})
                  </Text>
                  <List size="sm" spacing={2} mb="xs">
                    {w.items.slice(0, SHOWN).map((item) => (
                      <List.Item key={item.id}>
                        {item.label}
                        {item.owner ? (
                          <Text span c="dimmed">
                            {' '}
                            ({item.owner})
                          </Text>
                        ) : null}
                      </List.Item>
                    ))}
                    {w.items.length > SHOWN && <List.Item>{t('status.more', { count: w.items.length - SHOWN })}</List.Item>}
                  </List>
                  <LimitedTextarea
                    label={`${t('status.closeReason')}: ${categoryTitle(w.category).toLowerCase()}`}
                    max={LIMITS.mediumText}
                    autosize
                    minRows={1}
                    value={form.values[w.category]}
                    error={form.error(w.category)}
                    onChange={(e) => form.set(w.category, e.currentTarget.value)}
                  />
                </Card>
              ))}
            </Stack>
          ))}
        <LimitedTextarea
          label={t('status.reason')}
          description={t('status.reasonHelp')}
          max={LIMITS.mediumText}
          autosize
          minRows={2}
          value={form.values.reason}
          error={form.error('reason')}
          onChange={(e) => form.set('reason', e.currentTarget.value)}
          data-autofocus
        />
        {error && (
          <Alert color="red" role="alert" title={t('status.refused')} data-testid="status-error">
            {error}
          </Alert>
        )}
      </FormDialog>
    </>
  );
}
