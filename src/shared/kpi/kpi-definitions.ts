/**
 * The written definition of every KPI, in Spanish and English, shown next to each figure in the app
 * (hover/info) and printed in the reports; docs/kpis.md holds the same text. Each KPI id points at one
 * definition (`KPI_CATALOG[id].definitionId`); `kpiLabel` names the individual figure.
 */
import type { Language } from '../domain/localized-text';
import type { KpiDefinitionId, KpiId } from './kpi-ids';
import { KPI_CATALOG } from './kpi-ids';
import { KPI_DEFINITIONS_EN } from './kpi-definitions-en';
import { KPI_DEFINITIONS_ES } from './kpi-definitions-es';
import { KPI_LABELS } from './kpi-labels';

export interface KpiDefinition {
  name: string;
  definition: string;
  formula: string;
  /** How the value reads: "% of resolved tickets", "business minutes"… */
  unit: string;
}


export type { KpiDefinitionId } from './kpi-ids';
export { KPI_DEFINITION_IDS } from './kpi-ids';

export type KpiDefinitions = Readonly<Record<KpiDefinitionId, KpiDefinition>>;

export const KPI_DEFINITIONS: Readonly<Record<Language, KpiDefinitions>> = {
  es: KPI_DEFINITIONS_ES,
  en: KPI_DEFINITIONS_EN,
};

export function kpiDefinition(definitionId: string, language: Language): KpiDefinition | null {
  const definitions: Readonly<Record<string, KpiDefinition>> = KPI_DEFINITIONS[language];
  return Object.hasOwn(definitions, definitionId) ? definitions[definitionId]! : null;
}

/** The definition shown next to one KPI figure. */
export function kpiDefinitionOf(id: KpiId, language: Language): KpiDefinition {
  return KPI_DEFINITIONS[language][KPI_CATALOG[id].definitionId];
}

export function kpiLabel(id: KpiId, language: Language): string {
  return KPI_LABELS[id][language];
}
