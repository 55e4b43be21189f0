import { useMemo } from 'react';
import { Badge, Button, Card, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus, IconCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { proposeAftercareMoments, type AftercareMoment } from '../../../../../src/shared/api';
import { PERSON_ROLE_LABELS, type Person } from '../../../../../src/shared/domain';
import { AftercareMomentInputSchema } from '../../../../../src/shared/domain/evaluation';
import { LIMITS, requiredText } from '../../../../../src/shared/domain/common';
import { AFTERCARE_DEFAULT_OFFSETS_DAYS } from '../../../../../src/shared/protocol';
import { formatDateNl, formatDateTimeNl, isoToPicker, pickerToIso } from '../../../ui/datetime';
import { DateTimeField } from '../../../ui/form/DateTimeField';
import { FormDialog } from '../../../ui/form/FormDialog';
import { LimitedTextarea, LimitedTextInput } from '../../../ui/form/fields';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import { draftKeyFor, useDraftDialog } from '../../../ui/form/useDraftDialog';
import { zodFieldErrors } from '../../../ui/form/validation';

const PLAN_KIND = 'aftercare-plan';
const MOMENT_KIND = 'aftercare';
const COMPLETE_KIND = 'aftercare-complete';
const NO_RECORDS: Array<{ id: string }> = [];

/** How a person shows in this tab: name and role. */
function personLabel(p: Person): string {
  return `${p.name} (${PERSON_ROLE_LABELS[p.role]})`;
}

/**
 * The stored label of a moment is the role only: it also shows on the overview (home
 * screen), where a pupil's name should not be readable over someone's shoulder.
 */
function momentLabel(p: Person): string {
  return PERSON_ROLE_LABELS[p.role];
}

/** Aftercare moments of one dossier: plan the card's defaults, add, complete with the two questions. */
export function AftercarePanel({
  dossierId,
  persons,
  moments,
  lead,
  onChanged,
}: {
  dossierId: string;
  persons: Person[];
  moments: AftercareMoment[];
  lead: string;
  onChanged: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  // Each dialog reopens after unlocking when a half-typed draft is in the vault.
  const plan = useDraftDialog({ dossierId, kind: PLAN_KIND, records: NO_RECORDS });
  const editing = useDraftDialog({ dossierId, kind: MOMENT_KIND, records: moments });
  const completing = useDraftDialog({ dossierId, kind: COMPLETE_KIND, records: moments });
  const now = Date.now();
  const sorted = [...moments].sort(
    (a, b) => Number(a.done) - Number(b.done) || a.dueAt.localeCompare(b.dueAt),
  );

  const act = async (fn: () => Promise<unknown>, message: string) => {
    try {
      await fn();
      notifySuccess(message);
      await onChanged();
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Card withBorder padding="lg" data-testid="aftercare-panel">
      <Stack gap="sm">
        <Stack gap="xs">
          <Stack gap={2}>
            <Title order={3} size="h4">
              {t('aftercare.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('aftercare.intro')}
            </Text>
          </Stack>
          <Group gap="xs">
            <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={plan.openNew}>
              {t('aftercare.planDefaults')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={editing.openNew}
            >
              {t('aftercare.add')}
            </Button>
          </Group>
        </Stack>
        {sorted.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('aftercare.empty')}
          </Text>
        ) : (
          <Stack
            gap={6}
            component="ul"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            data-testid="aftercare-list"
          >
            {sorted.map((m) => {
              const overdue = !m.done && Date.parse(m.dueAt) < now;
              return (
                <li key={m.id} data-testid="aftercare-item" data-done={m.done} data-overdue={overdue}>
                  <Card withBorder padding="sm" bg={m.done ? 'gray.0' : undefined}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      <Stack gap={2}>
                        <Group gap="xs">
                          <Text fw={600} size="sm">
                            {formatDateNl(m.dueAt)} · {m.label}
                            {m.personId && persons.find((p) => p.id === m.personId)
                              ? ` · ${persons.find((p) => p.id === m.personId)?.name}`
                              : ''}
                          </Text>
                          {m.done ? (
                            <Badge color="teal.9">
                              {t('aftercare.done', { when: formatDateNl(m.doneAt) })}
                            </Badge>
                          ) : overdue ? (
                            <Badge color="red">{t('aftercare.overdue')}</Badge>
                          ) : (
                            <Badge variant="light">{t('aftercare.upcoming')}</Badge>
                          )}
                        </Group>
                        {m.who && (
                          <Text size="xs" c="dimmed">
                            {t('aftercare.who')}: {m.who}
                          </Text>
                        )}
                        {m.done && (
                          <>
                            <Text size="sm">{t('aftercare.outcomeLabel', { text: m.outcome })}</Text>
                            {m.needs && <Text size="sm">{t('aftercare.needsLabel', { text: m.needs })}</Text>}
                          </>
                        )}
                      </Stack>
                      <Group gap={4} wrap="nowrap">
                        {m.done ? (
                          <Button
                            size="xs"
                            variant="subtle"
                            onClick={() =>
                              void act(
                                () => call('aftercare.reopen', { momentId: m.id }),
                                t('aftercare.saved'),
                              )
                            }
                          >
                            {t('aftercare.reopen')}
                          </Button>
                        ) : (
                          <>
                            <Button
                              size="xs"
                              leftSection={<IconCheck size={14} aria-hidden />}
                              onClick={() => completing.openEdit(m)}
                              aria-label={`${t('aftercare.complete')}: ${m.label}, ${formatDateNl(m.dueAt)}`}
                            >
                              {t('aftercare.complete')}
                            </Button>
                            <Button size="xs" variant="subtle" onClick={() => editing.openEdit(m)}>
                              {t('aftercare.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="subtle"
                              color="red"
                              onClick={() =>
                                void act(
                                  () => call('aftercare.remove', { momentId: m.id }),
                                  t('aftercare.removed'),
                                )
                              }
                            >
                              {t('aftercare.remove')}
                            </Button>
                          </>
                        )}
                      </Group>
                    </Group>
                  </Card>
                </li>
              );
            })}
          </Stack>
        )}
      </Stack>
      <PlanModal
        opened={plan.opened}
        onClose={plan.close}
        dossierId={dossierId}
        persons={persons}
        lead={lead}
        onSaved={onChanged}
      />
      <MomentModal
        opened={editing.opened}
        moment={editing.editing}
        onClose={editing.close}
        dossierId={dossierId}
        persons={persons}
        lead={lead}
        onSaved={onChanged}
      />
      <CompleteModal
        dossierId={dossierId}
        moment={completing.opened ? completing.editing : null}
        onClose={completing.close}
        onSaved={onChanged}
      />
    </Card>
  );
}

interface PlanValues {
  selected: string[];
  extra: string;
  /** Picker value (local time). */
  from: string | null;
  who: string;
}

function PlanModal({
  opened,
  onClose,
  dossierId,
  persons,
  lead,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  dossierId: string;
  persons: Person[];
  lead: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  const form = useDraftForm<PlanValues>({
    initial: {
      // The people the card names first: victim, perpetrator, parents, buddies.
      selected: persons
        .filter((p) => ['slachtoffer', 'dader', 'ouder', 'buddy'].includes(p.role))
        .map((p) => p.id),
      extra: '',
      from: isoToPicker(new Date().toISOString()),
      who: lead,
    },
    active: opened,
    draft: { dossierId, formKey: draftKeyFor(PLAN_KIND, null) },
    validate: (v): Record<string, string> => ({
      ...(v.selected.length === 0 && !v.extra.trim() ? { selected: t('aftercare.noTargets') } : {}),
      ...(pickerToIso(v.from) ? {} : { from: t('aftercare.dateRequired') }),
      // The fields show their own "te lang" message; these only keep an over-long text from being saved.
      ...(v.extra.length > LIMITS.shortText
        ? {
            extra: t('common:form.tooLong', {
              max: LIMITS.shortText,
              over: v.extra.length - LIMITS.shortText,
            }),
          }
        : {}),
      ...(v.who.length > LIMITS.shortText
        ? { who: t('common:form.tooLong', { max: LIMITS.shortText, over: v.who.length - LIMITS.shortText }) }
        : {}),
    }),
  });
  const { values, set } = form;
  const from = pickerToIso(values.from);

  const targets = useMemo(
    () => [
      ...persons
        .filter((p) => values.selected.includes(p.id))
        .map((p) => ({ personId: p.id, label: momentLabel(p) })),
      ...(values.extra.trim() ? [{ personId: null, label: values.extra.trim() }] : []),
    ],
    [persons, values.selected, values.extra],
  );
  const preview = from
    ? proposeAftercareMoments(from, targets, values.who, AFTERCARE_DEFAULT_OFFSETS_DAYS)
    : [];

  const save = () =>
    form.submit(
      async (v) => {
        const planned = await call('aftercare.planDefaults', {
          dossierId,
          from: pickerToIso(v.from) ?? '',
          who: v.who.trim(),
          targets,
        });
        return planned;
      },
      { success: (planned) => t('aftercare.planned', { count: planned.length }), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={t('aftercare.planDefaults')}
      submitLabel={t('aftercare.confirmPlan')}
      onSubmit={() => void save()}
    >
      <Checkbox.Group
        label={t('aftercare.targets')}
        description={t('aftercare.targetsHint')}
        value={values.selected}
        onChange={(v) => set('selected', v)}
        error={form.error('selected')}
      >
        <Stack gap={6} mt="xs">
          {persons.map((p) => (
            <Checkbox key={p.id} value={p.id} label={personLabel(p)} />
          ))}
        </Stack>
      </Checkbox.Group>
      <LimitedTextInput
        label={t('aftercare.extraTarget')}
        placeholder={t('aftercare.extraTargetPlaceholder')}
        max={LIMITS.shortText}
        value={values.extra}
        onChange={(e) => set('extra', e.currentTarget.value)}
      />
      <Group grow align="flex-start">
        <DateTimeField
          label={t('aftercare.from')}
          description={t('aftercare.fromHint')}
          value={values.from}
          onChange={(v) => set('from', v)}
          error={form.error('from')}
        />
        <LimitedTextInput
          label={t('aftercare.who')}
          max={LIMITS.shortText}
          value={values.who}
          onChange={(e) => set('who', e.currentTarget.value)}
        />
      </Group>
      <Text size="sm" fw={600}>
        {t('aftercare.preview')} {t('aftercare.previewCount', { count: preview.length })}
      </Text>
      {targets.length === 0 ? (
        <Text size="sm" c="red.8">
          {t('aftercare.noTargets')}
        </Text>
      ) : (
        <Stack gap={2} component="ul" style={{ margin: 0, paddingLeft: 18 }} data-testid="aftercare-preview">
          {preview.map((m, i) => (
            <li key={i}>
              <Text size="sm">
                {formatDateNl(m.dueAt)} · {m.label}
                {m.personId ? ` · ${persons.find((p) => p.id === m.personId)?.name ?? ''}` : ''}
              </Text>
            </li>
          ))}
        </Stack>
      )}
    </FormDialog>
  );
}

interface MomentValues {
  personId: string | null;
  label: string;
  /** Picker value (local time). */
  dueAt: string | null;
  who: string;
}

const toMomentInput = (v: MomentValues) => ({
  ...v,
  label: v.label.trim(),
  who: v.who.trim(),
  dueAt: pickerToIso(v.dueAt) ?? '',
});

function MomentModal({
  opened,
  moment,
  onClose,
  dossierId,
  persons,
  lead,
  onSaved,
}: {
  opened: boolean;
  moment: AftercareMoment | null;
  onClose: () => void;
  dossierId: string;
  persons: Person[];
  lead: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  const form = useDraftForm<MomentValues>({
    initial: {
      personId: moment?.personId ?? null,
      label: moment?.label ?? '',
      dueAt: isoToPicker(moment?.dueAt ?? null),
      who: moment?.who ?? lead,
    },
    active: opened,
    resetKey: moment?.id,
    draft: { dossierId, formKey: draftKeyFor(MOMENT_KIND, moment?.id ?? null) },
    validate: (v) => {
      const parsed = AftercareMomentInputSchema.safeParse(toMomentInput(v));
      const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
      if (errors.dueAt) errors.dueAt = t('aftercare.dateRequired');
      return errors;
    },
  });
  const { values, set } = form;

  const save = () =>
    form.submit(
      async (v) => {
        const input = AftercareMomentInputSchema.parse(toMomentInput(v));
        if (moment) await call('aftercare.update', { momentId: moment.id, moment: input });
        else await call('aftercare.add', { dossierId, moment: input });
      },
      { success: t('aftercare.saved'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={moment ? t('aftercare.editTitle') : t('aftercare.newTitle')}
      submitLabel={t('aftercare.save')}
      onSubmit={() => void save()}
    >
      <Select
        label={t('aftercare.person')}
        data={persons.map((p) => ({ value: p.id, label: personLabel(p) }))}
        value={values.personId}
        onChange={(v) => {
          const p = persons.find((x) => x.id === v);
          form.update(
            (cur) => ({ ...cur, personId: v, label: p && !cur.label.trim() ? momentLabel(p) : cur.label }),
            ['personId'],
          );
        }}
        clearable
      />
      <LimitedTextInput
        label={t('aftercare.forWhom')}
        max={LIMITS.shortText}
        value={values.label}
        onChange={(e) => set('label', e.currentTarget.value)}
        error={form.error('label')}
        required
      />
      <DateTimeField
        label={t('aftercare.dueAt')}
        value={values.dueAt}
        onChange={(v) => set('dueAt', v)}
        error={form.error('dueAt')}
        required
      />
      <LimitedTextInput
        label={t('aftercare.who')}
        max={LIMITS.shortText}
        value={values.who}
        onChange={(e) => set('who', e.currentTarget.value)}
        error={form.error('who')}
      />
    </FormDialog>
  );
}

interface CompleteValues {
  outcome: string;
  needs: string;
}

const outcomeSchema = requiredText('Hoe gaat het nu', LIMITS.mediumText);

function CompleteModal({
  dossierId,
  moment,
  onClose,
  onSaved,
}: {
  dossierId: string;
  moment: AftercareMoment | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  const form = useDraftForm<CompleteValues>({
    initial: { outcome: moment?.outcome ?? '', needs: moment?.needs ?? '' },
    active: moment !== null,
    resetKey: moment?.id,
    draft: moment ? { dossierId, formKey: draftKeyFor(COMPLETE_KIND, moment.id) } : null,
    validate: (v): Record<string, string> => {
      const r = outcomeSchema.safeParse(v.outcome);
      return r.success ? {} : { outcome: r.error.issues[0]?.message ?? '' };
    },
  });
  const { values, set } = form;

  const save = () =>
    form.submit(
      async (v) => {
        if (!moment) return false;
        await call('aftercare.complete', {
          momentId: moment.id,
          outcome: v.outcome.trim(),
          needs: v.needs.trim(),
        });
      },
      { success: t('aftercare.completed'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      opened={moment !== null}
      onClose={onClose}
      form={form}
      title={t('aftercare.completeTitle')}
      submitLabel={t('aftercare.complete')}
      onSubmit={() => void save()}
    >
      {moment && (
        <Text size="sm" c="dimmed">
          {formatDateTimeNl(moment.dueAt)} · {moment.label}
        </Text>
      )}
      <LimitedTextarea
        label={t('aftercare.outcome')}
        max={LIMITS.mediumText}
        value={values.outcome}
        onChange={(e) => set('outcome', e.currentTarget.value)}
        error={form.error('outcome')}
        autosize
        minRows={3}
        required
        data-autofocus
      />
      <LimitedTextarea
        label={t('aftercare.needs')}
        max={LIMITS.mediumText}
        value={values.needs}
        onChange={(e) => set('needs', e.currentTarget.value)}
        autosize
        minRows={2}
      />
    </FormDialog>
  );
}
