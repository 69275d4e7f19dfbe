import { z } from 'zod';
import { ClientIdSchema } from '../client-ownership';

export const MAX_MUTATIONS_PER_PUSH = 100;
/** Room for a full batch of the largest mutations (comments up to 50 000 characters). */
export const PUSH_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

export const PushedMutationSchema = z.strictObject({
  id: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  name: z.string().min(1).max(100),
  /** Checked by the mutator itself: bad args are a recorded rejection, not a 400. */
  args: z.unknown(),
  clientTime: z.iso.datetime({ offset: true }),
  offline: z.boolean().optional(),
});
export type PushedMutation = z.infer<typeof PushedMutationSchema>;

export const PushBodySchema = z.strictObject({
  clientId: ClientIdSchema,
  mutations: z
    .array(PushedMutationSchema)
    .max(MAX_MUTATIONS_PER_PUSH)
    .refine((ms) => ms.every((m, i) => i === 0 || m.id === (ms[i - 1]?.id ?? 0) + 1), {
      message: 'mutation ids must be consecutive and ascending',
    }),
});
export type PushBody = z.infer<typeof PushBodySchema>;
