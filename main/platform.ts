import { clipboard, dialog, shell, type BrowserWindow } from 'electron';
import type { FileFilter, Platform } from '../src/core/platform';
import { safeFileName } from './paths';
import { createPdfPrinter } from './print';

/**
 * The core's platform services, backed by native dialogs and the OS shell. `window()`
 * returns the app window so dialogs are modal to it. `takeSuggestedOpenFile()` returns
 * a backup file the OS asked us to open (file association), used as the dialog's default.
 */
export function createElectronPlatform(
  window: () => BrowserWindow | null,
  takeSuggestedOpenFile: () => string | null = () => null,
): Platform {
  const parent = (): BrowserWindow | undefined => {
    const w = window();
    return w && !w.isDestroyed() ? w : undefined;
  };

  const chooseSaveFile = async (opts: {
    title: string;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null> => {
    const options = {
      title: opts.title,
      defaultPath: safeFileName(opts.defaultName),
      filters: opts.filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
        'createDirectory' | 'showOverwriteConfirmation'
      >,
    };
    const w = parent();
    const result = w ? await dialog.showSaveDialog(w, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };

  return {
    chooseSaveFile,

    async chooseOpenFile(opts) {
      const suggested = takeSuggestedOpenFile();
      const options = {
        title: opts.title,
        filters: opts.filters,
        properties: ['openFile'] as Array<'openFile'>,
        ...(suggested ? { defaultPath: suggested } : {}),
      };
      const w = parent();
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async chooseFolder(opts) {
      const options = {
        title: opts.title,
        properties: ['openDirectory', 'createDirectory'] as Array<'openDirectory' | 'createDirectory'>,
      };
      const w = parent();
      const result = w ? await dialog.showOpenDialog(w, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },

    async openPath(file) {
      // shell.openPath resolves with an error string ('' on success) instead of throwing.
      const error = await shell.openPath(file);
      if (error) throw new Error('openPath failed');
    },

    async showInFolder(file) {
      shell.showItemInFolder(file);
    },

    /**
     * A native message box owned by the main process: the page can ask for it but cannot
     * see, script or answer it. "Annuleren" is the default and the cancel button, so Enter,
     * Escape and closing the box all answer no.
     */
    async confirm(req) {
      const options: Electron.MessageBoxOptions = {
        type: 'warning',
        title: req.title,
        message: req.message,
        detail: req.detail,
        buttons: ['Annuleren', req.confirmLabel],
        defaultId: 0,
        cancelId: 0,
        noLink: true,
      };
      const w = parent();
      const { response } = w ? await dialog.showMessageBox(w, options) : await dialog.showMessageBox(options);
      return response === 1;
    },

    /** From memory, in a hidden sandboxed window; see main/print.ts. */
    printPdf: createPdfPrinter(parent),

    async writeClipboard(text) {
      clipboard.writeText(text);
    },

    async readClipboard() {
      return clipboard.readText();
    },
  };
}
