import { useEffect, useState } from 'react';
import { Badge, Button, Card, Group, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { errorMessage, notifyError, notifySuccess } from '../../../ui/notify';
import {
  EVALUATION_AUDIENCES,
  IMPROVEMENT_AREA_LABELS,
  IMPROVEMENT_AREAS,
  IMPROVEMENT_STATUS_LABELS,
  type EvaluationAudience,
  type ImprovementArea,
  type ImprovementPoint,
  type ImprovementStatus,
} from '../../../../../src/shared/api';
import { formatDateNl } from '../../../ui/datetime';
import { GuardedModal } from '../../dossier/parts/GuardedModal';

const STATUS_COLOR: Record<ImprovementStatus, string> = {
  open: 'blue',
  overgenomen: 'teal.9',
  afgewezen: 'gray',
};

/** Improvement points with their status; decisions (adopt/reject) are school-level, so always allowed. */
export function ImprovementList({
  points,
  showSource,
  canEdit,
  onChanged,
}: {
  points: ImprovementPoint[];
  showSource: boolean;
  canEdit: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  const [deciding, setDeciding] = useState<{ point: ImprovementPoint; status: ImprovementStatus } | null>(
    null,
  );
  const [editing, setEditing] = useState<ImprovementPoint | null>(null);

  if (points.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('improvements.empty')}
      </Text>
    );
  }
  return (
    <>
      <Stack
        gap={6}
        component="ul"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
        data-testid="improvement-list"
      >
        {points.map((p) => (
          <li key={p.id} data-testid="improvement-item" data-status={p.status}>
            <Card withBorder padding="sm">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Stack gap={4} style={{ flex: 1 }}>
                  <Group gap="xs">
                    <Badge color={STATUS_COLOR[p.status]} variant={p.status === 'open' ? 'light' : 'filled'}>
                      {IMPROVEMENT_STATUS_LABELS[p.status]}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {IMPROVEMENT_AREA_LABELS[p.area]}
                      {showSource &&
                        ` · ${p.dossierNumber ? t('improvements.fromDossier', { number: p.dossierNumber }) : t('improvements.schoolWide')}`}
                      {p.audience ? ` · ${t(`audience.${p.audience}`)}` : ''}
                    </Text>
                  </Group>
                  <Text size="sm">{p.text}</Text>
                  {(p.owner || p.decidedAt) && (
                    <Text size="xs" c="dimmed">
                      {p.owner ? `${t('improvements.owner')}: ${p.owner}` : ''}
                      {p.owner && p.decidedAt ? ' · ' : ''}
                      {p.decidedAt
                        ? t('improvements.decidedOn', {
                            status: IMPROVEMENT_STATUS_LABELS[p.status],
                            when: formatDateNl(p.decidedAt),
                          })
                        : ''}
                      {p.decisionNote ? `: ${p.decisionNote}` : ''}
                    </Text>
                  )}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  {p.status === 'open' ? (
                    <>
                      <Button
                        size="xs"
                        color="teal.9"
                        onClick={() => setDeciding({ point: p, status: 'overgenomen' })}
                      >
                        {t('improvements.adopt')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => setDeciding({ point: p, status: 'afgewezen' })}
                      >
                        {t('improvements.reject')}
                      </Button>
                      {canEdit && (
                        <Button size="xs" variant="subtle" onClick={() => setEditing(p)}>
                          {t('aftercare.edit')}
                        </Button>
                      )}
                    </>
                  ) : (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setDeciding({ point: p, status: 'open' })}
                    >
                      {t('improvements.reopen')}
                    </Button>
                  )}
                </Group>
              </Group>
            </Card>
          </li>
        ))}
      </Stack>
      <DecideModal deciding={deciding} onClose={() => setDeciding(null)} onSaved={onChanged} />
      <ImprovementForm
        opened={editing !== null}
        onClose={() => setEditing(null)}
        point={editing}
        dossierId={editing?.dossierId ?? null}
        audiences={[]}
        onSaved={onChanged}
      />
    </>
  );
}

