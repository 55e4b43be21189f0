import { z } from 'zod';
import { IdSchema, IsoDateTimeSchema, LIMITS } from './common';

/**
 * Social-media monitoring and takedown requests. The log describes what was seen in
 * words and where; it never holds the image or video itself: possessing or forwarding a
 * sexual image of a minor is a criminal offence, and police and Helpwanted advise not to
 * collect it. Every text field below therefore refuses anything that looks like a file.
 */

export const PLATFORMS = [
  'snapchat',
  'instagram',
  'tiktok',
  'whatsapp',
  'telegram',
  'x',
  'discord',
  'youtube',
  'facebook',
  'anders',
] as const;
export type SocialPlatform = (typeof PLATFORMS)[number];
export const PLATFORM_LABELS: Record<SocialPlatform, string> = {
  snapchat: 'Snapchat',
  instagram: 'Instagram',
  tiktok: 'TikTok',
  whatsapp: 'WhatsApp',
  telegram: 'Telegram',
  x: 'X (Twitter)',
  discord: 'Discord',
  youtube: 'YouTube',
  facebook: 'Facebook',
  anders: 'Anders',
};

export const TONES = ['neutraal', 'negatief', 'bedreigend', 'onjuist', 'onbekend'] as const;
export type Tone = (typeof TONES)[number];
export const TONE_LABELS: Record<Tone, string> = {
  neutraal: 'Neutraal',
  negatief: 'Negatief',
  bedreigend: 'Bedreigend',
  onjuist: 'Onjuist',
  onbekend: 'Nog niet beoordeeld',
};

export const RISK_LEVELS = ['laag', 'middel', 'hoog', 'onbekend'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];
export const RISK_LABELS: Record<RiskLevel, string> = {
  laag: 'Laag',
  middel: 'Middel',
  hoog: 'Hoog',
  onbekend: 'Nog niet beoordeeld',
};

export const REACH_LEVELS = ['onbekend', 'enkelen', 'groep', 'school', 'breed'] as const;
export type Reach = (typeof REACH_LEVELS)[number];
export const REACH_LABELS: Record<Reach, string> = {
  onbekend: 'Onbekend',
  enkelen: 'Enkelen (minder dan 10)',
  groep: 'Een groep of klas (10–50)',
  school: 'Grote delen van de school (50–500)',
  breed: 'Breed, ook buiten school (meer dan 500)',
};

export const MONITORING_ACTIONS = [
  'geen',
  'gemeld-bij-platform',
  'verwezen-naar-statement',
  'doorgegeven-aan-politie',
  'verwijderverzoek',
  'besproken-met-betrokkenen',
  'anders',
] as const;
export type MonitoringAction = (typeof MONITORING_ACTIONS)[number];
export const MONITORING_ACTION_LABELS: Record<MonitoringAction, string> = {
  geen: 'Geen (alleen vastgelegd)',
  'gemeld-bij-platform': 'Gemeld bij het platform',
  'verwezen-naar-statement': 'Verwezen naar het communicatiestatement',
  'doorgegeven-aan-politie': 'Doorgegeven aan de politie',
  verwijderverzoek: 'Verwijderverzoek gedaan',
  'besproken-met-betrokkenen': 'Besproken met betrokkenen',
  anders: 'Anders',
};

export const MONITORING_STATUSES = ['open', 'opvolgen', 'afgehandeld'] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];
export const MONITORING_STATUS_LABELS: Record<MonitoringStatus, string> = {
  open: 'Open',
  opvolgen: 'Wordt opgevolgd',
  afgehandeld: 'Afgehandeld',
};

export const TAKEDOWN_CHANNELS = [
  'platform',
  'helpwanted-offlimits',
  'meldpunt-kinderporno',
  'take-it-down',
  'politie',
] as const;
export type TakedownChannel = (typeof TAKEDOWN_CHANNELS)[number];
export const TAKEDOWN_CHANNEL_LABELS: Record<TakedownChannel, string> = {
  platform: 'Melding bij het platform',
  'helpwanted-offlimits': 'Helpwanted / Offlimits',
  'meldpunt-kinderporno': 'Meldpunt Kinderporno',
  'take-it-down': 'Take It Down (voor minderjarigen)',
  politie: 'Politie',
};

export const TAKEDOWN_STATUSES = ['aangevraagd', 'in-behandeling', 'verwijderd', 'geweigerd', 'onbekend'] as const;
export type TakedownStatus = (typeof TAKEDOWN_STATUSES)[number];
export const TAKEDOWN_STATUS_LABELS: Record<TakedownStatus, string> = {
  aangevraagd: 'Aangevraagd',
  'in-behandeling': 'In behandeling',
  verwijderd: 'Verwijderd',
  geweigerd: 'Geweigerd',
  onbekend: 'Onbekend',
};
/** A takedown still needs attention until the material is gone or the request was refused. */
export const OPEN_TAKEDOWN_STATUSES: readonly TakedownStatus[] = ['aangevraagd', 'in-behandeling', 'onbekend'];

