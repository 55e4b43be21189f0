import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FormState } from './useDraftForm';

function timeNl(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : d.toLocaleString('nl-NL', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
}

/** "Concept teruggezet": typed earlier, kept in the vault through a lock, not saved yet. */
export function DraftRestoredNotice({ form }: { form: FormState<object> }) {
  const { t } = useTranslation('common');
  if (!form.restoredAt) return null;
  return (
    <Alert
      color="blue"
      variant="light"
      title={t('form.restored.title')}
      data-testid="draft-restored"
      icon={<IconDeviceFloppy size={18} aria-hidden />}
    >
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('form.restored.text', { when: timeNl(form.restoredAt) })}</Text>
        <Button size="compact-sm" variant="subtle" color="red" onClick={() => void form.discard()}>
          {t('form.restored.discard')}
        </Button>
      </Group>
    </Alert>
  );
}

/** A quiet line under the form: whether what is typed is kept in the vault. */
export function DraftStatus({ form }: { form: FormState<object> }) {
  const { t } = useTranslation('common');
  if (!form.dirty || form.draftState === 'none') return <span />;
  return (
    <Text size="xs" c="dimmed" data-testid="draft-state" data-state={form.draftState} aria-live="polite">
      {t(`form.draftState.${form.draftState}`)}
    </Text>
  );
}

/**
 * Every dialog with a form: closing with typed input first asks (inside the dialog) whether
 * to throw it away; a draft restored after a lock is announced; cancel and save share one
 * footer. The form's values, validation and draft live in `useDraftForm`.
 */
export function FormDialog<T extends object>({
  opened,
  onClose,
  form,
  title,
  size = 'lg',
  submitLabel,
  onSubmit,
  extraActions,
  testId,
  danger = false,
  submitDisabled = false,
  children,
}: {
  opened: boolean;
  onClose: () => void;
  form: FormState<T>;
  title: ReactNode;
  size?: ModalProps['size'];
  submitLabel?: string;
  onSubmit: () => void;
  /** Buttons left of cancel/save (e.g. a secondary action). */
  extraActions?: ReactNode;
  /** On the dialog's form (fields and buttons), for tests. */
  testId?: string;
  /** The submit cannot be undone (e.g. marking a dossier for destruction): a red button. */
  danger?: boolean;
  /** Only for a deliberate gate (a number typed over); other problems show at their fields on save. */
  submitDisabled?: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (!opened) setAsking(false);
  }, [opened]);
  const close = () => {
    setAsking(false);
    void form.discard();
    onClose();
  };
  const requestClose = () => {
    if (form.dirty) setAsking(true);
    else close();
  };
  const anyForm = form as unknown as FormState<object>;
  return (
    <Modal
      opened={opened}
      onClose={requestClose}
      title={title}
      size={size}
      closeOnClickOutside={!form.dirty}
      // A field reached with Tab scrolls into view above the sticky footer, not behind it.
      styles={{ content: { scrollPaddingBottom: 80 } }}
    >
      <Stack data-testid={testId}>
        {asking && (
          <Alert color="orange" title={t('form.discard.title')} role="alertdialog">
            <Text size="sm">{t('form.discard.text')}</Text>
            <Group mt="sm">
              <Button size="xs" variant="default" onClick={() => setAsking(false)} data-autofocus>
                {t('form.discard.keep')}
              </Button>
              <Button size="xs" color="red" variant="light" onClick={close}>
                {t('form.discard.confirm')}
              </Button>
            </Group>
          </Alert>
        )}
        <DraftRestoredNotice form={anyForm} />
        {children}
        {/* A problem with the form as a whole (no field to show it at), after a save attempt. */}
        {anyForm.error('') && (
          <Alert color="red" variant="light" role="alert" data-testid="form-error">
            {anyForm.error('')}
          </Alert>
        )}
        {/* Sticky: on a 768-pixel screen a long form scrolls inside the dialog, and the save
            button must stay in sight rather than below the fold. */}
        <Group
          justify="space-between"
          align="center"
          data-testid="form-dialog-footer"
          style={{
            position: 'sticky',
            bottom: 'calc(-1 * var(--mb-padding, var(--mantine-spacing-md)))',
            zIndex: 1,
            background: 'var(--mantine-color-body)',
            borderTop: '1px solid var(--mantine-color-default-border)',
            paddingTop: 'var(--mantine-spacing-sm)',
            paddingBottom: 'var(--mb-padding, var(--mantine-spacing-md))',
            marginBottom: 'calc(-1 * var(--mb-padding, var(--mantine-spacing-md)))',
          }}
        >
          <DraftStatus form={anyForm} />
          <Group justify="flex-end">
            {extraActions}
            <Button variant="default" onClick={requestClose}>
              {t('actions.cancel')}
            </Button>
            <Button onClick={onSubmit} loading={form.busy} color={danger ? 'red' : undefined} disabled={submitDisabled}>
              {submitLabel ?? t('actions.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
