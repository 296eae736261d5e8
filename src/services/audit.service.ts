// Audit rows, always written with the manager of the transaction that makes the change they record.
import { EntityManager } from 'typeorm';
import { runStatement } from '../db/statements';
import { AuditAction } from '../entities/enums';

export interface AuditEntry {
  /** The acting karyawan, null for an anonymous actor (a failed login with an unknown NIK). */
  userId: number | null;
  aksi: AuditAction;
  /** Readable text; never a password or a token. */
  detail: string;
  kodePesanan?: string | null;
  metadata?: Record<string, unknown>;
}

export async function writeAudit(manager: EntityManager, ...entries: AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  for (const entry of entries) {
    await runStatement(
      manager,
      'INSERT INTO log_audit_trail (user_id, aksi, detail, kode_pesanan, metadata) VALUES ($1, $2, $3, $4, $5)',
      [
        entry.userId,
        entry.aksi,
        entry.detail,
        entry.kodePesanan ?? null,
        entry.metadata ? JSON.stringify(entry.metadata) : null,
      ],
    );
  }
}
