import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import { dialogText, type DialogKey, type DialogLanguage } from '../src/shared/i18n/dialogs';
import type { MenuAction } from './events';

export interface MenuHandlers {
  action(action: MenuAction): void;
  lockNow(): void;
  /** Backup runs in main (save dialog + encrypted copy); it needs nothing from the page. */
  backup(): void;
  about(): void;
}

/**
 * The application menu in the UI language (Dutch unless set to English), with the usual
 * shortcuts; main builds it again when the language setting changes.
 */
export function buildMenu(handlers: MenuHandlers, opts: { devTools: boolean; language: DialogLanguage }): Menu {
  const t = (key: DialogKey): string => dialogText(opts.language, key);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: 'Vangnet',
      submenu: [
        { label: t('MENU_ABOUT'), click: () => handlers.about() },
        { type: 'separator' },
        { label: t('MENU_SETTINGS'), accelerator: 'Cmd+,', click: () => handlers.action('settings') },
        { type: 'separator' },
        { role: 'hide', label: t('MENU_HIDE') },
        { role: 'hideOthers', label: t('MENU_HIDE_OTHERS') },
        { role: 'unhide', label: t('MENU_SHOW_ALL') },
        { type: 'separator' },
        { role: 'quit', label: t('MENU_QUIT_APP') },
      ],
    });
  }

  template.push({
    label: t('MENU_FILE'),
    submenu: [
      { label: t('MENU_NEW_DOSSIER'), accelerator: 'CmdOrCtrl+N', click: () => handlers.action('new-dossier') },
      { type: 'separator' },
      { label: t('MENU_BACKUP'), click: () => handlers.backup() },
      { label: t('MENU_RESTORE'), click: () => handlers.action('restore-backup') },
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            { label: t('MENU_SETTINGS'), accelerator: 'Ctrl+,', click: () => handlers.action('settings') },
          ] as MenuItemConstructorOptions[])),
      { type: 'separator' },
      { label: t('MENU_LOCK'), accelerator: 'CmdOrCtrl+L', click: () => handlers.lockNow() },
      { type: 'separator' },
      isMac
        ? { role: 'close', label: t('MENU_CLOSE_WINDOW') }
        : { role: 'quit', label: t('MENU_QUIT'), accelerator: 'Ctrl+Q' },
    ],
  });

  template.push({
    label: t('MENU_EDIT'),
    submenu: [
      { role: 'undo', label: t('MENU_UNDO') },
      { role: 'redo', label: t('MENU_REDO') },
      { type: 'separator' },
      { role: 'cut', label: t('MENU_CUT') },
      { role: 'copy', label: t('MENU_COPY') },
      { role: 'paste', label: t('MENU_PASTE') },
      { role: 'pasteAndMatchStyle', label: t('MENU_PASTE_PLAIN') },
      { role: 'delete', label: t('MENU_DELETE') },
      { type: 'separator' },
      { role: 'selectAll', label: t('MENU_SELECT_ALL') },
    ],
  });

  template.push({
    label: t('MENU_VIEW'),
    submenu: [
      { role: 'resetZoom', label: t('MENU_ACTUAL_SIZE') },
      { role: 'zoomIn', label: t('MENU_ZOOM_IN') },
      { role: 'zoomOut', label: t('MENU_ZOOM_OUT') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('MENU_FULL_SCREEN') },
      ...(opts.devTools
        ? ([
            { type: 'separator' },
            { role: 'reload', label: t('MENU_RELOAD') },
            { role: 'toggleDevTools', label: t('MENU_DEVTOOLS') },
          ] as MenuItemConstructorOptions[])
        : []),
    ],
  });

  template.push({
    label: t('MENU_WINDOW'),
    submenu: isMac
      ? [
          { role: 'minimize', label: t('MENU_MINIMIZE') },
          { role: 'zoom', label: t('MENU_ZOOM') },
          { type: 'separator' },
          { role: 'front', label: t('MENU_FRONT') },
        ]
      : [
          { role: 'minimize', label: t('MENU_MINIMIZE') },
          { role: 'close', label: t('MENU_CLOSE') },
        ],
  });

  template.push({
    role: 'help',
    label: t('MENU_HELP'),
    submenu: [
      { label: t('MENU_GUIDE'), accelerator: 'F1', click: () => handlers.action('guide') },
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            { label: t('MENU_ABOUT'), click: () => handlers.about() },
          ] as MenuItemConstructorOptions[])),
    ],
  });

  return Menu.buildFromTemplate(template);
}

export function aboutText(language: DialogLanguage): { title: string; message: string; detail: string } {
  return {
    title: dialogText(language, 'MENU_ABOUT'),
    message: `Vangnet ${app.getVersion()}`,
    detail: dialogText(language, 'ABOUT_DETAIL'),
  };
}
