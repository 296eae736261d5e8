// The enum type names of transaction_pesanan's enum columns, looked up from the columns: a database adopted from
// the original system names them differently ("StatusPesanan", ...), so bench SQL casts to these, never to a
// hard-coded name.
export interface OrderEnumTypes {
  status: string;
  approvalStatus: string;
  approvalRequestType: string;
}

type Sql = (query: string, parameters?: unknown[]) => Promise<Array<{ column: string; type: string }>>;

export async function orderEnumTypes(sql: Sql): Promise<OrderEnumTypes> {
  // regtype::text is already quoted where the name needs it.
  const rows = await sql(
    `SELECT attname AS column, atttypid::regtype::text AS type FROM pg_attribute
      WHERE attrelid = 'transaction_pesanan'::regclass
        AND attname IN ('status_pesanan', 'approval_status', 'approval_request_type')`,
  );
  const type = (column: string): string => {
    const found = rows.find((row) => row.column === column);
    if (!found) throw new Error(`transaction_pesanan.${column} is missing`);
    return found.type;
  };
  return {
    status: type('status_pesanan'),
    approvalStatus: type('approval_status'),
    approvalRequestType: type('approval_request_type'),
  };
}
