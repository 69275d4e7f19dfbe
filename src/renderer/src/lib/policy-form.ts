/** The policy admin form's state and its conversion to and from the policy JSON. */
export const MATCH_FIELDS = [
  'organizationId',
  'contractId',
  'ticketType',
  'priority',
  'areaId',
  'categoryId',
] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export interface PolicyFormState {
  id: string;
  name: string;
  match: Record<MatchField, string>;
  firstResponse: string;
  nextUpdate: string;
  resolution: string;
  /** Percent; both empty = the workstation's default thresholds. */
  warning: string;
  critical: string;
  calendarId: string;
}

const emptyMatch = (): Record<MatchField, string> =>
  Object.fromEntries(MATCH_FIELDS.map((f) => [f, ''])) as Record<MatchField, string>;

export function emptyPolicyForm(calendarId = ''): PolicyFormState {
  return {
    id: '',
    name: '',
    match: emptyMatch(),
    firstResponse: '',
    nextUpdate: '',
    resolution: '',
    warning: '',
    critical: '',
    calendarId,
  };
}

type PolicyJson = {
  id?: string;
  name?: string;
  match?: Partial<Record<MatchField, string>>;
  targets?: { firstResponseMinutes?: number; nextUpdateMinutes?: number; resolutionMinutes?: number };
  thresholds?: { warning: number; critical: number };
  calendarId?: string;
};

const str = (n: number | undefined): string => (n === undefined ? '' : String(n));

export function policyToForm(json: unknown): PolicyFormState {
  const p = (json ?? {}) as PolicyJson;
  const match = emptyMatch();
  for (const field of MATCH_FIELDS) match[field] = p.match?.[field] ?? '';
  return {
    id: p.id ?? '',
    name: p.name ?? '',
    match,
    firstResponse: str(p.targets?.firstResponseMinutes),
    nextUpdate: str(p.targets?.nextUpdateMinutes),
    resolution: str(p.targets?.resolutionMinutes),
    warning: p.thresholds ? String(Math.round(p.thresholds.warning * 100)) : '',
    critical: p.thresholds ? String(Math.round(p.thresholds.critical * 100)) : '',
    calendarId: p.calendarId ?? '',
  };
}

/** Text that is not a number goes as null, so the server names the field (target_invalid). */
const num = (text: string): number | null =>
  text.trim() === '' || !Number.isFinite(Number(text)) ? null : Number(text);

export function formToPolicy(form: PolicyFormState): Record<string, unknown> {
  const match: Partial<Record<MatchField, string>> = {};
  for (const field of MATCH_FIELDS) if (form.match[field].trim()) match[field] = form.match[field].trim();
  const targets: Record<string, number | null> = {
    firstResponseMinutes: num(form.firstResponse),
    resolutionMinutes: num(form.resolution),
  };
  if (form.nextUpdate.trim()) targets.nextUpdateMinutes = num(form.nextUpdate);
  const policy: Record<string, unknown> = {
    id: form.id.trim(),
    name: form.name,
    match,
    targets,
    calendarId: form.calendarId,
  };
  if (form.warning.trim() || form.critical.trim()) {
    const fraction = (text: string): number | null => {
      const n = num(text);
      return n === null ? null : n / 100;
    };
    policy.thresholds = { warning: fraction(form.warning), critical: fraction(form.critical) };
  }
  return policy;
}
