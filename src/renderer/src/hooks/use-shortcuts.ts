import { useEffect } from 'react';
import { shortcutFor } from '../lib/shortcuts';
import type { AppStore } from '../store/create-app-store';

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Global keyboard shortcuts (see lib/shortcuts.ts), acting on the store. */
export function useShortcuts(store: AppStore): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent): void => {
      if (e.defaultPrevented || e.isComposing) return;
      const state = store.getState();
      const action = shortcutFor(e, {
        typing: isTypingTarget(e.target),
        dialogOpen: state.ui.dialog !== null,
      });
      if (!action) return;
      switch (action) {
        case 'escape':
          if (state.ui.dialog) {
            e.preventDefault();
            state.closeDialog();
          }
          return;
        case 'newTicket':
          state.openDialog('newTicket');
          break;
        case 'focusSearch':
          state.requestFocusSearch();
          break;
        case 'next':
          void state.moveSelection(1);
          break;
        case 'previous':
          void state.moveSelection(-1);
          break;
        case 'statusMenu':
          if (!state.ticket.detail) return;
          state.requestStatusMenu();
          break;
        case 'help':
          state.openDialog('shortcuts');
          break;
      }
      e.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
