import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { loadProblem } from './problem-helpers';
import { ProblemLinkArgsSchema } from './problem-link';
import { changeTicket, loadTicket, recordEvent } from './ticket-helpers';

export const ProblemUnlinkArgsSchema = ProblemLinkArgsSchema;

/** Takes an incident off a problem (a wrong link); both histories keep the link and the unlink. */
export const problemUnlink = defineMutator({
  name: 'problem.unlink',
  args: ProblemUnlinkArgsSchema,
  async apply(tx, ctx, args) {
    const problem = await loadProblem(tx, args.problemId);
    const incident = await loadTicket(tx, args.incidentId);
    if (incident.problemId !== problem.id) {
      throw new MesaError('problem.incident_not_linked', { incidentId: incident.id, problemId: problem.id });
    }
    const data = { kind: 'problem_unlinked' as const, problemId: problem.id, incidentId: incident.id };
    await changeTicket(tx, ctx, incident, { problemId: null }, data);
    await recordEvent(tx, ctx, problem.id, data);
    return { ticketIds: [problem.id, incident.id] };
  },
});
