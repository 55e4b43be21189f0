import { useEffect, useState } from 'react';
import { Alert, Button, Card, Checkbox, Group, List, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconFileTypePdf, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { notifyError, notifySuccess } from '../../../ui/notify';
import { FormDialog } from '../../../ui/form/FormDialog';
import { useDraftForm } from '../../../ui/form/useDraftForm';
import type { SubjectAccessReview, SubjectMatch } from '../../../../../src/shared/api';

/** Inzageverzoek: find a person by name across dossiers and save everything about them as a PDF. */
export function SubjectAccessPanel() {
  const { t } = useTranslation('evaluation');
  const [name, setName] = useState('');
  const [matches, setMatches] = useState<SubjectMatch[] | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [reviewing, setReviewing] = useState(false);

  const search = async () => {
    try {
      const found = await call('subjectAccess.search', { name });
      setMatches(found);
      setSelected(found.map((m) => m.personId));
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Card withBorder padding="lg" data-testid="subject-access">
      <Title order={2} size="h3" mb={4}>
        {t('access.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('access.intro')}
      </Text>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <Group align="flex-end" maw={640}>
          <TextInput
            label={t('access.search')}
            placeholder={t('access.searchPlaceholder')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: 1 }}
            autoComplete="off"
          />
          <Button
            type="submit"
            leftSection={<IconSearch size={16} aria-hidden />}
            disabled={name.trim().length < 2}
          >
            {t('access.searchButton')}
          </Button>
        </Group>
      </form>
      {matches !== null &&
        (matches.length === 0 ? (
          <Text size="sm" mt="sm">
            {t('access.none')}
          </Text>
        ) : (
          <Stack gap="xs" mt="md">
            <Checkbox.Group label={t('access.select')} value={selected} onChange={setSelected}>
              <Stack gap={6} mt={6}>
                {matches.map((m) => (
                  <Checkbox
                    key={m.personId}
                    value={m.personId}
                    label={`${m.name} — ${t('access.line', { role: m.role, number: m.dossierNumber, klas: m.className ? ` · ${m.className}` : '' })}`}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group>
              <Button
                leftSection={<IconFileTypePdf size={16} aria-hidden />}
                onClick={() => setReviewing(true)}
                disabled={selected.length === 0}
              >
                {t('access.export')}
              </Button>
            </Group>
          </Stack>
        ))}
      <SubjectAccessDialog personIds={reviewing ? selected : null} onClose={() => setReviewing(false)} />
    </Card>
  );
}

const SELF = 'self';

/**
 * Before the export is saved: what it contains, whose names Vangnet makes unreadable, and the
 * coordinator's required confirmation that they reviewed other people's data (the core refuses
 * the export without it).
 */
function SubjectAccessDialog({ personIds, onClose }: { personIds: string[] | null; onClose: () => void }) {
  const { t } = useTranslation('evaluation');
  const [review, setReview] = useState<SubjectAccessReview | null>(null);
  const form = useDraftForm<{ thirdPartyReviewed: boolean }>({
    initial: { thirdPartyReviewed: false },
    active: personIds !== null,
    resetKey: personIds ? personIds.join(',') : null,
    draft: null,
    validate: (v): Record<string, string> => (v.thirdPartyReviewed ? {} : { thirdPartyReviewed: t('access.reviewRequired') }),
  });

  // Keyed on the ids' text: the parent passes a new array on every render.
  const key = personIds ? personIds.join(',') : null;
  // Who asks: SELF = the person themselves; else a parent of a chosen person, whose own name stays readable.
  const [requester, setRequester] = useState(SELF);
  // The parents offered stay while the review reloads for another requester (the list is the same).
  const [parents, setParents] = useState<SubjectAccessReview['parents']>([]);
  useEffect(() => {
    setRequester(SELF);
    setParents([]);
  }, [key]);
  const asking = requester === SELF ? {} : { requesterPersonId: requester };
  useEffect(() => {
    setReview(null);
    if (!key) return;
    let live = true;
    call('subjectAccess.review', { personIds: key.split(','), ...(requester === SELF ? {} : { requesterPersonId: requester }) })
      .then((r) => {
        if (!live) return;
        setReview(r);
        setParents(r.parents);
      })
      .catch(notifyError);
    return () => {
      live = false;
    };
  }, [key, requester]);

  const save = () =>
    form.submit(async (v) => {
      if (!personIds) return;
      const result = await call('subjectAccess.exportPdf', {
        personIds,
        ...asking,
        thirdPartyReviewed: v.thirdPartyReviewed,
      });
      if ('file' in result) {
        notifySuccess(t('access.exported', { file: result.file }));
        onClose();
      }
    });

  return (
    <FormDialog
      testId="subject-access-form"
      opened={personIds !== null}
      onClose={onClose}
      form={form}
      title={t('access.dialogTitle')}
      submitLabel={t('access.save')}
      onSubmit={() => void save()}
    >
      <Text size="sm">{t('access.contains')}</Text>
      {review && (
        <Text size="sm" data-testid="subject-access-summary">
          {t('access.summary', { records: review.records, dossiers: review.dossierCount })}
        </Text>
      )}
      {parents.length > 0 && (
        <Radio.Group
          label={t('access.requester')}
          description={t('access.requesterHelp')}
          value={requester}
          onChange={setRequester}
          data-testid="subject-access-requester"
        >
          <Stack gap={6} mt={6}>
            <Radio value={SELF} label={t('access.requesterSelf')} />
            {parents.map((p) => (
              <Radio
                key={p.personId}
                value={p.personId}
                label={t('access.requesterParent', { name: p.name, child: p.childName, number: p.dossierNumber })}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
      {review && review.thirdParties.length > 0 && (
        <Alert color="blue" variant="light" title={t('access.othersTitle')}>
          <Text size="sm" mb={4}>
            {t('access.othersText')}
          </Text>
          <List size="sm" data-testid="subject-access-others">
            {review.thirdParties.map((p) => (
              <List.Item key={`${p.dossierNumber}|${p.name}`}>{t('access.otherLine', p)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Text size="sm">{t('access.checkText')}</Text>
      <Checkbox
        label={t('access.reviewed')}
        checked={form.values.thirdPartyReviewed}
        onChange={(e) => form.set('thirdPartyReviewed', e.currentTarget.checked)}
        error={form.error('thirdPartyReviewed')}
        required
      />
    </FormDialog>
  );
}
