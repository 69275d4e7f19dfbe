import { z } from 'zod';
import { MesaError } from '../../errors';
import { foldProblemRecord } from '../../workflow/problem-record';
import { defineMutator } from './define-mutator';
import { loadProblem } from './problem-helpers';
import { assertEditable, changeTicket } from './ticket-helpers';

const RecordText = z
  .string()
  .trim()
  .max(20_000)
  .nullable()
  .transform((v) => (v === '' ? null : v));

export const ProblemUpdateArgsSchema = z
  .strictObject({
    problemId: z.string().min(1),
    /** null or "" clears the field. */
    rootCause: RecordText.optional(),
    workaround: RecordText.optional(),
    knownError: z.boolean().optional(),
  })
  .refine((a) => a.rootCause !== undefined || a.workaround !== undefined || a.knownError !== undefined, {
    message: 'nothing to update',
    path: ['rootCause'],
  });

/**
 * Records root cause, workaround and the known-error flag. Only the fields that change go into the
 * event; a known error must have a workaround (ITIL: a known error is a problem with a documented
 * root cause or workaround that agents can apply), so clearing it clears the flag's basis too.
 */
export const problemUpdate = defineMutator({
  name: 'problem.update',
  args: ProblemUpdateArgsSchema,
  async apply(tx, ctx, args) {
    const problem = await loadProblem(tx, args.problemId);
    assertEditable(problem);
    const current = foldProblemRecord(problem.id, await tx.listTicketEvents(problem.id));
    const changes: { rootCause?: string | null; workaround?: string | null; knownError?: boolean } = {};
    if (args.rootCause !== undefined && args.rootCause !== current.rootCause) changes.rootCause = args.rootCause;
    if (args.workaround !== undefined && args.workaround !== current.workaround) changes.workaround = args.workaround;
    if (args.knownError !== undefined && args.knownError !== current.knownError) changes.knownError = args.knownError;
    const knownError = changes.knownError ?? current.knownError;
    const workaround = changes.workaround !== undefined ? changes.workaround : current.workaround;
    if (knownError && workaround === null) {
      throw new MesaError('problem.known_error_needs_workaround', { problemId: problem.id });
    }
    if (Object.keys(changes).length === 0) return { ticketIds: [problem.id] };
    await changeTicket(tx, ctx, problem, {}, { kind: 'problem_updated', ...changes });
    return { ticketIds: [problem.id] };
  },
});