// --- refusing files ----------------------------------------------------------

/** Shown whenever something file-like is offered to the log, in the UI and by the core. */
export const NO_FILES_MESSAGE =
  'Beelden, video’s en bestanden worden niet opgeslagen. Het bezitten of doorsturen van seksueel beeldmateriaal van een minderjarige is strafbaar, ook voor school. Leg in plaats daarvan vast waar het staat (link, platform, account of groep), wanneer je het zag en omschrijf in woorden wat er te zien is.';

/** URLs that carry or point at file content (or run code); never stored, never opened. */
const FORBIDDEN_URLS =
  /(\bdata:([a-z-]+\/[a-z0-9.+-]+)?(;[^,\s]*)?,|\bblob:|\bfile:\/|\bfilesystem:|\b(java|vb)script:|\bcontent:\/\/)/i;
/** Base64 openings of image/video formats (PNG, JPEG, GIF, WebP/RIFF, MP4/MOV ftyp, PDF, ZIP, HEIC). */
const FILE_SIGNATURES =
  /(iVBORw0KGgo|\/9j\/[A-Za-z0-9+/]{8}|R0lGOD[lo]h|UklGR[A-Za-z0-9+/]{6}|AAAA[A-Za-z0-9+/]{2}ZnR5c|JVBERi0|UEsDB[A-Za-z0-9+/]{4})/;
/** A long unbroken run of base64 characters is encoded data, not words or a link. */
const BASE64_RUN = /[A-Za-z0-9+/_-]{160,}={0,2}/;

/** Why `text` looks like file content (for the error), or null when it is plain text. */
export function fileLikeContent(text: string): string | null {
  if (FORBIDDEN_URLS.test(text)) return 'url';
  if (FILE_SIGNATURES.test(text)) return 'signature';
  if (BASE64_RUN.test(text)) return 'base64';
  // Binary bytes smuggled in as a string (control characters other than tab/newline).
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text)) return 'binary';
  return null;
}

/**
 * A place on someone's own disk rather than online: a Windows or UNC path, a home-folder path,
 * `~/…`, or a bare camera file name like IMG_2041.jpg. It is not a link to anything the school
 * can report, and it means someone has the image: see the card's police advice.
 */
