/**
 * SLA policies: which tickets they apply to (`match`), their targets in business minutes, warning
 * thresholds (fractions of the target) and the business calendar the clock runs on.
 */
import { z } from 'zod';
import type { ValidationError, ValidationResult } from './validation-error';
import { codedIssue, toValidationErrors } from './validation-error';

export const POLICY_ERROR_CODES = [
  'policy.required',
  'policy.invalid_type',
  'policy.invalid_value',
  'policy.unknown_field',
  'policy.target_invalid',
  'policy.threshold_invalid',
  'policy.duplicate_id',
  /** Checked where the calendars are known (the admin bridge), not by the schema. */
  'policy.unknown_calendar',
] as const;
export type PolicyErrorCode = (typeof POLICY_ERROR_CODES)[number];

export const DEFAULT_THRESHOLDS = { warning: 0.75, critical: 0.9 } as const;

const requiredText = z.string().superRefine((value, ctx) => {
  if (value.trim() === '') ctx.addIssue(codedIssue('policy.required'));
});

// A missing target is reported as target_invalid too: the admin UI shows the same hint either way.
const targetMinutes = z.custom<number>(
  (value) => typeof value === 'number' && Number.isInteger(value) && value > 0,
  {
    params: { code: 'policy.target_invalid' },
  },
);

const fraction = z
  .number()
  .refine((value) => value > 0 && value <= 1, { params: { code: 'policy.threshold_invalid' } });

const thresholdsSchema = z
  .strictObject({
    warning: fraction.default(DEFAULT_THRESHOLDS.warning),
    critical: fraction.default(DEFAULT_THRESHOLDS.critical),
  })
  .superRefine((thresholds, ctx) => {
    if (thresholds.warning >= thresholds.critical) {
      ctx.addIssue(
        codedIssue(
          'policy.threshold_invalid',
          { warning: thresholds.warning, critical: thresholds.critical },
          ['warning'],
        ),
      );
    }
  });

export const policyMatchSchema = z.strictObject({
  organizationId: z.string().optional(),
  contractId: z.string().optional(),
  ticketType: z.string().optional(),
  priority: z.string().optional(),
  areaId: z.string().optional(),
  categoryId: z.string().optional(),
});

export const policySchema = z.strictObject({
  id: requiredText,
  name: requiredText,
  match: policyMatchSchema,
  targets: z.strictObject({
    firstResponseMinutes: targetMinutes,
    nextUpdateMinutes: targetMinutes.optional(),
    resolutionMinutes: targetMinutes,
  }),
  thresholds: thresholdsSchema.default(DEFAULT_THRESHOLDS),
  calendarId: requiredText,
  /** When present, exactly these ticket statuses pause the clock (overrides the defaults). */
  pausingStatuses: z.array(z.string()).optional(),
});

export type PolicyMatch = z.output<typeof policyMatchSchema>;
export type PolicyMatchField = keyof PolicyMatch;
export type SlaPolicy = z.output<typeof policySchema>;
/** What an admin writes: thresholds may be omitted. */
export type SlaPolicyInput = z.input<typeof policySchema>;

export function parsePolicy(input: unknown): ValidationResult<'policy', SlaPolicy> {
  const result = policySchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, policy: result.data };
  return { ok: false, errors: toValidationErrors(result.error.issues, 'policy') };
}

/** Validates a list; error paths are prefixed with the index (`[2].targets.resolutionMinutes`). */
export function parsePolicies(input: unknown): ValidationResult<'policies', SlaPolicy[]> {
  if (!Array.isArray(input))
    return { ok: false, errors: [{ path: '', code: 'policy.invalid_type', params: { expected: 'array' } }] };
  const policies: SlaPolicy[] = [];
  const errors: ValidationError[] = [];
  const seenIds = new Map<string, number>();
  input.forEach((item: unknown, index) => {
    const parsed = parsePolicy(item);
    if (!parsed.ok) {
      for (const error of parsed.errors)
        errors.push({ ...error, path: `[${index}]${error.path ? `.${error.path}` : ''}` });
      return;
    }
    const firstIndex = seenIds.get(parsed.policy.id);
    if (firstIndex !== undefined) {
      errors.push({
        path: `[${index}].id`,
        code: 'policy.duplicate_id',
        params: { id: parsed.policy.id, otherIndex: firstIndex },
      });
    }
    seenIds.set(parsed.policy.id, firstIndex ?? index);
    policies.push(parsed.policy);
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, policies };
}
