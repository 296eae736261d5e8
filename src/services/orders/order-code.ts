// Order codes PM-YYYYMMDD-NNN: the date is tanggalPesanan, NNN that date's sequence from a counter row advanced
// inside the creating transaction (the row lock serialises concurrent creates; a rollback returns the number).

/** The part of a date's codes before the number: PM-YYYYMMDD-. */
export function orderCodePrefix(tanggal: string): string {
  return `PM-${tanggal.replace(/-/g, '')}-`;
}

export function formatOrderCode(tanggal: string, sequence: number): string {
  return `${orderCodePrefix(tanggal)}${String(sequence).padStart(3, '0')}`;
}

/**
 * formatOrderCode in SQL, for a statement that takes the number and writes the order in one go: `prefix` is SQL for
 * orderCodePrefix's text, `sequence` for the number (zero-padded to three digits, longer past 999).
 */
export function orderCodeSql(prefix: string, sequence: string): string {
  return `${prefix} || lpad(${sequence}::text, GREATEST(3, length(${sequence}::text)), '0')`;
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
