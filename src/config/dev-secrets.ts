// Token secrets outside production when none is configured: random, made once per data directory and kept next to
// it in <DATA_DIR>.secrets.json (mode 600; not inside it, as initdb wants an empty directory), so that no secret is
// public (in the code) and sessions survive restarts.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function readSecrets(file: string): Record<string, string> {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** The secret `name` of `dataDir`, generated (48 random bytes) and stored on first use. */
export function developmentSecret(dataDir: string, name: string): string {
  const file = `${path.resolve(dataDir)}.secrets.json`;
  const secrets = readSecrets(file);
  const existing = secrets[name];
  if (existing) return existing;
  const created = crypto.randomBytes(48).toString('base64url');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...secrets, [name]: created }, null, 2)}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  return created;
}
