import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});
const idle = { typing: false, dialogOpen: false };

describe('shortcutFor', () => {
  it('maps the documented keys', () => {
    expect(shortcutFor(key('n'), idle)).toBe('newTicket');
    expect(shortcutFor(key('n', { ctrlKey: true }), idle)).toBe('newTicket');
    expect(shortcutFor(key('/'), idle)).toBe('focusSearch');
    expect(shortcutFor(key('K', { ctrlKey: true }), idle)).toBe('focusSearch');
    expect(shortcutFor(key('j'), idle)).toBe('next');
    expect(shortcutFor(key('ArrowUp'), idle)).toBe('previous');
    expect(shortcutFor(key('s'), idle)).toBe('statusMenu');
    expect(shortcutFor(key('?'), idle)).toBe('help');
  });

  it('ignores plain keys while typing or in a dialog, but Escape always acts', () => {
    expect(shortcutFor(key('j'), { typing: true, dialogOpen: false })).toBeNull();
    expect(shortcutFor(key('n'), { typing: false, dialogOpen: true })).toBeNull();
    expect(shortcutFor(key('k', { ctrlKey: true }), { typing: true, dialogOpen: false })).toBe('focusSearch');
    expect(shortcutFor(key('Escape'), { typing: true, dialogOpen: true })).toBe('escape');
    expect(shortcutFor(key('s', { altKey: true }), idle)).toBeNull();
  });
});
