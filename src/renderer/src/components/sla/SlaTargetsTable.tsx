import { useTranslation } from 'react-i18next';
import type { SlaTargetClockView } from '../../../../shared/api/sla-schemas';
import type { Language } from '../../../../shared/domain/localized-text';
import { formatSlaMessage } from '../../../../shared/sla/messages';
import { formatDateTime } from '../../lib/format';
import { formatDuration } from '../../lib/sla-format';

/** Each target: due time, elapsed and remaining business time, state. */
export function SlaTargetsTable({
  targets,
  language,
}: {
  targets: SlaTargetClockView[];
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <table className="sla-targets">
      <thead>
        <tr>
          <th scope="col">{t('slaUi.panel.target')}</th>
          <th scope="col">{t('slaUi.panel.due')}</th>
          <th scope="col">{t('slaUi.panel.elapsed')}</th>
          <th scope="col">{t('slaUi.panel.remaining')}</th>
          <th scope="col">{t('slaUi.panel.stateLabel')}</th>
        </tr>
      </thead>
      <tbody>
        {targets.map((target) => (
          <tr
            key={target.target}
            data-testid="sla-target"
            data-target={target.target}
            data-state={target.state}
          >
            <th scope="row">{formatSlaMessage(language, `clock.target_name.${target.target}`)}</th>
            <td>{formatDateTime(target.dueAt, language)}</td>
            <td>{formatDuration(t, target.elapsedSeconds * 1000)}</td>
            <td>
              {target.completedAt
                ? t('slaUi.panel.completed', { at: formatDateTime(target.completedAt, language) })
                : target.remainingSeconds < 0
                  ? t('slaUi.panel.overdueBy', { time: formatDuration(t, target.remainingSeconds * 1000) })
                  : formatDuration(t, target.remainingSeconds * 1000)}
            </td>
            <td>
              <span className={`sla-state sla-state--${target.state}`}>
                {formatSlaMessage(language, `clock.state.${target.state}`)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
