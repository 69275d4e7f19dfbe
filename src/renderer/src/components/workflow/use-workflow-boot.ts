import { useEffect } from 'react';
import { useAppStore } from '../../store/use-app-store';

/** Loads the workflow reference data (codes, macros, availability) once the session is ready. */
export function useWorkflowBoot(ready: boolean): void {
  const load = useAppStore((s) => s.loadWorkflowReference);
  const language = useAppStore((s) => s.session.language);
  useEffect(() => {
    if (ready) void load().catch(() => undefined);
  }, [ready, load, language]);
}
