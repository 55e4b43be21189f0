import path from 'node:path';
import { app, BrowserWindow, dialog, Menu, session } from 'electron';
import { createVangnetService, type VangnetService } from '../src/core/service';
import { SettingsStore } from '../src/core/settings';
import type { LockReason } from '../src/shared/api';
import { debugSwitchesIn } from './debug-switches';
import { sendEvent, type MenuAction } from './events';
import { hardenAllWebContents, hardenSession } from './hardening';
import { registerIpc } from './ipc';
import { installAutoLock } from './locking';
import { createFileLog, describeError } from './log';
import { aboutText, buildMenu, type MenuHandlers } from './menu';
import { appPaths, backupFileFromArgv, userDataOverride } from './paths';
import { createElectronPlatform } from './platform';
import { registerAppScheme, serveRenderer } from './protocol';
import { APP_ENTRY_URL, mainWindowOptions } from './window-options';
import { dialogText, type DialogKey, type DialogLanguage, type DialogParams } from '../src/shared/i18n/dialogs';

// A packaged Vangnet refuses to run with a debugging switch: it would let another process read
// an unlocked dossier from the window or evaluate code in main (main/debug-switches.ts).
if (app.isPackaged && debugSwitchesIn(process.argv).length > 0) {
  // Before the settings are read: the app's first language.
  dialog.showErrorBox(dialogText('nl', 'DEBUG_REFUSED_TITLE'), dialogText('nl', 'DEBUG_REFUSED'));
  app.exit(1);
}

// Everything below runs before 'ready' unless inside whenReady: the userData override,
// the privileged scheme and the sandbox switch must all be in place first.
const overrideDir = userDataOverride(process.env);
if (overrideDir) app.setPath('userData', overrideDir);
const userData = app.getPath('userData');
app.setAppLogsPath(path.join(userData, 'logs'));
const log = createFileLog(path.join(userData, 'logs'));

registerAppScheme();
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let service: VangnetService | null = null;
/** Stops the auto-lock watchers (timer, powerMonitor, the D-Bus monitor processes on Linux). */
let stopAutoLock: (() => void) | null = null;
let pendingBackupFile: string | null = backupFileFromArgv(process.argv);

/** Main's own dialogs speak the UI language setting (Dutch until the settings are read). */
const uiLanguage = (): DialogLanguage => service?.ctx.settings.read().language ?? 'nl';
const t = (key: DialogKey, params?: DialogParams): string => dialogText(uiLanguage(), key, params);

function showFatal(err: unknown): void {
  log(`main: uncaught ${describeError(err)}`);
  const title = t('UNEXPECTED_ERROR_TITLE');
  const message = t('UNEXPECTED_ERROR');
  if (app.isReady()) {
    const w = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
    const options = { type: 'error' as const, title, message, buttons: ['OK'] };
    void (w ? dialog.showMessageBox(w, options) : dialog.showMessageBox(options)).catch(() => undefined);
  } else {
    dialog.showErrorBox(title, message);
  }
}
process.on('uncaughtException', showFatal);
process.on('unhandledRejection', showFatal);

function notifyLocked(reason: LockReason): void {
  sendEvent(mainWindow, 'locked', { reason });
}

function menuAction(action: MenuAction): void {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  }
  sendEvent(mainWindow, 'menu', { action });
}

function openBackupFile(file: string): void {
  // The file becomes the default of the restore dialog; the renderer opens its restore
  // screen, so the user still confirms what is replaced and enters the passphrase.
  pendingBackupFile = file;
  menuAction('restore-backup');
}

const recentCrashes: number[] = [];

