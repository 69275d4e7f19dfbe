import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../store/use-app-store';
import { EscalationCard } from './EscalationCard';

/** Non-modal stack of SLA prompts in a corner: the agent keeps working while they wait. */
export function EscalationPrompts() {
  const { t } = useTranslation();
  const prompts = useAppStore((s) => s.sla.prompts);
  if (prompts.length === 0) return null;
  return (
    <aside className="escalations" aria-label={t('slaUi.prompt.region')} aria-live="polite">
      {prompts.map((alert) => (
        <EscalationCard key={alert.alertId} alert={alert} />
      ))}
    </aside>
  );
}
