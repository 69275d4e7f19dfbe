import type { Kysely } from 'kysely';
import { createUser } from '../../../src/server/auth/user-accounts';
import type { ServerDatabase } from '../../../src/server/db/schema';
import { writeReferenceData } from '../../../src/server/reference/write-reference-data';
import type { UserRole } from '../../../src/server/sync/scopes';

export const PASSWORD = 'correct horse battery staple';
/** Cheap argon2id for tests; production uses DEFAULT_PASSWORD_COST. */
export const TEST_PASSWORD_COST = { memoryCost: 1024, timeCost: 1 };

export const USERS: Record<
  string,
  { email: string; role: UserRole; agentId?: string; requesterId?: string }
> = {
  lucia: { email: 'lucia@mesa.test', role: 'agent', agentId: 'a-lucia' },
  pedro: { email: 'pedro@mesa.test', role: 'agent', agentId: 'a-pedro' },
  marco: { email: 'marco@mesa.test', role: 'specialist', agentId: 'a-marco' },
  sofia: { email: 'sofia@mesa.test', role: 'supervisor', agentId: 'a-sofia' },
  ana: { email: 'ana@acme.test', role: 'requester', requesterId: 'req-ana' },
  bob: { email: 'bob@globex.test', role: 'requester', requesterId: 'req-bob' },
};
export type UserName = keyof typeof USERS;

export async function writeFixtures(db: Kysely<ServerDatabase>): Promise<void> {
  await writeReferenceData(db, {
    organizations: [
      { id: 'org-acme', name: 'Acme', domains: ['acme.test'] },
      { id: 'org-globex', name: 'Globex', domains: ['globex.test'] },
    ],
    areas: [{ id: 'area-acme-fin', organizationId: 'org-acme', name: 'Finanzas' }],
    requesters: [
      {
        id: 'req-ana',
        organizationId: 'org-acme',
        areaId: 'area-acme-fin',
        name: 'Ana',
        email: 'ana@acme.test',
        phone: null,
        language: 'es',
      },
      {
        id: 'req-bob',
        organizationId: 'org-globex',
        areaId: null,
        name: 'Bob',
        email: 'bob@globex.test',
        phone: null,
        language: 'en',
      },
    ],
    groups: [
      { id: 'g-n1', name: 'Mesa N1', level: 'N1' },
      { id: 'g-net', name: 'Redes N2', level: 'N2' },
    ],
    agents: [
      {
        id: 'a-lucia',
        name: 'Lucía',
        email: 'lucia@mesa.test',
        role: 'agent',
        level: 'N1',
        groupIds: ['g-n1'],
        language: 'es',
      },
      {
        id: 'a-pedro',
        name: 'Pedro',
        email: 'pedro@mesa.test',
        role: 'agent',
        level: 'N1',
        groupIds: ['g-n1'],
        language: 'es',
      },
      {
        id: 'a-marco',
        name: 'Marco',
        email: 'marco@mesa.test',
        role: 'specialist',
        level: 'N2',
        groupIds: ['g-net'],
        language: 'es',
      },
      {
        id: 'a-sofia',
        name: 'Sofía',
        email: 'sofia@mesa.test',
        role: 'supervisor',
        level: 'N1',
        groupIds: [],
        language: 'es',
      },
    ],
    categories: [
      {
        id: 'cat-hw',
        parentId: null,
        name: { es: 'Hardware', en: 'Hardware' },
        defaultType: 'incident',
        active: true,
      },
      {
        id: 'cat-hw-printer',
        parentId: 'cat-hw',
        name: { es: 'Impresoras', en: 'Printers' },
        defaultType: null,
        active: true,
      },
    ],
  });
  for (const u of Object.values(USERS)) {
    await createUser(
      db,
      { email: u.email, password: PASSWORD, role: u.role, agentId: u.agentId, requesterId: u.requesterId },
      TEST_PASSWORD_COST,
    );
  }
}
