import { MesaError } from '../../../shared/errors';
import type { SlaPolicy } from '../../../shared/sla/index';
import { parsePolicies, parsePolicy, selectPolicy } from '../../../shared/sla/index';
import { toIsoSeconds } from '../../services/clock';
import type { HandlerContext } from '../../services/handler-context';
import { invalidConfig } from '../../sla/admin/config-errors';
import {
  contractIdOfOrganization,
  deletePolicyRow,
  listCalendarRows,
  listPolicyRows,
} from '../../store/queries/sla-config-admin';
import { saveSlaPolicies } from '../../store/queries/sla-config';
import type { HandlerRegistry } from '../handler-registry';

async function storedPolicies(ctx: HandlerContext): Promise<SlaPolicy[]> {
  const policies: SlaPolicy[] = [];
  for (const row of await listPolicyRows(ctx.db)) {
    const parsed = parsePolicy(JSON.parse(row.json));
    if (parsed.ok) policies.push(parsed.policy);
  }
  return policies;
}

/** A policy saved without thresholds gets the workstation's defaults (sla.settings). */
function withDefaultThresholds(input: unknown, ctx: HandlerContext): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input) || 'thresholds' in input)
    return input;
  const { warningPercent, criticalPercent } = ctx.sla.settings();
  return { ...input, thresholds: { warning: warningPercent / 100, critical: criticalPercent / 100 } };
}

export function registerSlaPolicyHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('sla.policies.list', async () =>
    (await listPolicyRows(ctx.db)).map((row) => ({
      id: row.id,
      name: row.name,
      policy: JSON.parse(row.json) as unknown,
    })),
  );

  registry.register('sla.policies.save', async ({ policy }) => {
    const parsed = parsePolicy(withDefaultThresholds(policy, ctx));
    if (!parsed.ok) throw invalidConfig('policy', parsed.errors);
    const calendarIds = new Set((await listCalendarRows(ctx.db)).map((row) => row.id));
    if (!calendarIds.has(parsed.policy.calendarId)) {
      throw invalidConfig('policy', [
        { path: 'calendarId', code: 'policy.unknown_calendar', params: { value: parsed.policy.calendarId } },
      ]);
    }
    // Same position when it replaces a stored policy, last when it is new.
    const stored = await storedPolicies(ctx);
    const index = stored.findIndex((p) => p.id === parsed.policy.id);
    if (index >= 0) stored[index] = parsed.policy;
    else stored.push(parsed.policy);
    const all = parsePolicies(stored);
    if (!all.ok) throw invalidConfig('policy', all.errors);
    await saveSlaPolicies(ctx.db, all.policies, toIsoSeconds(ctx.clock.now()));
    await ctx.sla.configChanged();
    return { id: parsed.policy.id };
  });

  registry.register('sla.policies.delete', async ({ id }) => {
    if (!(await deletePolicyRow(ctx.db, id))) throw new MesaError('sla.not_found', { id });
    await ctx.sla.configChanged();
    return {};
  });

  registry.register('sla.policies.test', async ({ ticket }) => {
    const contractId =
      ticket.contractId ??
      (ticket.organizationId ? await contractIdOfOrganization(ctx.db, ticket.organizationId) : null);
    const selection = selectPolicy(await storedPolicies(ctx), { ...ticket, contractId });
    return {
      contractId,
      selection: selection && {
        policyId: selection.policy.id,
        policyName: selection.policy.name,
        reason: { code: selection.reason.code, params: selection.reason.params },
        matchedFields: selection.reason.matchedFields,
        candidateCount: selection.reason.candidateCount,
      },
    };
  });
}
