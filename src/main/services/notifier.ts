/** A desktop notification, independent of Electron so main-process services stay testable. */
export interface DesktopNotification {
  title: string;
  body: string;
  /** Opening the notification opens this ticket. */
  ticketId?: string;
  /** Critical ones (SLA breaches) ignore do-not-disturb. */
  urgency: 'normal' | 'critical';
}

export interface Notifier {
  notify(notification: DesktopNotification): void;
}

/** Keeps what was shown: the browser host and the tests read it back. */
export function createRecordingNotifier(): Notifier & { readonly shown: DesktopNotification[] } {
  const shown: DesktopNotification[] = [];
  return {
    shown,
    notify(notification) {
      shown.push(notification);
    },
  };
}
