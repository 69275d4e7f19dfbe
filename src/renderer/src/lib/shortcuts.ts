export type ShortcutAction =
  'newTicket' | 'focusSearch' | 'next' | 'previous' | 'statusMenu' | 'help' | 'escape';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface ShortcutContext {
  /** Focus is in a text field, select or editable element. */
  typing: boolean;
  dialogOpen: boolean;
}

/**
 * Key → action. Plain keys are ignored while typing or with a dialog open; Escape always acts;
 * Ctrl/⌘+N and Ctrl/⌘+K work anywhere outside dialogs.
 */
export function shortcutFor(e: KeyLike, ctx: ShortcutContext): ShortcutAction | null {
  if (e.key === 'Escape') return 'escape';
  if (ctx.dialogOpen || e.altKey) return null;
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (mod) {
    if (key === 'n') return 'newTicket';
    if (key === 'k') return 'focusSearch';
    return null;
  }
  if (ctx.typing) return null;
  switch (e.key) {
    case 'n':
      return 'newTicket';
    case '/':
      return 'focusSearch';
    case 'j':
    case 'ArrowDown':
      return 'next';
    case 'k':
    case 'ArrowUp':
      return 'previous';
    case 's':
      return 'statusMenu';
    case '?':
      return 'help';
    default:
      return null;
  }
}

/** The list the `?` overlay shows: keys, and the catalog key of what they do. */
export const SHORTCUT_HELP = [
  { keys: ['n', 'Ctrl+N'], label: 'shortcuts.newTicket' },
  { keys: ['/', 'Ctrl+K'], label: 'shortcuts.search' },
  { keys: ['j', '↓'], label: 'shortcuts.next' },
  { keys: ['k', '↑'], label: 'shortcuts.previous' },
  { keys: ['s'], label: 'shortcuts.status' },
  { keys: ['Esc'], label: 'shortcuts.escape' },
  { keys: ['?'], label: 'shortcuts.help' },
] as const;
