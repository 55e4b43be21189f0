import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './vault';

/**
 * Non-confidential app settings, kept outside the vault so they can be read before it
 * is unlocked (where the vault is, how soon to lock). Nothing about a dossier goes here.
 */
const SettingsFileSchema = z.object({
  idleLockMinutes: z.number().int().min(1).max(60).default(5),
  language: z.enum(['nl', 'en']).default('nl'),
  vaultLocation: z.string().max(4096).nullable().default(null),
});
export type SettingsFile = z.infer<typeof SettingsFileSchema>;

/** Where a damaged settings file is set aside (kept until a vault is opened or created). */
export const DAMAGED_SETTINGS_FILE = 'settings.damaged.json';

/**
 * The vault location written in a settings file that no longer parses (a torn write from an
 * older version, a disk error, a hand edit): the one field that matters is often still legible.
 */
function salvageLocation(text: string): string | null {
  const m = /"vaultLocation"\s*:\s*("(?:[^"\\\n]|\\.)*")/.exec(text);
  if (!m?.[1]) return null;
  try {
    const v: unknown = JSON.parse(m[1]);
    return typeof v === 'string' && v.length > 0 && v.length <= 4096 && path.isAbsolute(v) ? v : null;
  } catch {
    return null;
  }
}

const serialize = (s: SettingsFile): string => `${JSON.stringify(s, null, 2)}\n`;

export class SettingsStore {
  private readonly file: string;
  private readonly damagedFile: string;
  private cache: SettingsFile | null = null;

  constructor(
    private readonly appDataDir: string,
    private readonly defaultVaultDir: string,
  ) {
    this.file = path.join(appDataDir, 'settings.json');
    this.damagedFile = path.join(appDataDir, DAMAGED_SETTINGS_FILE);
  }

  read(): SettingsFile {
    if (this.cache) return this.cache;
    let text: string | null = null;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      // Missing (first start) or unreadable: defaults; never a reason not to start.
    }
    if (text === null) {
      this.cache = SettingsFileSchema.parse({});
      return this.cache;
    }
    let parsed: SettingsFile | null = null;
    try {
      const r = SettingsFileSchema.safeParse(JSON.parse(text));
      if (r.success) parsed = r.data;
    } catch {
      /* damaged: below */
    }
    if (parsed) {
      this.cache = parsed;
      return parsed;
    }
    // Damaged. Set the file aside (never lost by the next save) and keep what can be read of
    // the vault location: falling back to the default folder would show an empty first run
    // while the real vault sits elsewhere.
    const salvaged = salvageLocation(text);
    this.cache = SettingsFileSchema.parse(salvaged ? { vaultLocation: salvaged } : {});
    try {
      writeFileAtomic(this.damagedFile, text);
      writeFileAtomic(this.file, serialize(this.cache));
    } catch {
      // Read-only app data: the damaged file stays and is read (and salvaged) again next time.
    }
    return this.cache;
  }

  /**
   * True while a damaged settings file is set aside and no vault has been opened or created
   * since: the first-run screen then says so and offers to open the existing vault first.
   */
  hadDamagedSettings(): boolean {
    return fs.existsSync(this.damagedFile);
  }

  /** A vault was opened or created: the damaged settings have served their purpose. */
  clearDamagedSettings(): void {
    fs.rmSync(this.damagedFile, { force: true });
  }

  /** The folder the user chose, or null when Vangnet uses its default folder. */
  chosenVaultDir(): string | null {
    return this.read().vaultLocation;
  }

  vaultDir(): string {
    return this.read().vaultLocation ?? this.defaultVaultDir;
  }

  /** Written crash-safely: temp file, fsync, rename over the old one, fsync of the folder. */
  update(patch: Partial<SettingsFile>): SettingsFile {
    const next = SettingsFileSchema.parse({ ...this.read(), ...patch });
    fs.mkdirSync(this.appDataDir, { recursive: true });
    writeFileAtomic(this.file, serialize(next));
    this.cache = next;
    return next;
  }
}
