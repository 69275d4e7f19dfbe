import type { Channel } from '../../../shared/domain/ticket-enums';

/** 16px line icons; the label is always shown or given beside them, so they are decorative. */
const PATHS: Record<Channel, string> = {
  email: 'M2 4h12v8H2z M2 4l6 5 6-5',
  chat: 'M2 3h12v8H7l-3 3v-3H2z',
  phone: 'M4 2h3l1 3-2 1a8 8 0 0 0 4 4l1-2 3 1v3a1 1 0 0 1-1 1A12 12 0 0 1 3 3a1 1 0 0 1 1-1z',
  portal: 'M2 3h12v10H2z M2 6h12 M4 4.5h1',
  walk_in: 'M8 2.5a1.5 1.5 0 1 1 0 .01 M8 5v5 M5 7h6 M8 10l-2 4 M8 10l2 4',
};

export function ChannelIcon({ channel }: { channel: Channel }) {
  return (
    <svg className="icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d={PATHS[channel]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" />
    </svg>
  );
}