const LOCAL_PATH =
  /(^|[\s"'(<])([a-z]:[\\/]|\\\\[^\\\s]+\\|~[\\/]|\/(home|users|mnt|media|private|volumes|storage|sdcard|tmp|var)\/)/i;
const BARE_FILE_NAME = /^[^\s/\\:]+\.(jpe?g|png|gif|heic|heif|webp|bmp|tiff?|mp4|mov|m4v|avi|mkv|3gp|webm)$/i;

export function looksLikeLocalFile(text: string): boolean {
  const s = text.trim();
  if (s.length > LIMITS.mediumText) return false;
  if (/^(https?:)?\/\//i.test(s)) return false;
  return LOCAL_PATH.test(s) || BARE_FILE_NAME.test(s);
}

/** Shown (calmly) at the field and by the core when a "where" field holds a local file path. */
export const LOCAL_FILE_MESSAGE =
  'Dit lijkt een bestand op een computer of telefoon, geen plek online. Dan staat het beeld op iemands schijf: open, kopieer of verstuur het niet en volg het politieadvies op de kaart (neem contact op met de wijkagent of de politie). Vul hier alleen in waar het online staat: een link, platform, account of groep.';

/** A "where" field: a link, group or account, never a path on somebody's disk. */
export const logLocation = (label: string, required: boolean) =>
  (required ? requiredLogText(label, LIMITS.mediumText) : logText(label, LIMITS.mediumText)).refine(
    (s) => !looksLikeLocalFile(s),
    { error: LOCAL_FILE_MESSAGE },
  );

/** A string field of the monitoring log: bounded, trimmed and refusing anything file-like. */
export const logText = (label: string, max: number) =>
  z
    .string({ error: `${label}: tekst verwacht. ${NO_FILES_MESSAGE}` })
    .trim()
    .max(max, { error: `${label} is te lang (maximaal ${max} tekens).` })
    // zod still runs refinements after a failed max(); a multi-megabyte string must not reach the
    // regexes (they overflow the stack there), and it is refused as too long anyway.
    .refine((s) => s.length > max || fileLikeContent(s) === null, { error: NO_FILES_MESSAGE });

export const requiredLogText = (label: string, max: number) =>
  logText(label, max).refine((s) => s.length > 0, { error: `${label} is verplicht.` });

// --- entries -----------------------------------------------------------------

export const MonitoringEntryInputSchema = z
  .object({
    seenAt: IsoDateTimeSchema,
    seenBy: requiredLogText('Gezien door', LIMITS.shortText),
    platform: z.enum(PLATFORMS, { error: 'Kies een platform.' }),
    /** A URL, group or channel name, or account handle: stored as text, never opened. */
    location: logLocation('Waar (link, groep of account)', false),
    description: requiredLogText('Wat is er te zien (in woorden)', LIMITS.mediumText),
    reach: z.enum(REACH_LEVELS, { error: 'Kies het geschatte bereik.' }),
    tone: z.enum(TONES, { error: 'Kies de toon.' }),
    risk: z.enum(RISK_LEVELS, { error: 'Kies het risico.' }),
    action: z.enum(MONITORING_ACTIONS, { error: 'Kies de actie.' }),
    actionNote: logText('Toelichting op de actie', LIMITS.mediumText),
    followUpAt: IsoDateTimeSchema.nullable(),
    status: z.enum(MONITORING_STATUSES, { error: 'Kies een status.' }),
  })
  .strict();
export type MonitoringEntryInput = z.infer<typeof MonitoringEntryInputSchema>;

export const QuickMonitoringInputSchema = z
  .object({
    dossierId: IdSchema,
    platform: z.enum(PLATFORMS, { error: 'Kies een platform.' }),
    location: logLocation('Waar (link, groep of account)', false),
    description: requiredLogText('Wat is er te zien (in woorden)', LIMITS.mediumText),
  })
  .strict();

export interface MonitoringEntry extends MonitoringEntryInput {
  id: string;
  dossierId: string;
  /** The dossier's case number, for the school-wide view. */
  dossierNumber: string;
  /** The first version of this entry; all corrections share it. */
  rootId: string;
  /** 1 for the original, 2 for its first correction, … */
  version: number;
  recordedAt: string;
  author: string;
  correctsId: string | null;
  correctionReason: string;
  /** Set when a later correction replaced this version. */
  supersededById: string | null;
}

export const MonitoringFiltersSchema = z
  .object({
    platforms: z.array(z.enum(PLATFORMS)).max(PLATFORMS.length).optional(),
    tones: z.array(z.enum(TONES)).max(TONES.length).optional(),
    risks: z.array(z.enum(RISK_LEVELS)).max(RISK_LEVELS.length).optional(),
    statuses: z.array(z.enum(MONITORING_STATUSES)).max(MONITORING_STATUSES.length).optional(),
    /** Period on "seen at", inclusive; either end may be left open. */
    from: IsoDateTimeSchema.nullable().optional(),
    to: IsoDateTimeSchema.nullable().optional(),
  })
  .strict();
export type MonitoringFilters = z.infer<typeof MonitoringFiltersSchema>;

export interface MonitoringStats {
  platforms: SocialPlatform[];
  /** One row per calendar day (in the requested offset) with a count per platform. */
  days: Array<{ day: string; total: number; counts: Partial<Record<SocialPlatform, number>> }>;
  total: number;
}

// --- takedowns ---------------------------------------------------------------

export const TakedownInputSchema = z
  .object({
    /** The log entry (any version of it) that found this place, if any. */
    entryId: IdSchema.nullable(),
    platform: z.enum(PLATFORMS, { error: 'Kies een platform.' }),
    location: logLocation('Waar staat het (link, groep of account)', true),
    channel: z.enum(TAKEDOWN_CHANNELS, { error: 'Kies via welke weg het verzoek loopt.' }),
    requestedAt: IsoDateTimeSchema.nullable(),
    reference: logText('Referentienummer', LIMITS.shortText),
    status: z.enum(TAKEDOWN_STATUSES, { error: 'Kies een status.' }),
    followUpAt: IsoDateTimeSchema.nullable(),
    notes: logText('Notities', LIMITS.mediumText),
  })
  .strict();
export type TakedownInput = z.infer<typeof TakedownInputSchema>;

export const TakedownPatchSchema = z
  .object({
    channel: z.enum(TAKEDOWN_CHANNELS, { error: 'Kies via welke weg het verzoek loopt.' }).optional(),
    requestedAt: IsoDateTimeSchema.nullable().optional(),
    reference: logText('Referentienummer', LIMITS.shortText).optional(),
    status: z.enum(TAKEDOWN_STATUSES, { error: 'Kies een status.' }).optional(),
    followUpAt: IsoDateTimeSchema.nullable().optional(),
    notes: logText('Notities', LIMITS.mediumText).optional(),
  })
  .strict();
export type TakedownPatch = z.infer<typeof TakedownPatchSchema>;

export const TAKEDOWN_EVENT_KINDS = ['aangemaakt', 'gewijzigd', 'opvolging'] as const;
export type TakedownEventKind = (typeof TAKEDOWN_EVENT_KINDS)[number];

export interface TakedownEvent {
  id: string;
  takedownId: string;
  at: string;
  actor: string;
  kind: TakedownEventKind;
  /** Status after this event. */
  status: TakedownStatus;
  followUpAt: string | null;
  note: string;
}

export interface Takedown extends TakedownInput {
  id: string;
  dossierId: string;
  dossierNumber: string;
  createdAt: string;
  updatedAt: string;
  createdBy: string;
  /** Open and its follow-up date has passed. */
  overdue: boolean;
  events: TakedownEvent[];
}
