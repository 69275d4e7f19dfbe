import { Notification } from 'electron';
import type { DesktopNotification, Notifier } from '../services/notifier';

/** Native notifications kept alive until clicked/closed (Electron drops click handlers of GC'd ones). */
const MAX_LIVE = 100;

export interface ElectronNotifierOptions {
  /** The user clicked the notification: focus the agent window and open `notification.ticketId`. */
  onOpen(notification: DesktopNotification): void;
}

/** The `Notifier` port on Electron's `Notification` (OS notification centre). */
export function createElectronNotifier({ onOpen }: ElectronNotifierOptions): Notifier {
  const live = new Set<Notification>();
  let warned = false;

  return {
    notify(notification) {
      if (!Notification.isSupported()) {
        if (!warned) console.warn('[notifier] desktop notifications are not supported on this system');
        warned = true;
        return;
      }
      const critical = notification.urgency === 'critical';
      const native = new Notification({
        title: notification.title,
        body: notification.body,
        urgency: critical ? 'critical' : 'normal',
        timeoutType: critical ? 'never' : 'default',
      });
      const release = (): void => {
        live.delete(native);
      };
      native.on('click', () => {
        release();
        onOpen(notification);
      });
      native.on('close', release);
      native.on('failed', (_event, error) => {
        release();
        console.warn('[notifier] notification failed', error);
      });
      live.add(native);
      if (live.size > MAX_LIVE) {
        const oldest = live.values().next().value;
        if (oldest) live.delete(oldest);
      }
      native.show();
    },
  };
}
