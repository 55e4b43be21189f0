import crypto from 'node:crypto';
import { BrowserWindow, session, type Session } from 'electron';
import type { PrintOutcome } from '../src/core/platform';
import { printWindowOptions } from './window-options';

/** Scheme that serves a document to be printed from memory (registered privileged in protocol.ts). */
export const PRINT_SCHEME = 'vangnet-print';
/** No "persist:" prefix: this session lives in memory only (no cache, no storage on disk). */
const PRINT_PARTITION = 'vangnet-print';

/**
 * Prints a PDF without writing it anywhere: the bytes are served from memory through a custom
 * scheme in a private in-memory session to a hidden, sandboxed window without JavaScript of
 * ours or a preload; Chromium's PDF viewer renders them and webContents.print shows the
 * system print dialog. The result is 'printed' only when the system accepted the job; a
 * cancelled dialog or a failed job answers 'cancelled'. Nothing outlives the job except what
 * the operating system's print spooler keeps (see docs/security.md).
 */
export function createPdfPrinter(parent: () => BrowserWindow | undefined): (
  bytes: Uint8Array,
  title: string,
) => Promise<PrintOutcome> {
  const pending = new Map<string, Uint8Array>();
  let printSession: Session | null = null;

  const getSession = (): Session => {
    if (printSession) return printSession;
    const s = session.fromPartition(PRINT_PARTITION, { cache: false });
    s.protocol.handle(PRINT_SCHEME, (request) => {
      const id = new URL(request.url).hostname;
      const bytes = pending.get(id);
      if (!bytes) return new Response('', { status: 404 });
      return new Response(Buffer.from(bytes), {
        headers: { 'Content-Type': 'application/pdf', 'Cache-Control': 'no-store' },
      });
    });
    // The viewer needs nothing from the network and no permission of any kind.
    s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    s.setPermissionCheckHandler(() => false);
    s.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: /^(https?|wss?|ftp|file):/i.test(details.url) });
    });
    printSession = s;
    return s;
  };

  return async (bytes, title) => {
    const id = crypto.randomBytes(16).toString('hex');
    pending.set(id, bytes);
    const p = parent();
    // electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK — the tool cannot follow the call; printWindowOptions() sets contextIsolation and sandbox true (tests/unit/main/window-options.test.ts)
    const win = new BrowserWindow(printWindowOptions({ title, session: getSession(), parent: p }));
    try {
      await win.loadURL(`${PRINT_SCHEME}://${id}/document.pdf`);
      // The bytes are no longer needed once the viewer has them.
      pending.delete(id);
      return await new Promise<PrintOutcome>((resolve) => {
        win.webContents.print({ silent: false, printBackground: true }, (success) =>
          resolve(success ? 'printed' : 'cancelled'),
        );
      });
    } catch {
      return 'cancelled';
    } finally {
      pending.delete(id);
      if (!win.isDestroyed()) win.destroy();
    }
  };
}
