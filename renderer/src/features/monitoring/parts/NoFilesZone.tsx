import { useState, type ClipboardEvent, type DragEvent, type ReactNode } from 'react';
import { Alert, Box, Button, List, Stack, Text } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { carriesFiles, pastedTextIsFile } from '../logic';

/**
 * Wraps the monitoring tab and its dialogs. A dropped or pasted image, video or any other
 * file is refused here, in the page: nothing is read from it and nothing reaches the core.
 * Instead a calm explanation says why, and what to record instead.
 */
export function NoFilesZone({
  children,
  testId = 'no-files-zone',
}: {
  children: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation('monitoring');
  const [refused, setRefused] = useState(false);
  const [dragging, setDragging] = useState(false);

  const onDragOver = (e: DragEvent) => {
    if (!carriesFiles(e.dataTransfer)) return;
    // Take over file drags so the drop lands here (and the browser never opens the file).
    e.preventDefault();
    e.dataTransfer.dropEffect = 'none';
    setDragging(true);
  };
  const onDrop = (e: DragEvent) => {
    setDragging(false);
    if (!carriesFiles(e.dataTransfer) && !pastedTextIsFile(e.dataTransfer)) return;
    // Handled while bubbling, so the innermost zone (an open dialog) explains it where the
    // user is looking; preventDefault cancels the field's own default (inserting the file).
    e.preventDefault();
    e.stopPropagation();
    setRefused(true);
  };
  const onPaste = (e: ClipboardEvent) => {
    if (carriesFiles(e.clipboardData) || pastedTextIsFile(e.clipboardData)) {
      e.preventDefault();
      e.stopPropagation();
      setRefused(true);
    }
  };

  return (
    <Box
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
      onPaste={onPaste}
      data-testid={testId}
      data-dragging={dragging || undefined}
      style={
        dragging
          ? { outline: '3px dashed var(--mantine-color-orange-5)', outlineOffset: 4, borderRadius: 8 }
          : undefined
      }
    >
      <Stack gap="md">
        {dragging && (
          <Alert color="orange" icon={<IconPhotoOff size={20} aria-hidden />}>
            {t('noFiles.dragging')}
          </Alert>
        )}
        {refused && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconPhotoOff size={20} aria-hidden />}
            title={t('noFiles.title')}
            role="alert"
            data-testid="no-files-alert"
          >
            <Stack gap={6}>
              <Text size="sm">{t('noFiles.text')}</Text>
              <Text size="sm" fw={600}>
                {t('noFiles.instead')}
              </Text>
              <List size="sm" spacing={2}>
                {(t('noFiles.items', { returnObjects: true }) as string[]).map((item) => (
                  <List.Item key={item}>{item}</List.Item>
                ))}
              </List>
              <Button size="xs" variant="default" w="fit-content" onClick={() => setRefused(false)}>
                {t('noFiles.dismiss')}
              </Button>
            </Stack>
          </Alert>
        )}
        {children}
      </Stack>
    </Box>
  );
}
