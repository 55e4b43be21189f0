import { Button, type ButtonProps } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { call } from '../api/client';
import { notifyError } from './notify';

/**
 * Copies through main (not navigator.clipboard): main remembers what Vangnet put on the
 * clipboard and takes it off again when the vault locks, if it is still there.
 */
export function CopyToClipboardButton({
  text,
  label,
  copiedLabel,
  ...button
}: { text: string; label: string; copiedLabel: string } & Omit<ButtonProps, 'children' | 'onClick'>) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await call('clipboard.copy', { text });
      setCopied(true);
    } catch (err) {
      notifyError(err);
    }
  };

  return (
    <Button
      variant="default"
      leftSection={copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />}
      onClick={() => void copy()}
      {...button}
    >
      {copied ? copiedLabel : label}
    </Button>
  );
}
