import { z } from 'zod';
import { LanguageSchema } from './localized-text';
import { LevelSchema } from './ticket-enums';

const IdSchema = z.string().min(1);

export const OrganizationSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  /** Mail domains that identify the organization's requesters (used by the email channel). */
  domains: z.array(z.string()),
});
export type Organization = z.infer<typeof OrganizationSchema>;

/** A department of a client organization; it may have its own SLA targets. */
export const AreaSchema = z.object({ id: IdSchema, organizationId: IdSchema, name: z.string().min(1) });
export type Area = z.infer<typeof AreaSchema>;

export const RequesterSchema = z.object({
  id: IdSchema,
  organizationId: IdSchema,
  areaId: IdSchema.nullable(),
  name: z.string().min(1),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  language: LanguageSchema,
});
export type Requester = z.infer<typeof RequesterSchema>;

export const AGENT_ROLES = ['agent', 'specialist', 'supervisor', 'admin'] as const;
export const AgentRoleSchema = z.enum(AGENT_ROLES);
export type AgentRole = z.infer<typeof AgentRoleSchema>;

export const AgentSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  email: z.string(),
  role: AgentRoleSchema,
  level: LevelSchema,
  groupIds: z.array(IdSchema),
  language: LanguageSchema,
});
export type Agent = z.infer<typeof AgentSchema>;

/** A support group (resolver group): N1 desk, N2 network, N3 infrastructure… */
export const GroupSchema = z.object({ id: IdSchema, name: z.string().min(1), level: LevelSchema });
export type Group = z.infer<typeof GroupSchema>;
