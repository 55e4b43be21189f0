import { Alert, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconSend, IconTransfer } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HandoverState } from '../../../../src/shared/domain/exchange';
import { call } from '../../api/client';
import { formatDateTimeNl } from '../../ui/datetime';
import { SendModal } from './SendModal';

/** Whether this copy of a dossier was handed over (then it is read-only here). */
export function useHandover(dossierId: string): { handover: HandoverState | null; reload: () => void } {
  const [handover, setHandover] = useState<HandoverState | null>(null);
  const reload = useCallback(() => {
    call('exchange.dossierState', { dossierId }).then(
      (s) => setHandover(s.handover && !s.handover.coOwner ? s.handover : null),
      () => setHandover(null),
    );
  }, [dossierId]);
  useEffect(reload, [reload]);
  return { handover, reload };
}

/** The dossier header's "Overdragen of delen…" button with its dialog. */
export function SendButton({
  dossierId,
  disabled,
  onSent,
}: {
  dossierId: string;
  disabled: boolean;
  onSent: () => void;
}) {
  const { t } = useTranslation('exchange');
  const [opened, dialog] = useDisclosure(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconSend size={16} aria-hidden />}
        onClick={dialog.open}
        disabled={disabled}
        title={disabled ? t('send.readOnly') : undefined}
      >
        {t('send.button')}
      </Button>
      {opened && <SendModal dossierId={dossierId} opened={opened} onClose={dialog.close} onSent={onSent} />}
    </>
  );
}

/** "Overgedragen aan … op …": shown above a handed-over dossier. */
export function HandoverBanner({ handover }: { handover: HandoverState | null }) {
  const { t } = useTranslation('exchange');
  if (!handover) return null;
  return (
    <Alert
      color="gray"
      icon={<IconTransfer size={18} aria-hidden />}
      title={t('handover.title', {
        to: handover.handedOverTo,
        when: formatDateTimeNl(handover.handedOverAt),
      })}
      data-testid="handover-banner"
    >
      {t('handover.text')}
    </Alert>
  );
}
