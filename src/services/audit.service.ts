// Audit rows, always written with the manager of the transaction that makes the change they record.
import { EntityManager } from 'typeorm';
import { runStatement, StatementValues } from '../db/statements';
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

/**
 * writeAudit's row as a CTE of a statement that also writes the order it is about (createOrder: the order, its
 * audit row and its event in one statement), inserted once per row of the CTE `order.row`. What is unknown before
 * the insert comes from that row: the metadata's `orderId` is its id, and the row's kode_pesanan is its code, which
 * also takes the place of `order.codePlaceholder` in the detail.
 */
export function auditOfRowCte(
  values: StatementValues,
  entry: AuditEntry,
  order: { row: string; codePlaceholder: string },
): string {
  return `INSERT INTO log_audit_trail (user_id, aksi, detail, kode_pesanan, metadata)
     SELECT ${values.add(entry.userId)}, ${values.add(entry.aksi)},
            replace(${values.add(entry.detail)}, ${values.add(order.codePlaceholder)}, ${order.row}.kode_pesanan),
            ${order.row}.kode_pesanan,
            jsonb_set(${values.add(JSON.stringify(entry.metadata ?? {}))}::jsonb, '{orderId}', to_jsonb(${order.row}.id))
       FROM ${order.row}`;
}
