import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Badge, Button, Group, List, Modal, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorMessage, notifySuccess } from '../../ui/notify';
import type { DossierDetail } from '../../../../src/shared/domain';
import type { MovePreview } from '../../../../src/shared/protocol';
import { dateNl } from './format';

const dueNl = (iso: string | null, none: string) =>
  iso
    ? new Date(iso).toLocaleString('nl-NL', {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
        timeZone: 'Europe/Amsterdam',
      })
    : none;

/**
 * The protocol version a dossier follows, in its header, and — for an open dossier when the
 * school has a newer version — the explicit move with a preview of what changes.
 */
export function DossierProtocolBadge({ detail, onChanged }: { detail: DossierDetail; onChanged: (d: DossierDetail) => void }) {
  const { t } = useTranslation('protocol');
  const [latest, setLatest] = useState<number | null>(null);
  const [preview, setPreview] = useState<MovePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pinned = detail.protocol.version;
  const closed = detail.dossier.status === 'gesloten';

  useEffect(() => {
    if (closed) return;
    let live = true;
    call('protocol.overview', {})
      .then((o) => live && setLatest(o.current.version))
      .catch(() => undefined); // the badge still shows the pinned version
    return () => {
      live = false;
    };
  }, [closed, pinned]);

  const open = async () => {
    if (latest === null) return;
    setError(null);
    try {
      setPreview(await call('protocol.previewMove', { dossierId: detail.dossier.id, toVersion: latest }));
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const move = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const next = await call('protocol.moveDossier', { dossierId: detail.dossier.id, toVersion: preview.toVersion });
      notifySuccess(t('dossier.moved', { version: preview.toVersion }));
      setPreview(null);
      onChanged(next);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const nothing =
    preview &&
    preview.added.length + preview.removed.length + preview.deadlines.length + preview.reworded.length + preview.applicability.length === 0;

  return (
    <>
      <Badge
        color="indigo"
        variant="outline"
        data-testid="dossier-protocol-version"
        title={t('dossier.badgeTitle', { version: pinned, date: dateNl(detail.protocol.establishedAt) })}
      >
        {t('dossier.badge', { version: pinned })}
      </Badge>
      {!closed && latest !== null && latest > pinned && (
        <Button size="compact-xs" variant="light" onClick={() => void open()}>
          {t('dossier.newer', { version: latest })}
        </Button>
      )}
      {error && !preview && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      {preview && (
        <Modal opened onClose={() => setPreview(null)} title={t('dossier.moveTitle', { version: preview.toVersion })} size="lg">
          <Stack gap="sm" data-testid="protocol-move-preview">
            <Text size="sm">{t('dossier.moveIntro')}</Text>
            {nothing && <Text size="sm">{t('dossier.nothing')}</Text>}
            {preview.added.length > 0 && (
              <Section title={t('dossier.added')}>
                {preview.added.map((a) => (
                  <List.Item key={a.stepId}>
                    {a.title} — {dueNl(a.dueAt, t('dossier.noDue'))}
                  </List.Item>
                ))}
              </Section>
            )}
            {preview.removed.length > 0 && (
              <Section title={t('dossier.removed')}>
                {preview.removed.map((r) => (
                  <List.Item key={r.stepId}>{r.title}</List.Item>
                ))}
              </Section>
            )}
            {preview.deadlines.length > 0 && (
              <Section title={t('dossier.deadlines')}>
                {preview.deadlines.map((d) => (
                  <List.Item key={d.stepId}>
                    {d.willChange
                      ? t('dossier.deadlineMoves', { title: d.title, from: dueNl(d.currentDueAt, t('dossier.noDue')), to: dueNl(d.newDueAt, t('dossier.noDue')) })
                      : t('dossier.deadlineKept', { title: d.title, from: dueNl(d.currentDueAt, t('dossier.noDue')) })}
                  </List.Item>
                ))}
              </Section>
            )}
            {preview.reworded.length > 0 && (
              <Section title={t('dossier.reworded')}>
                {preview.reworded.map((r) => (
                  <List.Item key={r.stepId}>{r.title}</List.Item>
                ))}
              </Section>
            )}
            {error && (
              <Alert color="red" role="alert">
                {error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                {t('form.cancel')}
              </Button>
              <Button onClick={() => void move()} loading={busy}>
                {t('dossier.confirm')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <Title order={3} size="h5">
        {title}
      </Title>
      <List size="sm">{children}</List>
    </div>
  );
}
