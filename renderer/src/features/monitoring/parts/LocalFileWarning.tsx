import { Alert } from '@mantine/core';
import { IconFolderExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { LOCAL_FILE_MESSAGE, looksLikeLocalFile } from '../../../../../src/shared/domain';

/**
 * Shown while typing when a "where" field holds a path on someone's disk (C:\Users\…\IMG_2041.jpg).
 * Calm, not an alarm: it explains what it means and what to do. The core refuses to store it.
 */
export function LocalFileWarning({ value }: { value: string }) {
  const { t } = useTranslation('monitoring');
  if (!looksLikeLocalFile(value)) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      title={t('localFile.title')}
      icon={<IconFolderExclamation size={18} aria-hidden />}
      data-testid="local-file-warning"
      role="status"
    >
      {LOCAL_FILE_MESSAGE}
    </Alert>
  );
}
