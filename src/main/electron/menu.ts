import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/domain/localized-text';
import type { WindowManager } from './windows';

/**
 * The shell's few strings. TODO: move into the shared i18n catalogs (e.g. `shell.menu.*`) once that
 * file is open for the shell; kept here so the menu is bilingual today.
 */
const LABELS = {
  es: {
    file: 'Archivo',
    edit: 'Editar',
    view: 'Ver',
    window: 'Ventana',
    agent: 'Puesto de agente',
    dashboard: 'Tablero de supervisión',
    quit: 'Salir',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    agent: 'Agent workstation',
    dashboard: 'Supervisor dashboard',
    quit: 'Quit',
  },
} satisfies Record<Language, Record<string, string>>;

export function buildAppMenu(windows: WindowManager, language: Language): Menu {
  const t = LABELS[language];
  const isMac = process.platform === 'darwin';
  const dev = !app.isPackaged;
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    { label: t.file, submenu: [isMac ? { role: 'close' } : { role: 'quit', label: t.quit }] },
    { label: t.edit, role: 'editMenu' },
    {
      label: t.view,
      submenu: [
        ...(dev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as const) : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: t.window,
      submenu: [
        {
          id: 'agent',
          label: t.agent,
          accelerator: 'CommandOrControl+Shift+A',
          click: () => windows.focusAgent(),
        },
        {
          id: 'dashboard',
          label: t.dashboard,
          accelerator: 'CommandOrControl+Shift+D',
          click: () => windows.openDashboard(),
        },
        { type: 'separator' },
        { role: 'minimize' },
        ...(isMac ? ([{ role: 'front' }] as const) : ([{ role: 'close' }] as const)),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
