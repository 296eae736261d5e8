// Order codes PM-YYYYMMDD-NNN: the date is tanggalPesanan, NNN that date's sequence from a counter row advanced
// inside the creating transaction (the row lock serialises concurrent creates; a rollback returns the number).

export function formatOrderCode(tanggal: string, sequence: number): string {
  return `PM-${tanggal.replace(/-/g, '')}-${String(sequence).padStart(3, '0')}`;
}

/**
 * The date's counter advanced (a statement of its own, or a CTE of a larger one): inserted at 1 or incremented,
 * RETURNING last_value. `date` is the placeholder of the date's parameter (e.g. `$1`).
 */
export function advanceCounterSql(date: string): string {
  return `INSERT INTO order_code_counter (tanggal, last_value) VALUES (${date}, 1)
     ON CONFLICT (tanggal) DO UPDATE SET last_value = order_code_counter.last_value + 1
     RETURNING last_value`;
}
