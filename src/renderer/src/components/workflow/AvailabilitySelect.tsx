import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { AGENT_AVAILABILITIES, type AgentAvailability } from '../../../../shared/workflow/assignment/assignment-types';
import { useAppStore, useAppStoreApi } from '../../store/use-app-store';

/** No keyboard or mouse for this long sets an available agent to away; activity brings them back. */
export const IDLE_AWAY_MS = 5 * 60_000;

function useIdleDetection(): void {
  const store = useAppStoreApi();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { workflow, setAvailability } = store.getState();
        if (workflow.availability === 'available') void setAvailability('away', true).catch(() => undefined);
      }, IDLE_AWAY_MS);
    };
    const onActivity = (): void => {
      const { workflow, setAvailability } = store.getState();
      if (workflow.autoAway) void setAvailability('available').catch(() => undefined);
      arm();
    };
    arm();
    window.addEventListener('keydown', onActivity, { passive: true });
    window.addEventListener('pointerdown', onActivity, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', onActivity);
      window.removeEventListener('pointerdown', onActivity);
    };
  }, [store]);
}

/** The agent's availability for automatic assignment, in the header; idle detection sets "away". */
export function AvailabilitySelect() {
  const { t } = useTranslation();
  const availability = useAppStore((s) => s.workflow.availability);
  const autoAway = useAppStore((s) => s.workflow.autoAway);
  const set = useAppStore((s) => s.setAvailability);
  useIdleDetection();
  return (
    <select
      className={`select select--small availability availability--${availability}`}
      data-testid="availability-select"
      aria-label={t('wf.availability.label')}
      title={autoAway ? t('wf.availability.autoAway') : t('wf.availability.label')}
      value={availability}
      onChange={(e) => void set(e.target.value as AgentAvailability).catch(() => undefined)}
    >
      {AGENT_AVAILABILITIES.map((a) => (
        <option key={a} value={a}>
          {t(`workflow.availability.${a}`)}
        </option>
      ))}
    </select>
  );
}
