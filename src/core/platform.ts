/**
 * What the core needs from the desktop shell. Electron's main process implements it
 * with dialogs and `shell`; tests and the e2e harness supply their own. Keeping it this
 * small is what lets all logic live (and be tested) outside Electron.
 */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Platform {
  /** Ask where to save; null when the user cancels. */
  chooseSaveFile(opts: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Ask which file to open; null when the user cancels. */
  chooseOpenFile(opts: { title: string; filters: FileFilter[] }): Promise<string | null>;
  /** Ask for a folder; null when the user cancels. */
  chooseFolder(opts: { title: string }): Promise<string | null>;
  /** Open a file the user just saved in the system's default viewer. */
  openPath(file: string): Promise<void>;
  /** Reveal a file in the file manager. */
  showInFolder(file: string): Promise<void>;
  /** Print a PDF (Electron: a hidden window's print dialog). */
  printPdf(bytes: Uint8Array, title: string): Promise<void>;
}

/** A platform that refuses every dialog: the safe default for headless use. */
export const headlessPlatform: Platform = {
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  chooseFolder: async () => null,
  openPath: async () => undefined,
  showInFolder: async () => undefined,
  printPdf: async () => undefined,
};
