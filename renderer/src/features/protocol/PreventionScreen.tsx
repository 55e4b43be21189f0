import { useState } from 'react';
import { Badge, Button, Card, Group, SegmentedControl, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { IconFileTypePdf, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { notifyError, notifySuccess } from '../../ui/notify';
import { FormDialog } from '../../ui/form/FormDialog';
import { LimitedTextarea, LimitedTextInput } from '../../ui/form/fields';
import { useDraftForm } from '../../ui/form/useDraftForm';
import { draftKeyFor, useDraftDialog } from '../../ui/form/useDraftDialog';
import { schemaValidator } from '../../ui/form/validation';
import { ScreenHeader, ScreenPending, useScreenData } from '../../ui/ScreenHeader';
import { formatDateNl } from '../../ui/datetime';
import { DatesNl } from '../dossier/DatesNl';
import { LIMITS } from '../../../../src/shared/domain/common';
import {
  PREVENTION_STATUSES,
  PREVENTION_STATUS_LABELS,
  PreventionMeasureInputSchema,
  type ImprovementPoint,
  type PreventionMeasureInput,
  type PreventionStatus,
} from '../../../../src/shared/api';

/** Dark shades, filled (outline for 'gepland'), so the badge text keeps AA contrast. */
const STATUS_COLORS: Record<PreventionStatus, string> = {
  gepland: 'gray.7',
  bezig: 'blue.8',
  uitgevoerd: 'teal.9',
  vervallen: 'gray.8',
};

const dateNl = (d: string | null) => (d ? formatDateNl(`${d}T12:00:00.000Z`) : '');

/**
 * "Preventieplan": the preventive improvement points (from evaluations, or added here) as the
 * school's plan — each with an owner, a date and where it stands — and its PDF for the
 * school's safety plan.
 */
export function PreventionScreen() {
  const { t } = useTranslation('protocol');
  const { data, error, reload } = useScreenData(() => call('prevention.list', {}));
  const [exporting, setExporting] = useState(false);
  const dialog = useDraftDialog<ImprovementPoint>({ dossierId: null, kind: 'prevention', records: data?.measures ?? [], enabled: data !== null });

  const exportPdf = async () => {
    setExporting(true);
    try {
      const r = await call('prevention.exportPdf', {});
      if ('file' in r) notifySuccess(t('prevention.saved', { file: r.file }));
    } catch (err) {
      notifyError(err);
    } finally {
      setExporting(false);
    }
  };

  const header = (
    <ScreenHeader
      title={t('prevention.title')}
      intro={t('prevention.intro')}
      help="ons-protocol-aanpassen"
      actions={
        data && (
          <>
            <Button variant="default" leftSection={<IconFileTypePdf size={16} aria-hidden />} onClick={() => void exportPdf()} loading={exporting}>
              {t('prevention.pdf')}
            </Button>
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={dialog.openNew}>
              {t('prevention.add')}
            </Button>
          </>
        )
      }
    />
  );
  if (!data) {
    return (
      <Stack gap="lg" data-screen="prevention">
        {header}
        <ScreenPending error={error} label={t('prevention.loading')} />
      </Stack>
    );
  }

  const proposals = data.measures.filter((m) => m.status === 'open');
  const planned = data.measures.filter((m) => m.status !== 'open');

  return (
    <Stack gap="lg" data-screen="prevention">
      {header}
      <Text size="sm" data-testid="prevention-counts">
        {PREVENTION_STATUSES.map((s) => `${PREVENTION_STATUS_LABELS[s]}: ${data.counts[s]}`).join(' · ')}
      </Text>

      {proposals.length > 0 && (
        <Card withBorder padding="md" bg="yellow.0" data-testid="prevention-proposals">
          <Title order={2} size="h4">
            {t('prevention.proposalsTitle', { count: proposals.length })}
          </Title>
          <Text size="sm" c="gray.8" mb="xs">
            {t('prevention.proposalsIntro')}
          </Text>
          <Stack gap="xs">
            {proposals.map((m) => (
              <Group key={m.id} justify="space-between" wrap="nowrap" data-testid="prevention-proposal">
                <Stack gap={0}>
                  <Text size="sm">{m.text}</Text>
                  <Text size="xs" c="gray.8">
                    {m.dossierNumber ? t('prevention.fromDossier', { number: m.dossierNumber }) : t('prevention.fromEvaluation')}
                  </Text>
                </Stack>
                <Button size="xs" onClick={() => dialog.openEdit(m)} aria-label={t('prevention.adoptNamed', { text: m.text })}>
                  {t('prevention.adopt')}
                </Button>
              </Group>
            ))}
          </Stack>
        </Card>
      )}

      {planned.length === 0 ? (
        <Card withBorder padding="lg" data-testid="prevention-empty">
          <Text fw={600}>{t('prevention.emptyTitle')}</Text>
          <Text size="sm" c="dimmed">
            {t('prevention.empty')}
          </Text>
        </Card>
      ) : (
        <Table withTableBorder striped verticalSpacing="sm" data-testid="prevention-plan">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('prevention.measure')}</Table.Th>
              <Table.Th w={200}>{t('prevention.owner')}</Table.Th>
              <Table.Th w={170}>{t('prevention.date')}</Table.Th>
              <Table.Th w={120}>{t('prevention.status')}</Table.Th>
              <Table.Th w={60}>
                <VisuallyHidden>{t('prevention.edit')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {planned.map((m) => (
              <Table.Tr key={m.id} data-testid="prevention-measure" data-status={m.planStatus}>
                <Table.Td>
                  <Text size="sm">{m.text}</Text>
                  <Text size="xs" c="gray.8">
                    {m.dossierId || m.audience ? t('prevention.fromEvaluation') : t('prevention.bySchool')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{m.owner}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{m.planDate ? dateNl(m.planDate) : t('prevention.noDate')}</Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[m.planStatus]} variant={m.planStatus === 'gepland' ? 'outline' : 'filled'}>
                    {PREVENTION_STATUS_LABELS[m.planStatus]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    onClick={() => dialog.openEdit(m)}
                    aria-label={t('prevention.editNamed', { text: m.text })}
                  >
                    <IconPencil size={16} aria-hidden />
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <MeasureDialog opened={dialog.opened} onClose={dialog.close} measure={dialog.editing} draftKey={dialog.draftKey} onSaved={reload} />
    </Stack>
  );
}

const EMPTY: PreventionMeasureInput = { text: '', owner: '', planDate: null, planStatus: 'gepland' };
const validate = schemaValidator<PreventionMeasureInput>(PreventionMeasureInputSchema);

function MeasureDialog({
  opened,
  onClose,
  measure,
  draftKey,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  measure: ImprovementPoint | null;
  draftKey: string;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation('protocol');
  const initial: PreventionMeasureInput = measure
    ? { text: measure.text, owner: measure.owner, planDate: measure.planDate, planStatus: measure.planStatus }
    : EMPTY;
  const form = useDraftForm<PreventionMeasureInput>({
    initial,
    active: opened,
    resetKey: measure?.id,
    draft: { dossierId: null, formKey: draftKey || draftKeyFor('prevention', measure?.id ?? null) },
    validate,
  });
  const { values, set } = form;
  const proposal = measure?.status === 'open';

  const save = () =>
    form.submit(
      async (v) => {
        const parsed = PreventionMeasureInputSchema.parse(v);
        if (measure) await call('prevention.update', { pointId: measure.id, measure: parsed });
        else await call('prevention.add', { measure: parsed });
      },
      { success: proposal ? t('prevention.adopted') : t('prevention.stored'), close: onClose, then: onSaved },
    );

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      form={form}
      title={proposal ? t('prevention.adoptTitle') : measure ? t('prevention.editTitle') : t('prevention.addTitle')}
      submitLabel={proposal ? t('prevention.adoptSubmit') : undefined}
      onSubmit={() => void save()}
    >
      <LimitedTextarea
        label={t('prevention.measure')}
        description={t('prevention.measureHelp')}
        required
        value={values.text}
        error={form.error('text')}
        onChange={(e) => set('text', e.currentTarget.value)}
        autosize
        minRows={2}
        max={LIMITS.mediumText}
        data-autofocus
      />
      <Group grow align="flex-start">
        <LimitedTextInput
          label={t('prevention.owner')}
          description={t('prevention.ownerHelp')}
          required
          value={values.owner}
          error={form.error('owner')}
          onChange={(e) => set('owner', e.currentTarget.value)}
          max={LIMITS.shortText}
        />
        <DatesNl>
          <DatePickerInput
          label={t('prevention.date')}
          aria-label={t('prevention.date')}
          description={t('prevention.dateHelp')}
          valueFormat="D MMMM YYYY"
          clearable
          value={values.planDate}
          onChange={(v) => set('planDate', v ? String(v).slice(0, 10) : null)}
          error={form.error('planDate')}
          />
        </DatesNl>
      </Group>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="prevention-status-label">
          {t('prevention.status')}
        </Text>
        <SegmentedControl
          aria-labelledby="prevention-status-label"
          value={values.planStatus}
          onChange={(v) => set('planStatus', v as PreventionStatus)}
          data={PREVENTION_STATUSES.map((s) => ({ value: s, label: PREVENTION_STATUS_LABELS[s] }))}
        />
      </Stack>
    </FormDialog>
  );
}
