// Password hashing (bcrypt) and temporary passwords.
import crypto from 'node:crypto';
import bcrypt from 'bcrypt';

export function hashPassword(password: string, rounds: number): Promise<string> {
  return bcrypt.hash(password, rounds);
}

// Compared against when the NIK is unknown, so that an unknown NIK and a wrong password take the same time.
const DUMMY_HASH = '$2b$10$2ZnH52Z3BY3lH.KC66F3/O8G/G/nHAmWTcnvEkokBuLHDGzJlQos.';

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const matches = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return hash !== null && matches;
}

const TEMPORARY_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** A random 16-character password without look-alike characters, shown once after a reset. */
export function temporaryPassword(length = 16): string {
  const bytes = crypto.randomBytes(length);
  return Array.from(bytes, (byte) => TEMPORARY_ALPHABET[byte % TEMPORARY_ALPHABET.length]).join('');
}
