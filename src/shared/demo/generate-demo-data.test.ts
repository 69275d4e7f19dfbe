import { describe, expect, it } from 'vitest';
import { computePriority, DEFAULT_PRIORITY_MATRIX } from '../domain/priority';
import { TicketCommentSchema, TicketSchema } from '../domain/ticket';
import { OPEN_STATUSES } from '../domain/ticket-enums';
import { TicketEventSchema } from '../domain/ticket-event';
import { generateDemoData } from './generate-demo-data';

const NOW = '2026-11-26T15:00:00Z';
const options = { seed: 9, ticketCount: 2000, now: NOW };

describe('generateDemoData', () => {
  it('is deterministic and restartable', () => {
    const a = generateDemoData(options);
    const b = generateDemoData(options);
    expect(JSON.stringify(a.reference)).toBe(JSON.stringify(b.reference));
    const first = JSON.stringify([...a.tickets].slice(0, 50));
    expect(JSON.stringify([...b.tickets].slice(0, 50))).toBe(first);
    expect(JSON.stringify([...a.tickets].slice(0, 50))).toBe(first); // iterating again starts over
    expect(JSON.stringify([...generateDemoData({ ...options, seed: 10 }).tickets].slice(0, 50))).not.toBe(first);
  });

  it('has the demo agent, groups and a 3-level bilingual category tree', () => {
    const { reference } = generateDemoData(options);
    expect(reference.agents.find((a) => a.id === 'agent-demo')).toMatchObject({
      name: 'Ana Torres', role: 'agent', level: 'N1', groupIds: ['group-n1'],
    });
    expect(reference.groups.map((g) => g.name)).toEqual(expect.arrayContaining(['Mesa N1', 'Redes', 'Infraestructura', 'Aplicaciones']));
    const byId = new Map(reference.categories.map((c) => [c.id, c]));
    expect(reference.categories.length).toBeGreaterThanOrEqual(60);
    expect(byId.get('cat-hw-printer-jam')).toMatchObject({ parentId: 'cat-hw-printer', name: { es: 'Atasco de papel', en: 'Paper jam' } });
    const depth = (id: string | null): number => (id ? 1 + depth(byId.get(id)?.parentId ?? null) : 0);
    expect(Math.max(...reference.categories.map((c) => depth(c.id)))).toBe(3);
    reference.categories.forEach((c, i) => {
      if (c.parentId) expect(reference.categories.findIndex((p) => p.id === c.parentId)).toBeLessThan(i);
    });
    expect(reference.organizations.every((o) => o.domains.length > 0)).toBe(true);
  });

  it('generates valid, consistent tickets with chronological histories', () => {
    const data = generateDemoData(options);
    let open = 0;
    let demo = 0;
    let unassigned = 0;
    let previousCreated = '';
    for (const { ticket, events, comments } of data.tickets) {
      TicketSchema.parse(ticket);
      events.forEach((e) => TicketEventSchema.parse(e));
      comments.forEach((c) => TicketCommentSchema.parse(c));
      expect(ticket.priority).toBe(computePriority(DEFAULT_PRIORITY_MATRIX, ticket.impact, ticket.urgency));
      expect(ticket.createdAt >= previousCreated).toBe(true);
      previousCreated = ticket.createdAt;
      expect(events[0]?.data.kind).toBe('created');
      expect(events.map((e) => e.at)).toEqual([...events.map((e) => e.at)].sort());
      expect(events.every((e) => e.at < NOW)).toBe(true);
      const lastStatus = events.filter((e) => e.data.kind === 'status_changed').at(-1);
      expect(lastStatus?.data.kind === 'status_changed' ? lastStatus.data.to : 'new').toBe(ticket.status);
      const lastAssign = events.filter((e) => e.data.kind === 'assigned').at(-1);
      if (lastAssign?.data.kind === 'assigned') expect(lastAssign.data.to).toEqual({ assigneeId: ticket.assigneeId, groupId: ticket.groupId });
      const commented = events.flatMap((e) => (e.data.kind === 'commented' ? [e.data.commentId] : []));
      expect(commented).toEqual(comments.map((c) => c.id));
      expect(ticket.version).toBe(events.length);
      if (OPEN_STATUSES.includes(ticket.status)) open += 1;
      if (ticket.assigneeId === 'agent-demo') demo += 1;
      if (ticket.assigneeId === null && OPEN_STATUSES.includes(ticket.status)) unassigned += 1;
    }
    expect(open / 2000).toBeGreaterThan(0.55);
    expect(open / 2000).toBeLessThan(0.65);
    expect(demo).toBeGreaterThan(100);
    expect(unassigned).toBeGreaterThan(100);
  });

  it('words tickets so full-text search is meaningful', () => {
    const text = [...generateDemoData(options).tickets].map((b) => `${b.ticket.title} ${b.ticket.description}`).join('\n');
    for (const word of ['impresora', 'VPN', 'contraseña', 'Outlook', 'printer', 'password']) expect(text).toContain(word);
  });
});