function DecideModal({
  deciding,
  onClose,
  onSaved,
}: {
  deciding: { point: ImprovementPoint; status: ImprovementStatus } | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => setNote(''), [deciding]);
  const needsNote = deciding?.status === 'afgewezen';
  const save = async () => {
    if (!deciding) return;
    setBusy(true);
    try {
      await call('improvement.decide', {
        pointId: deciding.point.id,
        status: deciding.status,
        note: note.trim(),
      });
      notifySuccess(t('improvements.decided'));
      onClose();
      await onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <GuardedModal
      opened={deciding !== null}
      onClose={onClose}
      dirty={note.trim() !== ''}
      title={t('improvements.decideTitle')}
      size="md"
    >
      <Stack gap="sm">
        <Text size="sm">{deciding?.point.text}</Text>
        <Textarea
          label={t('improvements.note')}
          description={needsNote ? t('improvements.noteRequired') : undefined}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={2000}
          required={needsNote}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy} disabled={needsNote && note.trim() === ''}>
            {deciding
              ? deciding.status === 'overgenomen'
                ? t('improvements.adopt')
                : deciding.status === 'afgewezen'
                  ? t('improvements.reject')
                  : t('improvements.reopen')
              : ''}
          </Button>
        </Group>
      </Stack>
    </GuardedModal>
  );
}

/** Add (for a dossier, or school-wide when dossierId is null) or edit an improvement point. */
export function ImprovementForm({
  opened,
  onClose,
  point,
  dossierId,
  audiences,
  defaultAudience = null,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  point: ImprovementPoint | null;
  dossierId: string | null;
  audiences: EvaluationAudience[];
  /** Preselected when the point comes from one evaluation. */
  defaultAudience?: EvaluationAudience | null;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  const [area, setArea] = useState<ImprovementArea>('protocol');
  const [text, setText] = useState('');
  const [owner, setOwner] = useState('');
  const [audience, setAudience] = useState<EvaluationAudience | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setArea(point?.area ?? 'protocol');
    setText(point?.text ?? '');
    setOwner(point?.owner ?? '');
    setAudience(point?.audience ?? defaultAudience);
    setError(null);
  }, [opened, point?.id]);
  const dirty = text !== (point?.text ?? '') || owner !== (point?.owner ?? '');

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const input = { area, text: text.trim(), owner: owner.trim() };
      if (point) await call('improvement.update', { pointId: point.id, point: input });
      else await call('improvement.add', { dossierId, audience: dossierId ? audience : null, point: input });
      notifySuccess(t('improvements.saved'));
      onClose();
      await onSaved();
    } catch (err) {
      // Shown at the field: the core's message says which name to remove.
      setError(errorMessage(err));
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <GuardedModal
      opened={opened}
      onClose={onClose}
      dirty={dirty}
      title={point ? t('aftercare.edit') : dossierId ? t('improvements.add') : t('improvements.addSchool')}
    >
      {(requestClose) => (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('improvements.intro')}
          </Text>
          <Select
            label={t('improvements.area')}
            data={IMPROVEMENT_AREAS.map((a) => ({ value: a, label: IMPROVEMENT_AREA_LABELS[a] }))}
            value={area}
            onChange={(v) => v && setArea(v as ImprovementArea)}
            allowDeselect={false}
          />
          <Textarea
            label={t('improvements.text')}
            placeholder={t('improvements.textPlaceholder')}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            autosize
            minRows={3}
            maxLength={2000}
            required
          />
          <TextInput
            label={t('improvements.owner')}
            value={owner}
            onChange={(e) => setOwner(e.currentTarget.value)}
            maxLength={200}
          />
          {!point && dossierId && (
            <Select
              label={t('improvements.audience')}
              data={[
                { value: '', label: t('improvements.audienceNone') },
                ...EVALUATION_AUDIENCES.filter((a) => audiences.includes(a)).map((a) => ({
                  value: a,
                  label: t(`audience.${a}`),
                })),
              ]}
              value={audience ?? ''}
              onChange={(v) => setAudience(v ? (v as EvaluationAudience) : null)}
              allowDeselect={false}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              {t('cancel')}
            </Button>
            <Button onClick={() => void save()} loading={busy} disabled={text.trim() === ''}>
              {t('aftercare.save')}
            </Button>
          </Group>
        </Stack>
      )}
    </GuardedModal>
  );
}
