import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with OWASP's second recommended setting (m = 19 MiB, t = 2, p = 1), raised to t = 3:
 * about 10 ms here, cheap enough for a login rush of thousands of members, costly for a cracker.
 */
// `algorithm: 2` is Algorithm.Argon2id (a const enum, which isolated modules cannot import).
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 3, parallelism: 1 };

export const hashPassword = (password: string) => hash(password, OPTIONS);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword('not-a-real-password'));

export const PASSWORD_MIN_LENGTH = 8;
