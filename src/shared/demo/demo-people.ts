import type { IdGenerator } from '../domain/ids';
import type { Language } from '../domain/localized-text';
import type { Agent, Area, Group, Organization, Requester } from '../domain/people';
import type { Prng } from './prng';

export const DEMO_AGENT_ID = 'agent-demo';
export const DEMO_GROUP_ID = 'group-n1';

const ORGANIZATIONS: ReadonlyArray<Organization & { language: Language; areas: readonly string[] }> = [
  { id: 'org-andina', name: 'Andina Seguros', domains: ['andinaseguros.pe'], language: 'es',
    areas: ['Finanzas', 'Recursos Humanos', 'Siniestros', 'Comercial'] },
  { id: 'org-sanrafael', name: 'Clínica San Rafael', domains: ['sanrafael.com.pe', 'csr.pe'], language: 'es',
    areas: ['Admisión', 'Farmacia', 'Laboratorio', 'Administración'] },
  { id: 'org-northwind', name: 'Northwind Logistics', domains: ['northwind.com'], language: 'en',
    areas: ['Warehouse', 'Finance', 'Customer Service'] },
  { id: 'org-contoso', name: 'Contoso Retail', domains: ['contoso.com'], language: 'en',
    areas: ['Stores', 'Marketing', 'IT', 'Legal'] },
  { id: 'org-municipal', name: 'Municipalidad de Miraflores', domains: ['miraflores.gob.pe'], language: 'es',
    areas: ['Rentas', 'Obras Públicas', 'Secretaría General'] },
];

const GROUPS: readonly Group[] = [
  { id: DEMO_GROUP_ID, name: 'Mesa N1', level: 'N1' },
  { id: 'group-n2-network', name: 'Redes', level: 'N2' },
  { id: 'group-n2-apps', name: 'Aplicaciones', level: 'N2' },
  { id: 'group-n2-field', name: 'Soporte en sitio', level: 'N2' },
  { id: 'group-n3-infra', name: 'Infraestructura', level: 'N3' },
];

const AGENTS: readonly Agent[] = [
  { id: DEMO_AGENT_ID, name: 'Ana Torres', email: 'ana.torres@mesa.example', role: 'agent', level: 'N1',
    groupIds: [DEMO_GROUP_ID], language: 'es' },
  { id: 'agent-luis', name: 'Luis Ramírez', email: 'luis.ramirez@mesa.example', role: 'agent', level: 'N1',
    groupIds: [DEMO_GROUP_ID], language: 'es' },
  { id: 'agent-sofia', name: 'Sofía Castillo', email: 'sofia.castillo@mesa.example', role: 'agent', level: 'N1',
    groupIds: [DEMO_GROUP_ID], language: 'es' },
  { id: 'agent-mark', name: 'Mark Evans', email: 'mark.evans@mesa.example', role: 'agent', level: 'N1',
    groupIds: [DEMO_GROUP_ID], language: 'en' },
  { id: 'agent-diego', name: 'Diego Fernández', email: 'diego.fernandez@mesa.example', role: 'specialist',
    level: 'N2', groupIds: ['group-n2-network'], language: 'es' },
  { id: 'agent-carmen', name: 'Carmen Núñez', email: 'carmen.nunez@mesa.example', role: 'specialist',
    level: 'N2', groupIds: ['group-n2-apps'], language: 'es' },
  { id: 'agent-peter', name: 'Peter Walsh', email: 'peter.walsh@mesa.example', role: 'specialist', level: 'N2',
    groupIds: ['group-n2-apps', 'group-n2-field'], language: 'en' },
  { id: 'agent-jorge', name: 'Jorge Quispe', email: 'jorge.quispe@mesa.example', role: 'specialist', level: 'N2',
    groupIds: ['group-n2-field'], language: 'es' },
  { id: 'agent-elena', name: 'Elena Vargas', email: 'elena.vargas@mesa.example', role: 'specialist', level: 'N3',
    groupIds: ['group-n3-infra', 'group-n2-network'], language: 'es' },
  { id: 'agent-raul', name: 'Raúl Mendoza', email: 'raul.mendoza@mesa.example', role: 'supervisor', level: 'N3',
    groupIds: [DEMO_GROUP_ID, 'group-n2-network', 'group-n2-apps', 'group-n2-field', 'group-n3-infra'],
    language: 'es' },
];

