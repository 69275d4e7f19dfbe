import { useTranslation } from 'react-i18next';
import { fill, useTexts } from './use-texts';
import { kpiDefinitionOf, kpiLabel, type KpiId } from '../../../shared/kpi/index';
import type { Language } from '../../../shared/domain/localized-text';

/** The "i" next to a figure: the KPI's written definition in the current language (hover / focus). */
export function KpiInfo({ id }: { id: KpiId }) {
  const { i18n } = useTranslation();
  const x = useTexts();
  const language = (i18n.language === 'en' ? 'en' : 'es') as Language;
  const def = kpiDefinitionOf(id, language);
  const text = `${def.name}: ${def.definition} (${def.formula})`;
  return (
    <span className="dash-info" tabIndex={0} title={text} aria-label={fill(x.supervisor.info, { name: kpiLabel(id, language) })} data-testid={`kpi-info-${id}`}>
      i
    </span>
  );
}
