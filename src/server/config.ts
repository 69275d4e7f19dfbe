import path from 'node:path';
import { z } from 'zod';

/** Server configuration: environment variables, overridden by command-line flags. */
export interface ServerConfig {
  host: string;
  port: number;
  /** postgres://… for PostgreSQL; null for the embedded SQLite file in dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  logLevel: string;
  seedDemo: boolean;
  sessionTtlMs: number;
  safetyNetMs: number;
}

const ConfigSchema = z.object({
  host: z.string().min(1),
  port: z.coerce.number().int().min(0).max(65535),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgres:// URL')
    .nullable(),
  dataDir: z.string().min(1),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  seedDemo: z.boolean(),
  sessionTtlMs: z.coerce.number().int().positive(),
  safetyNetMs: z.coerce.number().int().nonnegative(),
});

export type ConfigFlags = Partial<
  Record<'host' | 'port' | 'database-url' | 'data-dir' | 'log-level', string>
> & {
  'no-seed'?: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv, flags: ConfigFlags = {}): ServerConfig {
  return ConfigSchema.parse({
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    port: flags.port ?? env.PORT ?? 8787,
    databaseUrl: flags['database-url'] ?? env.DATABASE_URL ?? null,
    dataDir: path.resolve(flags['data-dir'] ?? env.MESA_DATA_DIR ?? './data'),
    logLevel: flags['log-level'] ?? env.LOG_LEVEL ?? 'info',
    seedDemo: !(flags['no-seed'] ?? env.MESA_SEED_DEMO === '0'),
    sessionTtlMs: env.MESA_SESSION_TTL_HOURS
      ? Number(env.MESA_SESSION_TTL_HOURS) * 3_600_000
      : 30 * 24 * 3_600_000,
    safetyNetMs: env.MESA_SAFETY_NET_MS ?? 5000,
  });
}