const FIRST_NAMES: Record<Language, readonly string[]> = {
  es: ['María', 'José', 'Lucía', 'Jesús', 'Ángela', 'Martín', 'Rocío', 'Andrés', 'Valeria', 'Óscar', 'Inés',
    'Sebastián', 'Camila', 'Héctor', 'Paola', 'Joaquín', 'Mónica', 'Iván', 'Beatriz', 'Julián'],
  en: ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Olivia', 'Daniel', 'Hannah', 'Robert', 'Grace', 'Thomas',
    'Chloe', 'William', 'Megan', 'George', 'Laura'],
};
const LAST_NAMES: Record<Language, readonly string[]> = {
  es: ['García', 'Pérez', 'Rodríguez', 'López', 'Gómez', 'Sánchez', 'Díaz', 'Álvarez', 'Muñoz', 'Rojas', 'Chávez',
    'Gutiérrez', 'Flores', 'Córdova', 'Ibáñez', 'Salazar', 'Huamán', 'Espinoza'],
  en: ['Smith', 'Johnson', 'Brown', 'Taylor', 'Wilson', 'Clarke', "O'Neill", 'Hughes', 'Walker', 'Wright', 'Green',
    'Baker', 'Harris', 'Cooper'],
};

/** "José Núñez" → "jose.nunez": mail addresses carry no accents. */
function mailLocalPart(first: string, last: string): string {
  return `${first}.${last}`
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/[^A-Za-z.]/g, '')
    .toLowerCase();
}

export interface DemoPeople {
  organizations: Organization[];
  areas: Area[];
  groups: Group[];
  agents: Agent[];
  requesters: Requester[];
}

export function buildDemoPeople(prng: Prng, newId: IdGenerator, requesterCount: number): DemoPeople {
  const organizations = ORGANIZATIONS.map(({ id, name, domains }) => ({ id, name, domains: [...domains] }));
  const areas: Area[] = ORGANIZATIONS.flatMap((org) =>
    org.areas.map((name, i) => ({ id: `${org.id}-area-${i + 1}`, organizationId: org.id, name })),
  );
  const requesters: Requester[] = [];
  const usedEmails = new Set<string>();
  for (let i = 0; i < requesterCount; i += 1) {
    const org = ORGANIZATIONS[i % ORGANIZATIONS.length]!;
    // Most requesters speak their organization's language; a few do not (expats, bilingual staff).
    const language: Language = prng.chance(0.85) ? org.language : org.language === 'es' ? 'en' : 'es';
    const first = prng.pick(FIRST_NAMES[language]);
    const last = prng.pick(LAST_NAMES[language]);
    let local = mailLocalPart(first, last);
    if (usedEmails.has(`${local}@${org.domains[0]}`)) local = `${local}${i}`;
    const email = `${local}@${org.domains[0]}`;
    usedEmails.add(email);
    const orgAreas = areas.filter((a) => a.organizationId === org.id);
    requesters.push({
      id: newId(),
      organizationId: org.id,
      areaId: prng.chance(0.9) ? prng.pick(orgAreas).id : null,
      name: `${first} ${last}`,
      email: prng.chance(0.95) ? email : null,
      phone: prng.chance(0.6) ? `+51 1 ${prng.int(200, 799)} ${String(prng.int(0, 9999)).padStart(4, '0')}` : null,
      language,
    });
  }
  return {
    organizations,
    areas,
    groups: GROUPS.map((g) => ({ ...g })),
    agents: AGENTS.map((a) => ({ ...a, groupIds: [...a.groupIds] })),
    requesters,
  };
}
