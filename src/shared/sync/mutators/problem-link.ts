import { z } from 'zod';
import { defineMutator } from './define-mutator';
import { linkIncident, loadLinkableIncident, loadProblem } from './problem-helpers';
import { assertEditable } from './ticket-helpers';

export const ProblemLinkArgsSchema = z.strictObject({
  problemId: z.string().min(1),
  incidentId: z.string().min(1),
});

/** Links an incident to an open problem. An incident linked elsewhere must be unlinked first. */
export const problemLink = defineMutator({
  name: 'problem.link',
  args: ProblemLinkArgsSchema,
  async apply(tx, ctx, args) {
    const problem = await loadProblem(tx, args.problemId);
    assertEditable(problem);
    const incident = await loadLinkableIncident(tx, args.incidentId);
    await linkIncident(tx, ctx, problem, incident);
    return { ticketIds: [problem.id, incident.id] };
  },
});
