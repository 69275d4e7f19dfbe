import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';

/** argon2id; the value of the package's const enum, spelled out because isolatedModules forbids reading it. */
const ARGON2ID = 2 as Algorithm;

export interface PasswordHashingCost {
  memoryCost: number;
  timeCost: number;
}

/** OWASP's argon2id baseline (19 MiB, 2 passes); tests lower it to stay fast. */
export const DEFAULT_PASSWORD_COST: PasswordHashingCost = { memoryCost: 19_456, timeCost: 2 };

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 512;

export function hashPassword(
  password: string,
  cost: PasswordHashingCost = DEFAULT_PASSWORD_COST,
): Promise<string> {
  const options: Options = { algorithm: ARGON2ID, parallelism: 1, ...cost };
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed login, not a server error.
    return false;
  }
}
