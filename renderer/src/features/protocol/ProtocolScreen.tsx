import { useEffect, useMemo, useState } from 'react';
import {
  Accordion,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Modal,
  Select,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { IconFileExport, IconFileImport, IconFileTypePdf, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { errorMessage, notifyError, notifySuccess } from '../../ui/notify';
import type { ProtocolOverview } from '../../../../src/shared/api';
import {
  applyEdits,
  formatDueHours,
  isEssentialStep,
  isSchoolStepId,
  type ProtocolDiff,
  type ProtocolEdit,
} from '../../../../src/shared/protocol';
import { ScreenHeader, ScreenPending, useScreenData } from '../../ui/ScreenHeader';
import { StepEditModal, type EditRequest } from './StepEditModal';
import { DraftRestoredNotice } from '../../ui/form/FormDialog';
import { useDraftForm } from '../../ui/form/useDraftForm';
import { dateNl } from './format';

const NO_EDITS: { edits: ProtocolEdit[] } = { edits: [] };

/** "Ons protocol": the school's steps, a draft of the next version, history, diff, sharing. */
export function ProtocolScreen() {
  const { t } = useTranslation('protocol');
  // The changes for the next version are a draft in the vault until established: a lock or
  // a restart halfway through a revision loses none of them.
  const editsForm = useDraftForm<{ edits: ProtocolEdit[] }>({
    initial: NO_EDITS,
    active: true,
    draft: { dossierId: null, formKey: 'protocol-edits' },
  });
  const edits = editsForm.values.edits;
  const setEdits = (next: ProtocolEdit[]) => editsForm.set('edits', next);
  const [request, setRequest] = useState<EditRequest | null>(null);
  const [busy, setBusy] = useState(false);
  const [importing, setImporting] = useState(false);

  const { data, error, reload: load } = useScreenData<ProtocolOverview>(() => call('protocol.overview', {}));

  // The draft is previewed with the same pure function the core applies when it is established.
  const preview = useMemo(() => {
    if (!data || edits.length === 0) return null;
    try {
      return applyEdits(data.current.definition, edits);
    } catch {
      return null;
    }
  }, [data, edits]);

  if (!data) return <ScreenPending error={error} label="Laden" />;

  const definition = preview?.definition ?? data.current.definition;
  const changedIds = new Set((preview?.changes ?? []).map((c) => c.subjectId));
  const nextVersion = data.versions[0]!.version + 1;

  const addEdit = (edit: ProtocolEdit): string | null => {
    try {
      applyEdits(data.current.definition, [...edits, edit]);
    } catch (err) {
      return t('draft.invalid', { message: err instanceof Error ? err.message : String(err) });
    }
    setEdits([...edits, edit]);
    return null;
  };

  const establish = async () => {
    setBusy(true);
    try {
      const v = await call('protocol.create', { edits });
      setEdits([]);
      notifySuccess(t('draft.established', { version: v.version }));
      await load();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const save = async (op: 'protocol.exportPdf' | 'protocol.exportFile') => {
    try {
      const r = await call(op, { version: data.current.version });
      if ('file' in r) notifySuccess(t('saved', { file: r.file }));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Stack gap="lg" data-screen="protocol">
      <ScreenHeader title={t('title')} intro={t('intro')} help="ons-protocol-aanpassen" />
      <Group justify="space-between">
        <Text fw={600} data-testid="protocol-current">
          {t('current', { version: data.current.version, date: dateNl(data.current.establishedAt), by: data.current.establishedBy })}
        </Text>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden />} onClick={() => void save('protocol.exportPdf')}>
            {t('pdf')}
          </Button>
          <Button variant="default" leftSection={<IconFileExport size={16} aria-hidden />} onClick={() => void save('protocol.exportFile')}>
            {t('exportFile')}
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden />} onClick={() => setImporting(true)}>
            {t('importFile')}
          </Button>
        </Group>
      </Group>

      {data.baseUpdate && <BaseUpdateCard update={data.baseUpdate} onDone={load} />}

      <Card withBorder padding="md" data-testid="protocol-draft">
        <Title order={2} size="h4" mb="xs">
          {t('draft.title', { version: nextVersion })}
        </Title>
        <DraftRestoredNotice form={editsForm as unknown as Parameters<typeof DraftRestoredNotice>[0]['form']} />
        {edits.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('draft.empty')}
          </Text>
        ) : (
          <Stack gap="xs">
            {(preview?.changes ?? []).map((c, i) => (
              <Group key={i} justify="space-between" align="flex-start" wrap="nowrap">
                <div>
                  <Text size="sm" fw={600}>
                    {c.subject}: {c.summary}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('draft.reason', { reason: c.reason })}
                    {c.improvementPointIds.length > 0 && ` · ${t('draft.points', { count: c.improvementPointIds.length })}`}
                  </Text>
                </div>
                <Button size="compact-sm" variant="subtle" color="red" onClick={() => setEdits(edits.filter((_, j) => j !== i))}>
                  {t('draft.undo')}
                </Button>
              </Group>
            ))}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setEdits([])}>
                {t('draft.discard')}
              </Button>
              <Button onClick={() => void establish()} loading={busy}>
                {t('draft.establish', { version: nextVersion })}
              </Button>
            </Group>
          </Stack>
        )}
      </Card>

      <Tabs defaultValue="steps" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="steps">{t('tabs.steps')}</Tabs.Tab>
          <Tabs.Tab value="contacts">{t('tabs.contacts')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('tabs.history')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="steps" pt="md">
          <Group justify="flex-end" mb="sm">
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRequest({ kind: 'add' })}>
              {t('steps.add')}
            </Button>
          </Group>
          <Stack gap="md">
            {definition.phases.map((phase) => (
              <div key={phase.id}>
                <Title order={2} size="h4" mb={4}>
                  {phase.order}. {phase.title}
                </Title>
                <Accordion variant="separated" chevronPosition="left">
                  {definition.steps
                    .filter((s) => s.phaseId === phase.id)
                    .map((step) => (
                      <Accordion.Item key={step.id} value={step.id} data-testid={`protocol-step-${step.id}`}>
                        <Accordion.Control>
                          <Group gap="xs" wrap="nowrap">
                            <Text fw={500} td={step.schoolNotApplicable ? 'line-through' : undefined}>
                              {step.title}
                            </Text>
                            {isEssentialStep(step.id) && <Badge variant="light" color="red">{t('steps.essential')}</Badge>}
                            {isSchoolStepId(step.id) && <Badge variant="filled" color="teal.9">{t('steps.school')}</Badge>}
                            {changedIds.has(step.id) && <Badge variant="filled" color="indigo.9">{t('steps.changed')}</Badge>}
                            {step.defaultDueHours !== null && (
                              <Badge variant="outline" color="gray">
                                {t('steps.due', { due: formatDueHours(step.defaultDueHours) })}
                              </Badge>
                            )}
                          </Group>
                        </Accordion.Control>
                        <Accordion.Panel>
                          <Stack gap="xs">
                            {step.schoolNotApplicable && (
                              <Alert color="violet">{t('steps.notApplicable', { reason: step.schoolNotApplicable.reason })}</Alert>
                            )}
                            {step.guidance.split(/\n\s*\n/).map((p, i) => (
                              <Text key={i} size="sm">
                                {p}
                              </Text>
                            ))}
                            {step.subPoints.length > 0 && (
                              <ul style={{ margin: 0 }}>
                                {step.subPoints.map((p) => (
                                  <li key={p.id}>
                                    <Text size="sm">{p.label}</Text>
                                  </li>
                                ))}
                              </ul>
                            )}
                            <Group gap="xs">
                              <Button size="compact-sm" variant="light" onClick={() => setRequest({ kind: 'edit', step })}>
                                {t('steps.edit')}
                              </Button>
                              <Button
                                size="compact-sm"
                                variant="default"
                                onClick={() => setRequest({ kind: step.schoolNotApplicable ? 'applicable' : 'nvt', step })}
                              >
                                {step.schoolNotApplicable ? t('steps.applicable') : t('steps.nvt')}
                              </Button>
                              <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRequest({ kind: 'remove', step })}>
                                {t('steps.remove')}
                              </Button>
                            </Group>
                          </Stack>
                        </Accordion.Panel>
                      </Accordion.Item>
                    ))}
                </Accordion>
              </div>
            ))}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="contacts" pt="md">
          <Stack gap="sm">
            <Group justify="space-between">
              <Text c="dimmed" size="sm">
                {t('contacts.intro')}
              </Text>
              <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setRequest({ kind: 'contact' })}>
                {t('contacts.add')}
              </Button>
            </Group>
            {definition.contacts.length === 0 ? (
              <Text c="dimmed">{t('contacts.empty')}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('contacts.name')}</Table.Th>
                    <Table.Th>{t('contacts.role')}</Table.Th>
                    <Table.Th>{t('contacts.phone')}</Table.Th>
                    <Table.Th>{t('contacts.note')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {definition.contacts.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Td>{c.name}</Table.Td>
                      <Table.Td>{c.role}</Table.Td>
                      <Table.Td>{[c.phone, c.email].filter(Boolean).join(' · ')}</Table.Td>
                      <Table.Td>{c.note}</Table.Td>
                      <Table.Td>
                        <Button size="compact-sm" variant="subtle" color="red" onClick={() => setRequest({ kind: 'removeContact', contactId: c.id, name: c.name })}>
                          {t('contacts.remove')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <HistoryPanel data={data} />
        </Tabs.Panel>
      </Tabs>

      {request && (
        <StepEditModal
          request={request}
          definition={definition}
          points={data.openPoints}
          onClose={() => setRequest(null)}
          onAdd={addEdit}
        />
      )}
      {importing && <ImportModal onClose={() => setImporting(false)} onDone={load} />}
    </Stack>
  );
}

function HistoryPanel({ data }: { data: ProtocolOverview }) {
  const { t } = useTranslation('protocol');
  const versions = data.versions;
  const [from, setFrom] = useState(String(versions[1]?.version ?? versions[0]!.version));
  const [to, setTo] = useState(String(versions[0]!.version));
  const [diff, setDiff] = useState<ProtocolDiff | null>(null);
  useEffect(() => {
    let live = true;
    call('protocol.diff', { from: Number(from), to: Number(to) })
      .then((d) => live && setDiff(d))
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [from, to]);
  const options = versions.map((v) => ({ value: String(v.version), label: t('history.version', { version: v.version }) }));

  return (
    <Stack gap="md">
      <Stack gap="xs">
        {versions.map((v) => (
          <Card key={v.version} withBorder padding="sm" data-testid={`protocol-version-${v.version}`}>
            <Group gap="xs">
              <Text fw={700}>{t('history.version', { version: v.version })}</Text>
              <Badge variant="light">{t(`history.origin.${v.origin}`)}</Badge>
              <Text size="sm" c="dimmed">
                {t('history.meta', { date: dateNl(v.establishedAt), by: v.establishedBy, dossiers: v.dossierCount })}
              </Text>
            </Group>
            {v.importedFrom && (
              <Text size="sm">{t('history.importedFrom', { version: v.importedFrom.version, school: v.importedFrom.school })}</Text>
            )}
            {v.changes.map((c, i) => (
              <Text key={i} size="sm">
                <b>{c.subject}</b>: {c.summary} <i>{c.reason}</i>
                {c.essentialReason ? ` (${t('history.essentialReason', { reason: c.essentialReason })})` : ''}
              </Text>
            ))}
          </Card>
        ))}
      </Stack>
      <Title order={3} size="h4">
        {t('history.compare')}
      </Title>
      <Group>
        <Select label={t('history.from')} data={options} value={from} onChange={(v) => v && setFrom(v)} allowDeselect={false} />
        <Select label={t('history.to')} data={options} value={to} onChange={(v) => v && setTo(v)} allowDeselect={false} />
      </Group>
      {diff && <DiffView diff={diff} />}
    </Stack>
  );
}

export function DiffView({ diff }: { diff: ProtocolDiff }) {
  const { t } = useTranslation('protocol');
  const changed = diff.steps.filter((s) => s.kind !== 'gelijk');
  if (changed.length === 0 && diff.contacts.length === 0) return <Text c="dimmed">{t('history.none')}</Text>;
  // Dark shades, filled: the light variants fail the contrast check at badge size.
  const color = { toegevoegd: 'teal.9', verwijderd: 'red.9', gewijzigd: 'indigo.9', gelijk: 'gray.8' } as const;
  return (
    <Stack gap="xs" data-testid="protocol-diff">
      <Text size="sm">{t('history.counts', diff.counts)}</Text>
      <Table withTableBorder withColumnBorders layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%" />
            <Table.Th>{t('history.before')}</Table.Th>
            <Table.Th>{t('history.after')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {changed.map((s) => {
            const rows =
              s.kind === 'gewijzigd'
                ? s.fields.map((f) => ({ label: f.label, before: f.before, after: f.after }))
                : [{ label: '', before: s.before ? s.before.title : '', after: s.after ? s.after.title : '' }];
            return rows.map((r, i) => (
              <Table.Tr key={`${s.stepId}-${i}`}>
                <Table.Td>
                  {i === 0 && (
                    <Stack gap={2}>
                      <Text size="sm" fw={600}>
                        {s.title}
                      </Text>
                      <Badge size="sm" color={color[s.kind]} variant="filled">
                        {t(`history.kind.${s.kind}`)}
                      </Badge>
                    </Stack>
                  )}
                  {r.label && <Text size="xs" c="dimmed">{r.label}</Text>}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', background: r.before ? 'var(--mantine-color-red-0)' : undefined }}>
                  <Text size="sm">{r.before}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', background: r.after ? 'var(--mantine-color-teal-0)' : undefined }}>
                  <Text size="sm">{r.after}</Text>
                </Table.Td>
              </Table.Tr>
            ));
          })}
          {diff.contacts.map((c) => (
            <Table.Tr key={c.contactId}>
              <Table.Td>
                <Badge size="sm" color={color[c.kind]} variant="filled">
                  {t(`history.kind.${c.kind}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{c.before ? `${c.before.name} (${c.before.role})` : ''}</Table.Td>
              <Table.Td>{c.after ? `${c.after.name} (${c.after.role})` : ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

function ImportModal({ onClose, onDone }: { onClose: () => void; onDone: () => Promise<void> }) {
  const { t } = useTranslation('protocol');
  const [reason, setReason] = useState('');
  const [essentialReason, setEssentialReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      const r = await call('protocol.importFile', { reason, ...(essentialReason.trim() ? { essentialReason } : {}) });
      if ('cancelled' in r) return;
      notifySuccess(t('import.done', { version: r.version }));
      onClose();
      await onDone();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('import.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('import.intro')}</Text>
        <Textarea label={t('import.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} required autosize minRows={2} />
        <Textarea label={t('import.essentialReason')} value={essentialReason} onChange={(e) => setEssentialReason(e.currentTarget.value)} autosize minRows={1} />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('form.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={busy}>
            {t('import.choose')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function BaseUpdateCard({ update, onDone }: { update: NonNullable<ProtocolOverview['baseUpdate']>; onDone: () => Promise<void> }) {
  const { t } = useTranslation('protocol');
  const changed = update.diff.steps.filter((s) => s.kind !== 'gelijk');
  const [chosen, setChosen] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async (ids: string[]) => {
    setBusy(true);
    try {
      const v = await call('protocol.reviewBase', { adoptStepIds: ids, reason: reason || 'Nieuwe landelijke kaart bekeken' });
      notifySuccess(v ? t('base.adopted', { version: v.version }) : t('base.reviewed'));
      await onDone();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert color="blue" title={t('base.title', { from: update.fromRevision, to: update.toRevision })} data-testid="protocol-base-update">
      <Stack gap="xs">
        <Text size="sm">{t('base.intro')}</Text>
        <Checkbox.Group value={chosen} onChange={setChosen}>
          <Stack gap={4}>
            {changed.map((s) => (
              <Checkbox key={s.stepId} value={s.stepId} label={`${t(`history.kind.${s.kind}`)}: ${s.title}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <DiffView diff={{ ...update.diff, steps: changed }} />
        <Textarea label={t('base.reason')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} autosize minRows={1} />
        <Group>
          <Button disabled={chosen.length === 0} loading={busy} onClick={() => void submit(chosen)}>
            {t('base.adopt')}
          </Button>
          <Button variant="default" loading={busy} onClick={() => void submit([])}>
            {t('base.none')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
