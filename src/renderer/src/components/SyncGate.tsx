import type { ReactNode } from 'react';
import { needsSignIn } from '../store/sync-store';
import { useAppStoreApi } from '../store/use-app-store';
import { useSyncStore } from '../store/use-sync-store';
import { LoginScreen } from './LoginScreen';

/** A server-backed workstation opens on the sign-in form until the agent's own queue is here. */
export function SyncGate({ children }: { children: ReactNode }) {
  const status = useSyncStore((s) => s.status);
  const app = useAppStoreApi();
  if (needsSignIn(status)) return <LoginScreen onSignedIn={() => void app.getState().boot()} />;
  return <>{children}</>;
}
