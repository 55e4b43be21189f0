import { useState } from 'react';
import { Badge, Button, Card, Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
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
import { ImprovementInputSchema, type ImprovementInput } from '../../../../../src/shared/domain/evaluation';
import { LIMITS, mediumText } from '../../../../../src/shared/domain/common';
import { formatDateNl } from '../../../ui/datetime';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor } from '../../../ui/form/useDraftDialog';
import { schemaValidator } from '../../../ui/form/validation';

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

const noteSchema = mediumText('Toelichting');

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
  const needsNote = deciding?.status === 'afgewezen';
  const form = useDraftForm<{ note: string }>({
    initial: { note: '' },
    active: deciding !== null,
    resetKey: deciding ? `${deciding.point.id}:${deciding.status}` : null,
    draft: deciding
      ? {
          dossierId: deciding.point.dossierId,
          formKey: draftKeyFor(`improvement-${deciding.status}`, deciding.point.id),
        }
      : null,
    validate: (v): Record<string, string> => {
      if (needsNote && !v.note.trim()) return { note: t('improvements.noteRequired') };
      const r = noteSchema.safeParse(v.note);
      return r.success ? {} : { note: r.error.issues[0]?.message ?? '' };
    },
  });
  const save = () =>
    form.submit(
      async (v) => {
        if (!deciding) return false;
        await call('improvement.decide', {
          pointId: deciding.point.id,
          status: deciding.status,
          note: v.note.trim(),
        });
      },
      { success: t('improvements.decided'), close: onClose, then: onSaved },
    );
  return (
    <FormDialog
      opened={deciding !== null}
      onClose={onClose}
      form={form}
      title={t('improvements.decideTitle')}
      size="md"
      submitLabel={
        deciding
          ? deciding.status === 'overgenomen'
            ? t('improvements.adopt')
            : deciding.status === 'afgewezen'
              ? t('improvements.reject')
              : t('improvements.reopen')
          : ''
      }
      onSubmit={() => void save()}
    >
      <Text size="sm">{deciding?.point.text}</Text>
      <LimitedTextarea
        label={t('improvements.note')}
        description={needsNote ? t('improvements.noteRequired') : undefined}
        max={LIMITS.mediumText}
        value={form.values.note}
        onChange={(e) => form.set('note', e.currentTarget.value)}
        error={form.error('note')}
        autosize
        minRows={2}
        required={needsNote}
        data-autofocus
      />
    </FormDialog>
  );
}

interface PointValues {
  area: ImprovementArea;
  text: string;
  owner: string;
  audience: EvaluationAudience | null;
}

const pointSchema = schemaValidator<ImprovementInput>(ImprovementInputSchema);
/** The point itself (the strict schema has no `audience`: that is chosen beside it). */
const validatePoint = ({ area, text, owner }: PointValues) => pointSchema({ area, text, owner });

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
  const form = useDraftForm<PointValues>({
    initial: {
      area: point?.area ?? 'protocol',
      text: point?.text ?? '',
      owner: point?.owner ?? '',
      audience: point?.audience ?? defaultAudience,
    },
    active: opened,
    resetKey: point?.id,
    draft: { dossierId, formKey: draftKeyFor('improvement', point?.id ?? null) },
    validate: validatePoint,
  });
  const { values, set } = form;

  const save = () =>
    form.submit(
      async (v) => {
        // The core refuses a pupil's name in a point; its message shows at the text field.
        const input = { area: v.area, text: v.text.trim(), owner: v.owner.trim() };
        if (point) await call('improvement.update', { pointId: point.id, point: input });
        else
          await call('improvement.add', { dossierId, audience: dossierId ? v.audience : null, point: input });
      },
      { success: t('improvements.saved'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={point ? t('aftercare.edit') : dossierId ? t('improvements.add') : t('improvements.addSchool')}
      submitLabel={t('aftercare.save')}
      onSubmit={() => void save()}
    >
      <Text size="sm" c="dimmed">
        {t('improvements.intro')}
      </Text>
      <Select
        label={t('improvements.area')}
        data={IMPROVEMENT_AREAS.map((a) => ({ value: a, label: IMPROVEMENT_AREA_LABELS[a] }))}
        value={values.area}
        onChange={(v) => v && set('area', v as ImprovementArea)}
        allowDeselect={false}
      />
      <LimitedTextarea
        label={t('improvements.text')}
        placeholder={t('improvements.textPlaceholder')}
        max={LIMITS.mediumText}
        value={values.text}
        onChange={(e) => set('text', e.currentTarget.value)}
        error={form.error('text')}
        autosize
        minRows={3}
        required
        data-autofocus
      />
      <LimitedTextInput
        label={t('improvements.owner')}
        max={LIMITS.shortText}
        value={values.owner}
        onChange={(e) => set('owner', e.currentTarget.value)}
        error={form.error('owner')}
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
          value={values.audience ?? ''}
          onChange={(v) => set('audience', v ? (v as EvaluationAudience) : null)}
          allowDeselect={false}
        />
      )}
    </FormDialog>
  );
}
