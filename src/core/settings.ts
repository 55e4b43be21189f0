import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

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

export class SettingsStore {
  private readonly file: string;
  private cache: SettingsFile | null = null;

  constructor(
    private readonly appDataDir: string,
    private readonly defaultVaultDir: string,
  ) {
    this.file = path.join(appDataDir, 'settings.json');
  }

  read(): SettingsFile {
    if (this.cache) return this.cache;
    let raw: unknown;
    try {
      raw = JSON.parse(fs.readFileSync(this.file, 'utf8'));
    } catch {
      // Missing or damaged settings fall back to defaults: never a reason not to start.
      raw = {};
    }
    const parsed = SettingsFileSchema.safeParse(raw);
    this.cache = parsed.success ? parsed.data : SettingsFileSchema.parse({});
    return this.cache;
  }

  vaultDir(): string {
    return this.read().vaultLocation ?? this.defaultVaultDir;
  }

  update(patch: Partial<SettingsFile>): SettingsFile {
    const next = SettingsFileSchema.parse({ ...this.read(), ...patch });
    fs.mkdirSync(this.appDataDir, { recursive: true });
    const tmp = `${this.file}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(next, null, 2));
    fs.renameSync(tmp, this.file);
    this.cache = next;
    return next;
  }
}