function createMainWindow(preload: string): BrowserWindow {
  // electronegativity-ignore: CONTEXT_ISOLATION_JS_CHECK, SANDBOX_JS_CHECK — the tool cannot follow the call; mainWindowOptions() sets contextIsolation and sandbox true (tests/unit/main/window-options.test.ts)
  const win = new BrowserWindow(mainWindowOptions(preload, { devTools: !app.isPackaged }));
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  win.webContents.on('render-process-gone', (_event, details) => {
    if (details.reason === 'clean-exit') return;
    log(`renderer: gone (${details.reason}, exit code ${details.exitCode})`);
    const now = Date.now();
    recentCrashes.push(now);
    while (recentCrashes.length > 0 && now - (recentCrashes[0] ?? now) > 60_000) recentCrashes.shift();
    const looping = recentCrashes.length >= 3;
    void dialog
      .showMessageBox(win, {
        type: 'warning',
        title: t('WINDOW_GONE_TITLE'),
        message: t('WINDOW_GONE'),
        detail: looping ? t('WINDOW_GONE_LOOPING') : t('WINDOW_GONE_RELOADING'),
        buttons: looping ? [t('WINDOW_GONE_QUIT'), t('WINDOW_GONE_RELOAD_ANYWAY')] : [t('WINDOW_GONE_RELOAD')],
        defaultId: 0,
        noLink: true,
      })
      .then(({ response }) => {
        if (win.isDestroyed()) return;
        if (looping && response === 0) app.quit();
        else win.webContents.reload();
      });
  });

  win.webContents.on('unresponsive', () => log('renderer: unresponsive'));
  win.webContents.on('preload-error', (_event, _preloadPath, error) =>
    log(`preload: ${describeError(error)}`),
  );

  win.loadURL(APP_ENTRY_URL).catch((err: unknown) => log(`window: load failed ${describeError(err)}`));
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  if (process.platform === 'win32') app.setAppUserModelId('nl.vangnet.app');

  const paths = appPaths(__dirname, app.isPackaged);
  const ses = session.defaultSession;
  hardenSession(ses, log);
  serveRenderer(ses, paths.rendererRoot);
  hardenAllWebContents(() => mainWindow, log, uiLanguage);

  const settings = new SettingsStore(userData, path.join(userData, 'vault'));
  const platform = createElectronPlatform(
    () => mainWindow,
    () => {
      const file = pendingBackupFile;
      pendingBackupFile = null;
      return file;
    },
  );
  const svc = createVangnetService({ platform, settings, nativeBinding: paths.nativeBinding }, log);
  service = svc;
  // The menu speaks the UI language: built again when the language setting changes.
  let menuLanguage: DialogLanguage | null = null;
  const setMenu = (): void => {
    const language = uiLanguage();
    if (language === menuLanguage) return;
    menuLanguage = language;
    Menu.setApplicationMenu(buildMenu(menuHandlers, { devTools: !app.isPackaged, language }));
  };
  registerIpc(svc, log, (op) => {
    if (op === 'settings.update') setMenu();
  });
  stopAutoLock = installAutoLock(svc, notifyLocked, log);

  const backup = async (): Promise<void> => {
    const result = await svc.dispatch('vault.backup', {});
    const parent = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
    const tell = (options: Electron.MessageBoxOptions) =>
      parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
    if (result.ok) {
      const value = result.value as { file: string } | { cancelled: true };
      if ('file' in value) {
        await tell({
          type: 'info',
          title: t('BACKUP_DONE_TITLE'),
          message: t('BACKUP_DONE'),
          detail: t('BACKUP_DONE_DETAIL', { file: value.file }),
          buttons: ['OK'],
        });
      }
      return;
    }
    await tell({
      type: 'warning',
      title: t('BACKUP_FAILED_TITLE'),
      message: result.error.message,
      buttons: ['OK'],
    });
  };

  const about = (): void => {
    const options = { type: 'info' as const, buttons: ['OK'], ...aboutText(uiLanguage()) };
    void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options));
  };
  const menuHandlers: MenuHandlers = {
    action: menuAction,
    lockNow: () => {
      svc.lock();
      notifyLocked('shortcut');
    },
    backup: () => {
      backup().catch(showFatal);
    },
    about,
  };
  setMenu();

  mainWindow = createMainWindow(paths.preload);
  if (pendingBackupFile) {
    mainWindow.webContents.once('did-finish-load', () => menuAction('restore-backup'));
  }

  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow(paths.preload);
  });
}

if (!app.requestSingleInstanceLock()) {
  // Two instances on one vault would fight over the database: hand over and leave.
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    const file = backupFileFromArgv(argv);
    if (file) openBackupFile(file);
    else if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
    }
  });
  // macOS delivers file-association opens as an event, possibly before 'ready'.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    if (path.extname(file).toLowerCase() === '.vangnetbackup') {
      if (mainWindow) openBackupFile(file);
      else pendingBackupFile = file;
    }
  });
  // A confidential app does not linger in the dock with an open vault: quit with the
  // last window on every platform, and close the database first.
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => {
    service?.lock();
    stopAutoLock?.();
  });
  start().catch(showFatal);
}
