// Orders and approvals: thin translation to the order service. Reads pass the query's selection on, so that the
// service plans one SQL statement (services/orders/order-plan.ts); entities' nested fields load through the
// request's DataLoaders.
import { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context/request-context';
import { Department, Karyawan, Order, Shift } from '../entities';
import { ApprovalDecision, ApprovalRequestType, OrderStatus } from '../entities/enums';
import { encodeCursor } from '../events/event-log';
import { NotFoundError } from '../common/errors';
import { PlannedRow } from '../services/orders/order-plan';
import * as orders from '../services/orders/orders.service';
import { PageResult } from '../services/pagination';
import { currentUser } from './current-user';
import { selectionOf } from './selection';
import { windowArgs } from './window-args';
import { CreateOrderInput, OrderFilter, OrderPage } from './types/order.type';

async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const found = await value;
  if (!found) throw new NotFoundError(`${what} not found`);
  return found;
}

@Resolver(() => Order)
export class OrdersResolver {
  @Query(() => OrderPage, {
    description:
      'newest first: a page by number (page, limit) or, for scrolling, a keyset window (first/after, or last/before, with pageInfo); the two do not mix',
  })
  async orders(
    @Ctx() ctx: Context,
    @Arg('filter', () => OrderFilter, { nullable: true }) filter: OrderFilter | null,
    @Arg('page', () => Int, { nullable: true, defaultValue: 1 }) page: number | null,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 20 }) limit: number | null,
    @Arg('first', () => Int, { nullable: true, description: 'at most 100; default 20' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'pageInfo.endCursor of the previous page' })
    after: string | null,
    @Arg('last', () => Int, { nullable: true, description: 'at most 100; default 20' }) last: number | null,
    @Arg('before', () => String, { nullable: true, description: 'pageInfo.startCursor of the next page' })
    before: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PageResult<Order | PlannedRow> & Pick<OrderPage, 'cursor' | 'pageInfo'>> {
    const requested = selectionOf(info);
    const items = requested.items;
    const { streamHead, ...result } = await orders.listOrders(
      ctx.deps,
      currentUser(ctx),
      filter ?? {},
      windowArgs(info, { page, limit, first, after, last, before }),
      {
        selection: items === undefined || items === true ? {} : items,
        withTotal: 'total' in requested || 'totalPages' in requested,
        withStreamHead: 'cursor' in requested,
        withPageInfo: 'pageInfo' in requested,
      },
    );
    return { ...result, cursor: streamHead === null ? null : encodeCursor(streamHead) };
  }

  @Query(() => Order, { nullable: true })
  order(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Order | PlannedRow | null> {
    return orders.findOrder(ctx.deps, currentUser(ctx), { id }, selectionOf(info));
  }

  @Query(() => Order, { nullable: true })
  orderByKode(
    @Ctx() ctx: Context,
    @Arg('kodePesanan', () => String) kodePesanan: string,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Order | PlannedRow | null> {
    return orders.findOrder(
      ctx.deps,
      currentUser(ctx),
      { kodePesanan: kodePesanan.trim() },
      selectionOf(info),
    );
  }

  @Query(() => [Order])
  pendingApprovals(@Ctx() ctx: Context): Promise<Order[]> {
    return orders.pendingApprovals(ctx.deps);
  }

  @Mutation(() => Order)
  createOrder(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateOrderInput) input: CreateOrderInput,
  ): Promise<Order> {
    return orders.createOrder(ctx.deps, currentUser(ctx), input);
  }

  @Mutation(() => Order, {
    description: 'catatan is required for an administrator override (ORDER_OVERRIDE)',
  })
  updateOrderStatus(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('status', () => OrderStatus) status: OrderStatus,
    @Arg('catatan', () => String, { nullable: true }) catatan: string | null,
  ): Promise<Order> {
    return orders.updateOrderStatus(ctx.deps, currentUser(ctx), id, status, catatan);
  }

  @Mutation(() => Order)
  requestOrderRejection(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('catatanDapur', () => String) catatanDapur: string,
  ): Promise<Order> {
    return orders.requestApproval(
      ctx.deps,
      currentUser(ctx),
      id,
      { type: ApprovalRequestType.REJECT },
      catatanDapur,
    );
  }

  @Mutation(() => Order)
  requestOrderEdit(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('jumlahPesananBaru', () => Int) jumlahPesananBaru: number,
    @Arg('catatanDapur', () => String) catatanDapur: string,
  ): Promise<Order> {
    return orders.requestApproval(
      ctx.deps,
      currentUser(ctx),
      id,
      { type: ApprovalRequestType.EDIT, jumlahPesananBaru },
      catatanDapur,
    );
  }

  @Mutation(() => Order)
  decideApproval(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('decision', () => ApprovalDecision) decision: ApprovalDecision,
    @Arg('catatanAdmin', () => String, { nullable: true }) catatanAdmin: string | null,
  ): Promise<Order> {
    return orders.decideApproval(ctx.deps, currentUser(ctx), id, decision, catatanAdmin);
  }

  @Mutation(() => Order, {
    description:
      'the owner while MENUNGGU and ordering is open; an administrator for any non-final order (alasan required)',
  })
  cancelOrder(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('alasan', () => String, { nullable: true }) alasan: string | null,
  ): Promise<Order> {
    return orders.cancelOrder(ctx.deps, currentUser(ctx), id, alasan);
  }

  @FieldResolver(() => Karyawan)
  pemesan(@Root() order: Order, @Ctx() ctx: Context): Promise<Karyawan> {
    return required(ctx.loaders.karyawan.load(order.karyawanPemesanId), 'Pemesan');
  }

  @FieldResolver(() => Department)
  department(@Root() order: Order, @Ctx() ctx: Context): Promise<Department> {
    return required(ctx.loaders.department.load(order.departmentPemesanId), 'Department');
  }

  @FieldResolver(() => Shift)
  shift(@Root() order: Order, @Ctx() ctx: Context): Promise<Shift> {
    return required(ctx.loaders.shift.load(order.shiftId), 'Shift');
  }

  @FieldResolver(() => Karyawan, { nullable: true })
  requestedBy(@Root() order: Order, @Ctx() ctx: Context): Promise<Karyawan | null> | null {
    return order.requestedById == null ? null : ctx.loaders.karyawan.load(order.requestedById);
  }

  @FieldResolver(() => Karyawan, { nullable: true })
  approvedBy(@Root() order: Order, @Ctx() ctx: Context): Promise<Karyawan | null> | null {
    return order.approvedById == null ? null : ctx.loaders.karyawan.load(order.approvedById);
  }
}
