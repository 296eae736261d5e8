// Order codes PM-YYYYMMDD-NNN: the date is tanggalPesanan, NNN that date's sequence from a counter row advanced
// inside the creating transaction (the row lock serialises concurrent creates; a rollback returns the number).
import { EntityManager } from 'typeorm';
import { runStatement } from '../../db/statements';

export function formatOrderCode(tanggal: string, sequence: number): string {
  return `PM-${tanggal.replace(/-/g, '')}-${String(sequence).padStart(3, '0')}`;
}

export async function nextOrderCode(manager: EntityManager, tanggal: string): Promise<string> {
  const [row] = await runStatement<{ last_value: number }>(
    manager,
    `INSERT INTO order_code_counter (tanggal, last_value) VALUES ($1, 1)
     ON CONFLICT (tanggal) DO UPDATE SET last_value = order_code_counter.last_value + 1
     RETURNING last_value`,
    [tanggal],
  );
  return formatOrderCode(tanggal, Number(row.last_value));
}
