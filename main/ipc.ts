import { ipcMain } from 'electron';
import type { VangnetService } from '../src/core/service';
import { AppError, type Result } from '../src/shared/errors';
import { isTrustedSender } from './ipc-guard';
import { INVOKE_CHANNEL } from './window-options';

const FORBIDDEN: Result<never> = { ok: false, error: new AppError('FORBIDDEN').toPayload() };

/**
 * The single IPC entry point for the whole API contract. The sender must be the main
 * frame of our own app:// page; the service validates the operation name and input
 * (zod) and always answers with a result envelope, so nothing throws across IPC.
 * `afterCall` runs after each trusted call (main rebuilds its menu when the language changes).
 */
export function registerIpc(
  service: VangnetService,
  log: (message: string) => void,
  afterCall: (op: unknown) => void = () => undefined,
): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, op: unknown, input: unknown) => {
    const frame = event.senderFrame;
    // A frame without a parent is the top-level document of its web contents.
    const isMainFrame = frame !== null && frame.parent === null;
    if (!isTrustedSender(frame?.url, isMainFrame)) {
      log('ipc: refused a call from an untrusted frame');
      return FORBIDDEN;
    }
    const result = await service.dispatch(op, input);
    afterCall(op);
    return result;
  });
}
