// The API as the browser tests' other actors use it: an employee ordering, another screen accepting, over HTTP.
export interface Order {
  id: number;
  kodePesanan: string;
  statusPesanan: string;
}

interface GqlAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const SEED = {
  admin: { nik: 'ADM001', password: 'admin123' },
  employee: { nik: 'EMP001', password: 'emp123' },
  dapur: { nik: 'KIT001', password: 'kitchen123' },
  delivery: { nik: 'DEL001', password: 'delivery123' },
} as const;

export async function gql<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const answer = (await response.json()) as GqlAnswer<T>;
  if (answer.errors?.length || !answer.data) {
    const error = answer.errors?.[0];
    throw Object.assign(new Error(error?.message ?? 'no data'), { code: error?.extensions?.code });
  }
  return answer.data;
}

export async function login(url: string, who: keyof typeof SEED): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    url,
    'mutation ($nik: String!, $password: String!) { login(input: {nik: $nik, password: $password, clientType: MOBILE}) { accessToken } }',
    SEED[who],
  );
  return data.login.accessToken;
}

const ORDER = 'id kodePesanan statusPesanan';

export async function createOrder(url: string, token: string, tanggal: string, jumlah = 4): Promise<Order> {
  const data = await gql<{ createOrder: Order }>(
    url,
    `mutation ($input: CreateOrderInput!) { createOrder(input: $input) { ${ORDER} } }`,
    { input: { shiftId: 1, jumlahPesanan: jumlah, tanggalPesanan: tanggal } },
    token,
  );
  return data.createOrder;
}

export async function setStatus(url: string, token: string, id: number, status: string): Promise<Order> {
  const data = await gql<{ updateOrderStatus: Order }>(
    url,
    `mutation ($id: Int!, $status: OrderStatus!) { updateOrderStatus(id: $id, status: $status) { ${ORDER} } }`,
    { id, status },
    token,
  );
  return data.updateOrderStatus;
}

export async function requestRejection(url: string, token: string, id: number, note: string): Promise<Order> {
  const data = await gql<{ requestOrderRejection: Order }>(
    url,
    `mutation ($id: Int!, $note: String!) { requestOrderRejection(id: $id, catatanDapur: $note) { ${ORDER} } }`,
    { id, note },
    token,
  );
  return data.requestOrderRejection;
}

/** Every order of one date the caller may read, as "kode status" lines, sorted: the server's truth. */
export async function ordersOf(
  url: string,
  token: string,
  tanggal: string,
  statuses: string[],
): Promise<string[]> {
  const lines: string[] = [];
  for (let page = 1; ; page++) {
    const data = await gql<{ orders: { items: Order[]; totalPages: number } }>(
      url,
      `query ($filter: OrderFilter, $page: Int!) { orders(filter: $filter, page: $page, limit: 100) { items { ${ORDER} } totalPages } }`,
      { filter: { tanggalMulai: tanggal, tanggalAkhir: tanggal }, page },
      token,
    );
    for (const order of data.orders.items)
      if (statuses.includes(order.statusPesanan)) lines.push(`${order.kodePesanan} ${order.statusPesanan}`);
    if (page >= data.orders.totalPages) break;
  }
  return lines.sort();
}

/** A business date n days after today in Asia/Jakarta (the tests' APP_TIMEZONE). */
export function jakartaDate(daysFromToday: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + daysFromToday);
  return date.toISOString().slice(0, 10);
}

/** An order with what a board sorts by: oldest first (waktuDibuat, then id). */
export interface DatedOrder extends Order {
  waktuDibuat: string;
}

/** Every order of one date the caller may read with the given statuses, oldest first (a board's order). */
export async function ordersOldestFirst(
  url: string,
  token: string,
  tanggal: string,
  statuses: string[],
): Promise<DatedOrder[]> {
  const orders: DatedOrder[] = [];
  for (let page = 1; ; page++) {
    const data = await gql<{ orders: { items: DatedOrder[]; totalPages: number } }>(
      url,
      `query ($filter: OrderFilter, $page: Int!) { orders(filter: $filter, page: $page, limit: 100) { items { ${ORDER} waktuDibuat } totalPages } }`,
      { filter: { tanggalMulai: tanggal, tanggalAkhir: tanggal }, page },
      token,
    );
    orders.push(...data.orders.items.filter((order) => statuses.includes(order.statusPesanan)));
    if (page >= data.orders.totalPages) break;
  }
  return orders.sort((a, b) => a.waktuDibuat.localeCompare(b.waktuDibuat) || a.id - b.id);
}

/** The id of the department named `namaDivisi` (the seed's: IT Department, Human Resources, Operations). */
export async function departmentId(url: string, token: string, namaDivisi: string): Promise<number> {
  const data = await gql<{ departments: { id: number; namaDivisi: string }[] }>(
    url,
    'query { departments { id namaDivisi } }',
    {},
    token,
  );
  const department = data.departments.find((d) => d.namaDivisi === namaDivisi);
  if (!department) throw new Error(`no department ${namaDivisi}`);
  return department.id;
}

/** Runs `work` for each item, at most `batch` at a time (many orders quickly, without a thousand sockets). */
export async function inBatches<T, R>(
  items: T[],
  batch: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += batch)
    results.push(...(await Promise.all(items.slice(i, i + batch).map(work))));
  return results;
}
