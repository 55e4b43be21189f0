import { useState } from 'react';
import { Alert, Button, Checkbox, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconEye, IconFileSpreadsheet, IconMailForward, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type MergeImport } from '../../../../src/shared/api/documents';
import { DOCUMENT_KIND_INFO, type DocModel, type DocumentCheck, type HeldBackRow } from '../../../../src/shared/domain/documents';
import { call } from '../../api/client';
import { notifyError, notifySuccess, phraseText } from '../../ui/notify';
import { PreviewModal } from './PreviewModal';

type MergeKind = 'letter-class-parents' | 'letter-other-classes';
type Loaded = Extract<MergeImport, { cancelled: false }>;

/** Class list in, one personal letter per parent out: bad rows are listed with their line number. */
export function MailMergePanel({ dossierId, onMade }: { dossierId: string; onMade: () => void }) {
  const { t } = useTranslation('documents');
  const [kind, setKind] = useState<MergeKind>('letter-class-parents');
  const [list, setList] = useState<Loaded | null>(null);
  const [oneFileEach, setOneFileEach] = useState(false);
  const [duplex, setDuplex] = useState(true);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<{ models: DocModel[]; check: DocumentCheck } | null>(null);
  const [held, setHeld] = useState<HeldBackRow[]>([]);
  const [choices, setChoices] = useState<Record<number, 'weglaten' | 'versturen'>>({});
  const heldBack = Object.entries(choices).map(([line, choice]) => ({ line: Number(line), choice }));
  const undecided = held.filter((h) => !choices[h.line]).length;

  const pick = async () => {
    try {
      const r = await call('mailmerge.import', {});
      if (!r.cancelled) {
        setList(r);
        setChoices({});
        // Rows of pupils or parents in this dossier are held back until a choice is made per row.
        setHeld(r.rows.length ? (await call('mailmerge.preview', { dossierId, kind, rows: r.rows })).heldBack : []);
      }
    } catch (err) {
      notifyError(err);
    }
  };

  const showPreview = async () => {
    if (!list) return;
    try {
      setPreview(await call('mailmerge.preview', { dossierId, kind, rows: list.rows, heldBack }));
    } catch (err) {
      notifyError(err);
    }
  };

  const make = async () => {
    if (!list) return;
    setBusy(true);
    try {
      const r = await call('mailmerge.generate', { dossierId, kind, rows: list.rows, oneFileEach, duplex, heldBack });
      if (r.cancelled) notifySuccess(t('make.cancelled'));
      else {
        const extra = r.files > 0 ? t('merge.extraFiles', { files: r.files }) : '';
        notifySuccess(t('merge.made', { letters: r.letters, file: r.file, extra }));
        onMade();
      }
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  const print = async () => {
    if (!list) return;
    setBusy(true);
    try {
      const r = await call('mailmerge.print', { dossierId, kind, rows: list.rows, duplex, heldBack });
      if (!r.printed) {
        notifySuccess(t('make.printCancelled'));
        return;
      }
      notifySuccess(t('merge.printed', { letters: r.letters, pages: r.pages }));
      onMade();
    } catch (err) {
      notifyError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t('merge.intro')}</Text>
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as MergeKind)}
        data={(['letter-class-parents', 'letter-other-classes'] as const).map((k) => ({ value: k, label: DOCUMENT_KIND_INFO[k].label }))}
        aria-label={t('merge.kind')}
      />
      <Group>
        <Button variant="default" leftSection={<IconFileSpreadsheet size={16} aria-hidden />} onClick={() => void pick()}>
          {t('merge.pick')}
        </Button>
        {list && (
          <Text size="sm" data-testid="merge-summary">
            {t('merge.file', { file: list.fileName, good: list.rows.length })}
          </Text>
        )}
      </Group>
      {list && list.errors.length > 0 && (
        <Alert color="orange" title={t('merge.badTitle', { count: list.errors.length })}>
          <Text size="sm" mb="xs">
            {t('merge.badHelp')}
          </Text>
          <Table fz="sm" data-testid="merge-errors">
            <Table.Tbody>
              {list.errors.map((e) => (
                <Table.Tr key={e.line}>
                  <Table.Td>{e.message}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      {held.length > 0 && (
        <Alert color="red" title={t('merge.heldTitle', { count: held.length })} data-testid="merge-held">
          <Text size="sm" mb="xs">
            {t('merge.heldHelp')}
          </Text>
          <Table fz="sm">
            <Table.Tbody>
              {held.map((h) => (
                <Table.Tr key={h.line}>
                  <Table.Td>{t('merge.line', { line: h.line })}</Table.Td>
                  <Table.Td>{phraseText(h.why)}</Table.Td>
                  <Table.Td>
                    <SegmentedControl
                      size="xs"
                      aria-label={t('merge.heldChoice', { line: h.line })}
                      value={choices[h.line] ?? ''}
                      onChange={(v) => setChoices((c) => ({ ...c, [h.line]: v as 'weglaten' | 'versturen' }))}
                      data={[
                        { value: 'weglaten', label: t('merge.leaveOut') },
                        { value: 'versturen', label: t('merge.sendAnyway') },
                      ]}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
      {list && list.rows.length > 0 && (
        <>
          <Checkbox label={t('merge.duplex')} checked={duplex} onChange={(e) => setDuplex(e.currentTarget.checked)} />
          <Checkbox label={t('merge.oneFileEach')} checked={oneFileEach} onChange={(e) => setOneFileEach(e.currentTarget.checked)} />
          <Group>
            <Button variant="default" leftSection={<IconEye size={16} aria-hidden />} onClick={() => void showPreview()}>
              {t('make.preview')}
            </Button>
            <Button leftSection={<IconMailForward size={16} aria-hidden />} loading={busy} disabled={undecided > 0} onClick={() => void make()}>
              {t('merge.make')}
            </Button>
            <Button variant="light" leftSection={<IconPrinter size={16} aria-hidden />} loading={busy} disabled={undecided > 0} onClick={() => void print()}>
              {t('make.print')}
            </Button>
          </Group>
        </>
      )}
      <PreviewModal
        opened={preview !== null}
        label={DOCUMENT_KIND_INFO[kind].label}
        models={preview?.models ?? []}
        check={preview?.check ?? null}
        values={{}}
        onValue={() => undefined}
        onRefresh={() => void showPreview()}
        onClose={() => setPreview(null)}
      />
    </Stack>
  );
}
