import crypto from 'node:crypto';
import type { Platform } from './platform';

const digest = (text: string): Buffer => crypto.createHash('sha256').update(text, 'utf8').digest();

/**
 * What Vangnet itself put on the system clipboard (a one-time passphrase, a card, a
 * fingerprint) is taken off again when the vault locks — but only if it is still there:
 * whatever the user copied since (from any program) is left alone. Only a hash of what was
 * copied is kept, so the secret does not linger in this process either.
 */
export class ClipboardGuard {
  #ours: Buffer | null = null;

  constructor(private readonly platform: Pick<Platform, 'writeClipboard' | 'readClipboard'>) {}

  async copy(text: string): Promise<void> {
    await this.platform.writeClipboard(text);
    this.#ours = digest(text);
  }

  /** Clears the clipboard if it still holds what Vangnet copied. True when it cleared. */
  async clearIfOurs(): Promise<boolean> {
    const ours = this.#ours;
    if (!ours) return false;
    this.#ours = null;
    const now = await this.platform.readClipboard();
    if (!crypto.timingSafeEqual(digest(now), ours)) return false;
    await this.platform.writeClipboard('');
    return true;
  }
}
