import { useEffect, useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Select,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { IconCalendarPlus, IconCheck, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { proposeAftercareMoments, type AftercareMoment } from '../../../../../src/shared/api';
import { PERSON_ROLE_LABELS, type Person } from '../../../../../src/shared/domain';
import { AFTERCARE_DEFAULT_OFFSETS_DAYS } from '../../../../../src/shared/protocol';
import { formatDateNl, formatDateTimeNl, isoToPicker, pickerToIso } from '../../../ui/datetime';
import { GuardedModal } from '../../dossier/parts/GuardedModal';

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
  const [planOpen, setPlanOpen] = useState(false);
  const [editing, setEditing] = useState<AftercareMoment | 'new' | null>(null);
  const [completing, setCompleting] = useState<AftercareMoment | null>(null);
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
            <Button
              leftSection={<IconCalendarPlus size={16} aria-hidden />}
              onClick={() => setPlanOpen(true)}
            >
              {t('aftercare.planDefaults')}
            </Button>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setEditing('new')}
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
                              onClick={() => setCompleting(m)}
                              aria-label={`${t('aftercare.complete')}: ${m.label}, ${formatDateNl(m.dueAt)}`}
                            >
                              {t('aftercare.complete')}
                            </Button>
                            <Button size="xs" variant="subtle" onClick={() => setEditing(m)}>
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
        opened={planOpen}
        onClose={() => setPlanOpen(false)}
        dossierId={dossierId}
        persons={persons}
        lead={lead}
        onSaved={onChanged}
      />
      <MomentModal
        moment={editing}
        onClose={() => setEditing(null)}
        dossierId={dossierId}
        persons={persons}
        lead={lead}
        onSaved={onChanged}
      />
      <CompleteModal moment={completing} onClose={() => setCompleting(null)} onSaved={onChanged} />
    </Card>
  );
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
  const [selected, setSelected] = useState<string[]>([]);
  const [extra, setExtra] = useState('');
  const [from, setFrom] = useState<string | null>(null);
  const [who, setWho] = useState(lead);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!opened) return;
    // The people the card names first: victim, perpetrator, parents, buddies.
    setSelected(
      persons.filter((p) => ['slachtoffer', 'dader', 'ouder', 'buddy'].includes(p.role)).map((p) => p.id),
    );
    setExtra('');
    setFrom(new Date().toISOString());
    setWho(lead);
  }, [opened]);

  const targets = useMemo(
    () => [
      ...persons
        .filter((p) => selected.includes(p.id))
        .map((p) => ({ personId: p.id, label: momentLabel(p) })),
      ...(extra.trim() ? [{ personId: null, label: extra.trim() }] : []),
    ],
    [persons, selected, extra],
  );
  const preview = from ? proposeAftercareMoments(from, targets, who, AFTERCARE_DEFAULT_OFFSETS_DAYS) : [];

  const save = async () => {
    if (!from || targets.length === 0) return;
    setBusy(true);
    try {
      const planned = await call('aftercare.planDefaults', { dossierId, from, who: who.trim(), targets });
      notifySuccess(t('aftercare.planned', { count: planned.length }));
      onClose();
      await onSaved();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <GuardedModal opened={opened} onClose={onClose} dirty={false} title={t('aftercare.planDefaults')}>
      <Stack gap="sm">
        <Checkbox.Group
          label={t('aftercare.targets')}
          description={t('aftercare.targetsHint')}
          value={selected}
          onChange={setSelected}
        >
          <Stack gap={6} mt="xs">
            {persons.map((p) => (
              <Checkbox key={p.id} value={p.id} label={personLabel(p)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          label={t('aftercare.extraTarget')}
          placeholder={t('aftercare.extraTargetPlaceholder')}
          value={extra}
          onChange={(e) => setExtra(e.currentTarget.value)}
          maxLength={200}
        />
        <Group grow>
          <DateTimePicker
            label={t('aftercare.from')}
            description={t('aftercare.fromHint')}
            value={isoToPicker(from)}
            onChange={(v) => setFrom(pickerToIso(v))}
            valueFormat="D MMMM YYYY HH:mm"
          />
          <TextInput
            label={t('aftercare.who')}
            value={who}
            onChange={(e) => setWho(e.currentTarget.value)}
            maxLength={200}
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
          <Stack
            gap={2}
            component="ul"
            style={{ margin: 0, paddingLeft: 18 }}
            data-testid="aftercare-preview"
          >
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy} disabled={targets.length === 0 || !from}>
            {t('aftercare.confirmPlan')}
          </Button>
        </Group>
      </Stack>
    </GuardedModal>
  );
}

function MomentModal({
  moment,
  onClose,
  dossierId,
  persons,
  lead,
  onSaved,
}: {
  moment: AftercareMoment | 'new' | null;
  onClose: () => void;
  dossierId: string;
  persons: Person[];
  lead: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  const existing = moment && moment !== 'new' ? moment : null;
  const [label, setLabel] = useState('');
  const [personId, setPersonId] = useState<string | null>(null);
  const [dueAt, setDueAt] = useState<string | null>(null);
  const [who, setWho] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (!moment) return;
    setLabel(existing?.label ?? '');
    setPersonId(existing?.personId ?? null);
    setDueAt(existing?.dueAt ?? null);
    setWho(existing?.who ?? lead);
  }, [moment]);

  const save = async () => {
    if (!dueAt || !label.trim()) return;
    setBusy(true);
    try {
      const input = { personId, label: label.trim(), dueAt, who: who.trim() };
      if (existing) await call('aftercare.update', { momentId: existing.id, moment: input });
      else await call('aftercare.add', { dossierId, moment: input });
      notifySuccess(t('aftercare.saved'));
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
      opened={moment !== null}
      onClose={onClose}
      dirty={false}
      title={existing ? t('aftercare.editTitle') : t('aftercare.newTitle')}
    >
      <Stack gap="sm">
        <Select
          label={t('aftercare.person')}
          data={persons.map((p) => ({ value: p.id, label: personLabel(p) }))}
          value={personId}
          onChange={(v) => {
            setPersonId(v);
            const p = persons.find((x) => x.id === v);
            if (p && !label.trim()) setLabel(momentLabel(p));
          }}
          clearable
        />
        <TextInput
          label={t('aftercare.forWhom')}
          value={label}
          onChange={(e) => setLabel(e.currentTarget.value)}
          required
          maxLength={200}
        />
        <DateTimePicker
          label={t('aftercare.dueAt')}
          value={isoToPicker(dueAt)}
          onChange={(v) => setDueAt(pickerToIso(v))}
          required
          valueFormat="D MMMM YYYY HH:mm"
        />
        <TextInput
          label={t('aftercare.who')}
          value={who}
          onChange={(e) => setWho(e.currentTarget.value)}
          maxLength={200}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy} disabled={!dueAt || !label.trim()}>
            {t('aftercare.save')}
          </Button>
        </Group>
      </Stack>
    </GuardedModal>
  );
}

function CompleteModal({
  moment,
  onClose,
  onSaved,
}: {
  moment: AftercareMoment | null;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('evaluation');
  const [outcome, setOutcome] = useState('');
  const [needs, setNeeds] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (moment) {
      setOutcome(moment.outcome);
      setNeeds(moment.needs);
    }
  }, [moment]);
  const dirty = !!moment && (outcome !== moment.outcome || needs !== moment.needs);

  const save = async () => {
    if (!moment) return;
    setBusy(true);
    try {
      await call('aftercare.complete', { momentId: moment.id, outcome: outcome.trim(), needs: needs.trim() });
      notifySuccess(t('aftercare.completed'));
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
      opened={moment !== null}
      onClose={onClose}
      dirty={dirty}
      title={t('aftercare.completeTitle')}
    >
      {(requestClose) => (
        <Stack gap="sm">
          {moment && (
            <Text size="sm" c="dimmed">
              {formatDateTimeNl(moment.dueAt)} · {moment.label}
            </Text>
          )}
          <Textarea
            label={t('aftercare.outcome')}
            value={outcome}
            onChange={(e) => setOutcome(e.currentTarget.value)}
            autosize
            minRows={3}
            maxLength={2000}
            required
            data-autofocus
          />
          <Textarea
            label={t('aftercare.needs')}
            value={needs}
            onChange={(e) => setNeeds(e.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={requestClose}>
              {t('cancel')}
            </Button>
            <Button onClick={() => void save()} loading={busy} disabled={!outcome.trim()}>
              {t('aftercare.complete')}
            </Button>
          </Group>
        </Stack>
      )}
    </GuardedModal>
  );
}
