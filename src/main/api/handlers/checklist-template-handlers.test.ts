import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentRole } from '../../../shared/domain/people';
import { PRINTER_CHECKLIST } from '../../../shared/demo/checklists/printer';
import type { ChecklistStep, ChecklistTemplate } from '../../../shared/workflow/checklist/checklist-schema';
import type { HandlerContext } from '../../services/handler-context';
import { listChecklistTemplates } from '../../store/workflow-rows';
import { createHandlerRegistry } from '../handler-registry';
import { registerChecklistTemplateHandlers } from './checklist-template-handlers';
import { createServicesFixture, type ServicesFixture } from './sla-handlers.test-fixtures';

let f: ServicesFixture;
beforeAll(async () => {
  f = await createServicesFixture();
}, 60_000);
afterAll(async () => f?.close());

/** The checklist handlers alone, over the fixture's store, signed in with the role given. */
function registryAs(role: AgentRole) {
  const registry = createHandlerRegistry({ validateOutput: true });
  const ctx = {
    db: f.services.store.db,
    clock: f.clock,
    session: {
      agent: {
        id: 'agent-x',
        name: 'X',
        email: 'x@mesa.example',
        role,
        level: 'N1',
        groupIds: [],
        language: 'es',
      },
      deviceId: 'device-test',
      language: 'es',
    },
  } as unknown as HandlerContext;
  registerChecklistTemplateHandlers(registry, ctx);
  return registry;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read untyped bridge results
async function save(role: AgentRole, template: unknown): Promise<any> {
  return registryAs(role).dispatch('checklist.templates.save', { template }, { transport: 'test' });
}

function withStep(id: string, change: (s: ChecklistStep) => ChecklistStep): ChecklistTemplate {
  const copy = structuredClone(PRINTER_CHECKLIST);
  return { ...copy, steps: copy.steps.map((s) => (s.id === id ? change(s) : s)) };
}

describe('checklist.templates.save', () => {
  it('refuses a cycle, naming the step where it closes', async () => {
    const cyclic = withStep('clear-jam', (s) => ({ ...s, next: 'panel-ok' }) as ChecklistStep);
    const result = await save('supervisor', cyclic);
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('checklist.invalid_template');
    expect(result.error.fieldErrors).toContainEqual(
      expect.objectContaining({
        path: 'nodes.panel-ok',
        code: 'checklist.cycle',
        params: expect.objectContaining({ nodeId: 'panel-ok' }),
      }),
    );
  });

  it('refuses a dead end, naming the step and the answer', async () => {
    const dead = withStep('panel-ok', (s) => ({ ...s, onNo: undefined }) as ChecklistStep);
    const result = await save('admin', dead);
    expect(result.error.code).toBe('checklist.invalid_template');
    expect(result.error.fieldErrors).toContainEqual(
      expect.objectContaining({
        path: 'nodes.panel-ok',
        code: 'checklist.dead_end',
        params: expect.objectContaining({ branch: 'no' }),
      }),
    );
  });

  it('refuses an escalation to an unknown group and an unknown resolution code, naming the outcomes', async () => {
    const template = structuredClone(PRINTER_CHECKLIST);
    template.outcomes = template.outcomes.map((o) =>
      o.kind === 'escalate'
        ? { ...o, groupId: 'group-nowhere' }
        : o.kind === 'resolved'
          ? { ...o, resolutionCode: 'no-such-code' }
          : o,
    );
    const result = await save('supervisor', template);
    const codes = result.error.fieldErrors.map((e: { path: string; code: string }) => `${e.code}@${e.path}`);
    const escalate = PRINTER_CHECKLIST.outcomes.find((o) => o.kind === 'escalate')!;
    expect(codes).toContain(`checklist.unknown_group@nodes.${escalate.id}`);
    expect(codes.some((c: string) => c.startsWith('checklist.unknown_resolution_code@nodes.'))).toBe(true);
  });

  it('reports schema problems by position (a step without its text)', async () => {
    const template = structuredClone(PRINTER_CHECKLIST) as unknown as {
      steps: Array<Record<string, unknown>>;
    };
    delete template.steps[1]!.text;
    const result = await save('supervisor', template);
    expect(result.error.code).toBe('checklist.invalid_template');
    expect(result.error.fieldErrors[0].path).toMatch(/^steps\.1\.text/);
  });

  it('saves an edit as the next version, whatever version it was sent with; earlier versions stay', async () => {
    const edited = {
      ...structuredClone(PRINTER_CHECKLIST),
      version: 1,
      title: { es: 'Impresora (revisado)', en: 'Printer (revised)' },
    };
    const first = await save('supervisor', edited);
    expect(first.ok).toBe(true);
    expect(first.value.version).toBe(2);
    const second = await save('admin', { ...edited, version: 7 });
    expect(second.value.version).toBe(3);
    const stored = (await listChecklistTemplates(f.services.store.db)).filter((t) => t.id === 'chk-printer');
    expect(stored.map((t) => t.version)).toEqual([1, 2, 3]);
    expect(stored[0]!.title.es).toBe(PRINTER_CHECKLIST.title.es);
    const list = await registryAs('agent').dispatch('checklist.templates.list', {}, { transport: 'test' });
    expect(list.ok && (list.value as ChecklistTemplate[]).find((t) => t.id === 'chk-printer')?.version).toBe(
      3,
    );
  });

  it('starts a new template at version 1', async () => {
    const fresh = { ...structuredClone(PRINTER_CHECKLIST), id: 'chk-printer-lab' };
    const result = await save('admin', fresh);
    expect(result.value).toMatchObject({ id: 'chk-printer-lab', version: 1 });
  });

  it('refuses agents and specialists, and stores nothing', async () => {
    const before = (await listChecklistTemplates(f.services.store.db)).length;
    for (const role of ['agent', 'specialist'] as const) {
      const result = await save(role, PRINTER_CHECKLIST);
      expect(result.ok).toBe(false);
      expect(result.error.code).toBe('auth.forbidden');
    }
    expect((await listChecklistTemplates(f.services.store.db)).length).toBe(before);
  });

  it('is wired into the real services (the demo agent is not a supervisor)', async () => {
    const result = await f.call('checklist.templates.save', { template: PRINTER_CHECKLIST });
    expect(result.error.code).toBe('auth.forbidden');
    expect((await f.call('checklist.templates.list', {})).ok).toBe(true);
  });
});
