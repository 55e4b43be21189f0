import fs from 'node:fs';
import path from 'node:path';

/**
 * Where things are, as pure functions of the environment (no electron import) so the
 * rules are testable. Layout of a build: dist/main/main.cjs, dist/main/preload.cjs,
 * dist/renderer/index.html, dist/native/better_sqlite3.node (dev only).
 */
export interface AppPaths {
  preload: string;
  rendererRoot: string;
  /** Electron-ABI SQLite binding for development runs; undefined = the module's own. */
  nativeBinding: string | undefined;
}

export const NATIVE_BINDING_FILE = 'better_sqlite3.node';

export function appPaths(
  mainDir: string,
  isPackaged: boolean,
  exists: (p: string) => boolean = fs.existsSync,
): AppPaths {
  const distDir = path.resolve(mainDir, '..');
  const devBinding = path.join(distDir, 'native', NATIVE_BINDING_FILE);
  return {
    preload: path.join(mainDir, 'preload.cjs'),
    rendererRoot: path.join(distDir, 'renderer'),
    // A packaged app's node_modules were rebuilt for Electron by electron-builder
    // (install-app-deps), so the module finds its own binding in app.asar.unpacked.
    nativeBinding: !isPackaged && exists(devBinding) ? devBinding : undefined,
  };
}

/**
 * VANGNET_USER_DATA moves all app data (settings, default vault, logs) to another folder:
 * used by the Electron smoke test to run against a throwaway vault. Must be absolute.
 */
export function userDataOverride(env: NodeJS.ProcessEnv): string | null {
  const value = env.VANGNET_USER_DATA;
  if (typeof value !== 'string' || value.trim() === '') return null;
  return path.isAbsolute(value) ? path.normalize(value) : null;
}

/** Backup files passed on the command line (file association / "open with"). */
export const BACKUP_EXTENSION = '.vangnetbackup';

export function backupFileFromArgv(argv: readonly string[]): string | null {
  for (const arg of argv.slice(1)) {
    if (!arg.startsWith('-') && arg.toLowerCase().endsWith(BACKUP_EXTENSION) && path.isAbsolute(arg))
      return arg;
  }
  return null;
}

/** Keeps a file name safe for any OS: no separators, no reserved characters. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '\\/:*?"<>|'.includes(ch) ? ' ' : ch))
    .join('')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return cleaned === '' ? 'Vangnet-document' : cleaned;
}
