import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from './events';

export interface MenuHandlers {
  action(action: MenuAction): void;
  lockNow(): void;
  /** Backup runs in main (save dialog + encrypted copy); it needs nothing from the page. */
  backup(): void;
  about(): void;
}

/** The application menu, in Dutch, with the usual shortcuts. */
export function buildMenu(handlers: MenuHandlers, opts: { devTools: boolean }): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];

  if (isMac) {
    template.push({
      label: 'Vangnet',
      submenu: [
        { label: 'Over Vangnet', click: () => handlers.about() },
        { type: 'separator' },
        { label: 'Instellingen…', accelerator: 'Cmd+,', click: () => handlers.action('settings') },
        { type: 'separator' },
        { role: 'hide', label: 'Vangnet verbergen' },
        { role: 'hideOthers', label: 'Andere verbergen' },
        { role: 'unhide', label: 'Alles tonen' },
        { type: 'separator' },
        { role: 'quit', label: 'Vangnet afsluiten' },
      ],
    });
  }

  template.push({
    label: 'Bestand',
    submenu: [
      { label: 'Nieuw dossier', accelerator: 'CmdOrCtrl+N', click: () => handlers.action('new-dossier') },
      { type: 'separator' },
      { label: 'Back-up maken…', click: () => handlers.backup() },
      { label: 'Back-up terugzetten…', click: () => handlers.action('restore-backup') },
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            { label: 'Instellingen…', accelerator: 'Ctrl+,', click: () => handlers.action('settings') },
          ] as MenuItemConstructorOptions[])),
      { type: 'separator' },
      { label: 'Scherm vergrendelen', accelerator: 'CmdOrCtrl+L', click: () => handlers.lockNow() },
      { type: 'separator' },
      isMac
        ? { role: 'close', label: 'Venster sluiten' }
        : { role: 'quit', label: 'Afsluiten', accelerator: 'Ctrl+Q' },
    ],
  });

  template.push({
    label: 'Bewerken',
    submenu: [
      { role: 'undo', label: 'Ongedaan maken' },
      { role: 'redo', label: 'Opnieuw' },
      { type: 'separator' },
      { role: 'cut', label: 'Knippen' },
      { role: 'copy', label: 'Kopiëren' },
      { role: 'paste', label: 'Plakken' },
      { role: 'pasteAndMatchStyle', label: 'Plakken zonder opmaak' },
      { role: 'delete', label: 'Verwijderen' },
      { type: 'separator' },
      { role: 'selectAll', label: 'Alles selecteren' },
    ],
  });

  template.push({
    label: 'Beeld',
    submenu: [
      { role: 'resetZoom', label: 'Werkelijke grootte' },
      { role: 'zoomIn', label: 'Inzoomen' },
      { role: 'zoomOut', label: 'Uitzoomen' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: 'Volledig scherm' },
      ...(opts.devTools
        ? ([
            { type: 'separator' },
            { role: 'reload', label: 'Opnieuw laden' },
            { role: 'toggleDevTools', label: 'Ontwikkelhulpmiddelen' },
          ] as MenuItemConstructorOptions[])
        : []),
    ],
  });

  template.push({
    label: 'Venster',
    submenu: isMac
      ? [
          { role: 'minimize', label: 'Minimaliseren' },
          { role: 'zoom', label: 'Zoomen' },
          { type: 'separator' },
          { role: 'front', label: 'Alles naar voren' },
        ]
      : [
          { role: 'minimize', label: 'Minimaliseren' },
          { role: 'close', label: 'Sluiten' },
        ],
  });

  template.push({
    role: 'help',
    label: 'Help',
    submenu: [
      { label: 'Handleiding', accelerator: 'F1', click: () => handlers.action('guide') },
      ...(isMac
        ? []
        : ([
            { type: 'separator' },
            { label: 'Over Vangnet', click: () => handlers.about() },
          ] as MenuItemConstructorOptions[])),
    ],
  });

  return Menu.buildFromTemplate(template);
}

export function aboutText(): { message: string; detail: string } {
  return {
    message: `Vangnet ${app.getVersion()}`,
    detail:
      'Vertrouwelijk dossier en stappenplan voor zorgteams bij een rondgaande naaktfoto of seksfilmpje.\n\n' +
      'Alle gegevens blijven versleuteld op deze computer. Vangnet maakt geen verbinding met internet.',
  };
}
