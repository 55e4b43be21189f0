import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Text, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A modal form that never throws away typed text silently: closing it while `dirty`
 * first asks, inside the modal, whether to discard.
 */
export function GuardedModal({
  opened,
  onClose,
  dirty,
  title,
  size = 'lg',
  children,
}: {
  opened: boolean;
  onClose: () => void;
  dirty: boolean;
  title: ReactNode;
  size?: ModalProps['size'];
  /** A function receives `requestClose` for the form's own Cancel button. */
  children: ReactNode | ((requestClose: () => void) => ReactNode);
}) {
  const { t } = useTranslation('dossier');
  const [asking, setAsking] = useState(false);
  useEffect(() => {
    if (!opened) setAsking(false);
  }, [opened]);
  const requestClose = () => {
    if (dirty) setAsking(true);
    else onClose();
  };
  return (
    <Modal opened={opened} onClose={requestClose} title={title} size={size} closeOnClickOutside={!dirty}>
      <Stack>
        {asking && (
          <Alert color="orange" title={t('discard.title')} role="alertdialog">
            <Text size="sm">{t('discard.text')}</Text>
            <Group mt="sm">
              <Button size="xs" variant="default" onClick={() => setAsking(false)} data-autofocus>
                {t('discard.keep')}
              </Button>
              <Button
                size="xs"
                color="red"
                variant="light"
                onClick={() => {
                  setAsking(false);
                  onClose();
                }}
              >
                {t('discard.confirm')}
              </Button>
            </Group>
          </Alert>
        )}
        {typeof children === 'function' ? children(requestClose) : children}
      </Stack>
    </Modal>
  );
}

/** The footer every guarded form shares: cancel (through the guard) and save. */
export function GuardedFormActions({
  onCancel,
  onSave,
  busy,
}: {
  onCancel: () => void;
  onSave: () => void;
  busy: boolean;
}) {
  const { t } = useTranslation('dossier');
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('cancel')}
      </Button>
      <Button onClick={onSave} loading={busy}>
        {t('save.button')}
      </Button>
    </Group>
  );
}
