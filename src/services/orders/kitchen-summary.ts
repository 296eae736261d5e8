// The kitchen's count ("all-day count") for one business date: per shift, and per department within it, the
// orders and meals in each status, and the meals still to prepare and to deliver. One aggregate statement.
import { AppDeps } from '../../context/request-context';
import { calendarDate } from '../../common/clock';
import { Shift } from '../../entities';
import { OrderStatus } from '../../entities/enums';
import { orderingClosesAt } from '../../domain/orders/ordering-cutoff';

/** Meals the kitchen still has to cook: not yet READY, and not out of the workflow. */
export const TO_PREPARE: readonly OrderStatus[] = [
  OrderStatus.MENUNGGU,
  OrderStatus.IN_PROGRESS,
  OrderStatus.MENUNGGU_PERSETUJUAN,
];
/** Meals cooked and not yet handed over. */
export const TO_DELIVER: readonly OrderStatus[] = [OrderStatus.READY, OrderStatus.ON_DELIVERY];

export interface StatusCount {
  status: OrderStatus;
  orders: number;
  meals: number;
}

export interface Counts {
  /** Every status, in the enum's order, zeros included: a display keeps its columns. */
  byStatus: StatusCount[];
  mealsToPrepare: number;
  mealsToDeliver: number;
}

export interface DepartmentKitchenCount extends Counts {
  departmentId: number;
}

export interface ShiftKitchenSummary extends Counts {
  shift: Shift;
  orderingClosesAt: Date | null;
  byDepartment: DepartmentKitchenCount[];
}

export interface KitchenSummary {
  tanggal: string;
  shifts: ShiftKitchenSummary[];
}

interface CountRow {
  shiftId: number;
  /** null on a shift's total row (GROUPING SETS). */
  departmentId: number | null;
  status: OrderStatus;
  orders: number;
  meals: number;
}

function counts(rows: readonly CountRow[]): Counts {
  const byStatus = Object.values(OrderStatus).map((status) => {
    const row = rows.find((candidate) => candidate.status === status);
    return { status, orders: row?.orders ?? 0, meals: row?.meals ?? 0 };
  });
  const meals = (statuses: readonly OrderStatus[]) =>
    byStatus.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row.meals, 0);
  return { byStatus, mealsToPrepare: meals(TO_PREPARE), mealsToDeliver: meals(TO_DELIVER) };
}

/** Every shift (earliest start first) for `tanggal` (default today in APP_TIMEZONE), optionally one department. */
export async function kitchenSummary(
  deps: AppDeps,
  tanggal: string | null | undefined,
  departmentId: number | null | undefined,
): Promise<KitchenSummary> {
  const date = tanggal ?? calendarDate(deps.clock.now(), deps.config.appTimezone);
  const shifts = await deps.dataSource.getRepository(Shift).find({ order: { jamMulai: 'ASC', id: 'ASC' } });
  // Per (shift, status) and per (shift, department, status) in one pass over the date's rows; departments by name.
  const rows: CountRow[] = await deps.dataSource.query(
    `SELECT o.shift_id AS "shiftId",
            CASE WHEN GROUPING(d.id) = 0 THEN d.id END AS "departmentId",
            o.status_pesanan::text AS status, count(*)::int AS orders, sum(o.jumlah_pesanan)::int AS meals
       FROM transaction_pesanan o
       JOIN master_department d ON d.id = o.department_pemesan_id
      WHERE o.tanggal_pesanan = $1::date AND ($2::int IS NULL OR o.department_pemesan_id = $2::int)
      GROUP BY GROUPING SETS ((o.shift_id, o.status_pesanan), (o.shift_id, d.id, d.nama_divisi, o.status_pesanan))
      ORDER BY d.nama_divisi NULLS FIRST, d.id`,
    [date, departmentId ?? null],
  );
  return {
    tanggal: date,
    shifts: shifts.map((shift) => {
      const own = rows.filter((row) => row.shiftId === shift.id);
      const departmentIds = [
        ...new Set(own.flatMap((row) => (row.departmentId === null ? [] : [row.departmentId]))),
      ];
      return {
        shift,
        orderingClosesAt: orderingClosesAt(shift, date, deps.config.appTimezone),
        ...counts(own.filter((row) => row.departmentId === null)),
        byDepartment: departmentIds.map((id) => ({
          departmentId: id,
          ...counts(own.filter((row) => row.departmentId === id)),
        })),
      };
    }),
  };
}
