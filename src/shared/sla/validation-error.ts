/**
 * Validation results for admin-written configuration (calendars, policies). Each error names the field
 * (`hours.mon[1]`, `exceptions.2026-12-24[0]`, `targets.resolutionMinutes`) and carries a stable code plus
 * interpolation params; the UI turns them into text with messages.ts.
 */
import type { z } from 'zod';

export type ValidationParams = Record<string, string | number>;

export interface ValidationError {
  path: string;
  code: string;
  params: ValidationParams;
}

export type ValidationResult<K extends string, T> =
  ({ ok: true } & Record<K, T>) | { ok: false; errors: ValidationError[] };

/** ["hours", "mon", 1] → "hours.mon[1]"; the root is "". */
export function formatPath(segments: readonly PropertyKey[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else path += path === '' ? String(segment) : `.${String(segment)}`;
  }
  return path;
}

/** Payload our refinements attach to zod custom issues so the code survives zod's error plumbing. */
export interface CodedIssueParams {
  code: string;
  params?: ValidationParams;
}

export function codedIssue(code: string, params: ValidationParams = {}, path: PropertyKey[] = []) {
  return {
    code: 'custom' as const,
    message: code,
    path,
    params: { code, params } satisfies CodedIssueParams,
  };
}

/**
 * Turns zod issues into coded errors. Our own refinements already carry a code; structural issues get
 * generic codes under `prefix` (e.g. `calendar.required`, `policy.invalid_type`).
 */
export function toValidationErrors(issues: readonly z.core.$ZodIssue[], prefix: string): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const issue of issues) {
    const path = formatPath(issue.path);
    if (issue.code === 'custom' && isCodedParams(issue.params)) {
      errors.push({ path, code: issue.params.code, params: issue.params.params ?? {} });
    } else if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        errors.push({
          path: formatPath([...issue.path, key]),
          code: `${prefix}.unknown_field`,
          params: { field: key },
        });
      }
    } else if (issue.code === 'invalid_type' && issue.input === undefined) {
      errors.push({ path, code: `${prefix}.required`, params: {} });
    } else if (issue.code === 'invalid_type') {
      errors.push({ path, code: `${prefix}.invalid_type`, params: { expected: String(issue.expected) } });
    } else {
      errors.push({ path, code: `${prefix}.invalid_value`, params: {} });
    }
  }
  return errors;
}

function isCodedParams(value: unknown): value is CodedIssueParams {
  return (
    typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string'
  );
}
