import type { z } from 'zod';
import type { FieldError } from './errors';

/**
 * Turns zod issues into translatable field errors. The code is zod's own issue code
 * (too_small, invalid_type…) so catalogs need one message per kind of mistake, not per field.
 */
export function toFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const params: FieldError['params'] = {};
    if ('minimum' in issue && issue.minimum !== undefined) params.minimum = Number(issue.minimum);
    if ('maximum' in issue && issue.maximum !== undefined) params.maximum = Number(issue.maximum);
    if ('expected' in issue && typeof issue.expected === 'string') params.expected = issue.expected;
    if (issue.code === 'invalid_value' && 'values' in issue) params.values = issue.values.join(', ');
    if (issue.code === 'unrecognized_keys') params.keys = issue.keys.join(', ');
    const code = issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1 ? 'required' : issue.code;
    return { path: issue.path.map(String).join('.'), code, params };
  });
}
