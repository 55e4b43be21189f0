import { AppError, type ErrorCode } from '../../shared/errors';

/**
 * Dutch messages for every vault failure. Written for a care coordinator: what happened,
 * whether data is at risk, and what to do next. Never a stack trace, never a secret.
 */
export const VAULT_MESSAGES = {
  VAULT_LOCKED: 'De kluis is vergrendeld. Ontgrendel de kluis eerst met uw wachtwoordzin.',
  VAULT_NOT_FOUND:
    'In deze map staat geen Vangnet-kluis. Kies de map waarin u de kluis hebt aangemaakt, of maak een nieuwe kluis aan.',
  VAULT_EXISTS:
    'In deze map staat al een Vangnet-kluis. Open die kluis, of kies een lege map voor een nieuwe kluis.',
  WRONG_PASSPHRASE:
    'De wachtwoordzin klopt niet. Let op hoofdletters en spaties en probeer het opnieuw. Bent u de wachtwoordzin kwijt? Gebruik dan uw herstelsleutel.',
  WRONG_RECOVERY_KEY:
    'De herstelsleutel klopt niet. Controleer of u alle 8 groepen van 4 tekens goed hebt overgenomen van het papier.',
  NOT_A_VAULT:
    'Dit is geen Vangnet-kluis. Het bestand of de map hoort niet bij Vangnet, of het sleutelbestand ontbreekt of is onleesbaar. Er is niets gewijzigd.',
  NOT_A_VAULT_PLAIN:
    'Dit is geen Vangnet-kluis: het databasebestand is niet versleuteld. Vangnet opent alleen versleutelde kluizen. Er is niets gewijzigd.',
  VAULT_TRUNCATED:
    'De kluis is onvolledig: er ontbreekt een deel van het bestand, bijvoorbeeld door een afgebroken kopie of een volle schijf. De wachtwoordzin klopt wel. Zet de kluis terug uit een back-up. Er is niets gewijzigd.',
  VAULT_TOO_NEW:
    'Deze kluis is gemaakt met een nieuwere versie van Vangnet. Werk Vangnet bij om de kluis te openen. Er is niets gewijzigd.',
  VAULT_CORRUPT:
    'De kluis is beschadigd en kan niet worden gelezen. De wachtwoordzin klopt wel. Zet de kluis terug uit een back-up. Er is niets gewijzigd.',
  VAULT_IN_USE:
    'De kluis is al geopend, in een ander venster of door een andere gebruiker van deze computer. Sluit Vangnet daar eerst af en probeer het opnieuw.',
  DISK_FULL:
    'De schijf is vol. Maak ruimte vrij (bijvoorbeeld door oude downloads te verwijderen) en probeer het opnieuw. Uw gegevens zijn niet verloren gegaan.',
  READ_ONLY:
    'Vangnet mag niet schrijven in deze map. Controleer of de map niet alleen-lezen is en of u er rechten op hebt, of kies een andere map.',
  BACKUP_NOT_FOUND: 'Het back-upbestand is niet gevonden. Kies het bestand opnieuw.',
  BACKUP_INVALID:
    'Deze back-up is beschadigd of onvolledig en kan niet worden teruggezet. Uw huidige kluis is niet gewijzigd. Probeer een andere back-up.',
  VAULT_TOO_NEW_BACKUP:
    'Deze back-up is gemaakt met een nieuwere versie van Vangnet. Werk Vangnet bij om hem terug te zetten. Uw huidige kluis is niet gewijzigd.',
  NAME_REQUIRED: 'Vul uw naam in. Die komt in het logboek bij alles wat u in de kluis doet.',
  INTERNAL:
    'Er ging iets onverwachts mis met de kluis. Uw gegevens zijn niet gewijzigd. Probeer het opnieuw of start Vangnet opnieuw.',
} as const;

export type VaultMessageKey = keyof typeof VAULT_MESSAGES;

export function vaultError(code: ErrorCode, messageKey?: VaultMessageKey, details?: unknown): AppError {
  const key = (messageKey ?? code) as VaultMessageKey;
  const message = VAULT_MESSAGES[key] ?? VAULT_MESSAGES.INTERNAL;
  return new AppError(code, message, details);
}

function errCode(e: unknown): string | undefined {
  if (e && typeof e === 'object' && 'code' in e) {
    const c = (e as { code: unknown }).code;
    return typeof c === 'string' ? c : undefined;
  }
  return undefined;
}

/** Disk-level failures that have their own user-facing code, or undefined. */
export function diskErrorCode(e: unknown): ErrorCode | undefined {
  const c = errCode(e);
  if (!c) return undefined;
  if (c === 'ENOSPC' || c === 'EDQUOT' || c === 'SQLITE_FULL') return 'DISK_FULL';
  if (c === 'EACCES' || c === 'EROFS' || c === 'EPERM' || c.startsWith('SQLITE_READONLY')) return 'READ_ONLY';
  return undefined;
}

export function sqliteCode(e: unknown): string | undefined {
  const c = errCode(e);
  return c && c.startsWith('SQLITE_') ? c : undefined;
}

/**
 * Turns any thrown value into an AppError. AppErrors pass through; disk errors get their
 * own code; everything else becomes INTERNAL (the original is kept as `cause` for logs,
 * never shown to the user).
 */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  const disk = diskErrorCode(e);
  if (disk) return vaultError(disk);
  const err = vaultError('INTERNAL');
  (err as { cause?: unknown }).cause = e;
  return err;
}
