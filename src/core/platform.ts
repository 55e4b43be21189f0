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
  /**
   * Print a PDF without leaving a plaintext copy behind. Resolves 'printed' only when the
   * print job was accepted by the system, 'cancelled' when the user cancelled or it failed.
   */
  printPdf(bytes: Uint8Array, title: string): Promise<PrintOutcome>;
  /**
   * Ask the user to confirm an irreversible decision in a native dialog shown by the main
   * process (not by the page, so a compromised renderer cannot answer it). True only when the
   * user chose `confirmLabel`.
   */
  confirm(opts: ConfirmRequest): Promise<boolean>;
  /** Put text on the system clipboard (what the user asked Vangnet to copy). */
  writeClipboard(text: string): Promise<void>;
  /** The clipboard's text now: to clear it on lock only if it still holds what Vangnet put there. */
  readClipboard(): Promise<string>;
}

export type PrintOutcome = 'printed' | 'cancelled';

export interface ConfirmRequest {
  title: string;
  /** One sentence: what will happen. Names the dossier number or backup date. */
  message: string;
  /** What cannot be undone, what is kept. */
  detail: string;
  /** The button that confirms (Dutch verb: "Vernietigen", "Vervang deze kluis"). */
  confirmLabel: string;
}

/** A platform that refuses every dialog: the safe default for headless use. */
export const headlessPlatform: Platform = {
  chooseSaveFile: async () => null,
  chooseOpenFile: async () => null,
  chooseFolder: async () => null,
  openPath: async () => undefined,
  showInFolder: async () => undefined,
  printPdf: async () => 'cancelled',
  confirm: async () => false,
  writeClipboard: async () => undefined,
  readClipboard: async () => '',
};
