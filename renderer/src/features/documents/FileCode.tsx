import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CopyToClipboardButton } from '../../ui/CopyToClipboardButton';

/**
 * A file's SHA-256 as `sha256sum` and `certutil` print it (64 lowercase hex characters, no
 * spaces), so a recipient compares it character for character; with a copy button.
 */
export function FileCode({ sha256, compact = false }: { sha256: string; compact?: boolean }) {
  const { t } = useTranslation('documents');
  return (
    <Group gap="xs" wrap="nowrap" align="center">
      <Text
        ff="monospace"
        size={compact ? 'xs' : 'sm'}
        style={{ wordBreak: 'break-all', maxWidth: compact ? '34ch' : '66ch' }}
        data-testid="file-code"
        aria-label={t('code.label')}
      >
        {sha256}
      </Text>
      <CopyToClipboardButton
        text={sha256}
        label={compact ? t('code.copyShort') : t('code.copy')}
        copiedLabel={t('code.copied')}
        size="xs"
        aria-label={t('code.copy')}
      />
    </Group>
  );
}
