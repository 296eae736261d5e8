// Who receives which event (DOMAIN.md, Realtime): everyone who may read the order before or after the change, by the
// read scope of orders (domain/orders/order-scope.ts), and the order's owner always. One pure function, called by
// every subscription and by orderEventsSince; the subscribe-time check derives from the same scope.
import { Role } from '../entities/enums';
import { inScope, orderScope } from '../domain/orders/order-scope';
import { kindOf, OrderEvent, statusChange, Topic } from './events';

export interface Subscriber {
  karyawanId: number;
  role: Role;
}

/** Each event's predicate, made once: a fan-out asks it for every subscriber. */
const audiences = new WeakMap<OrderEvent, (subscriber: Subscriber) => boolean>();

/** The predicate of the subscribers that `event` may reach. */
export function audience(event: OrderEvent): (subscriber: Subscriber) => boolean {
  let predicate = audiences.get(event);
  if (!predicate) {
    predicate = audienceOf(event);
    audiences.set(event, predicate);
  }
  return predicate;
}

function audienceOf(event: OrderEvent): (subscriber: Subscriber) => boolean {
  const owner = event.order.karyawanPemesanId;
  const { before, after } = statusChange(event);
  const states = (before === null ? [after] : [before, after]).map((statusPesanan) => ({
    karyawanPemesanId: owner,
    statusPesanan,
  }));
  return (subscriber) =>
    subscriber.karyawanId === owner || states.some((state) => inScope(orderScope(subscriber), state));
}

/** The audience, narrowed by a subscription's optional departmentId argument. */
export function receives(event: OrderEvent, subscriber: Subscriber, departmentId?: number | null): boolean {
  if (departmentId != null && event.order.departmentPemesanId !== departmentId) return false;
  return audience(event)(subscriber);
}

/**
 * Whether a role can ever be in the audience of a topic: a role whose scope is by owner (it places orders) receives
 * every topic about its own orders; a role scoped by status only when the topic can involve one of its statuses.
 */
export function mayEverReceive(role: Role, topic: Topic): boolean {
  const { ownerId, statuses } = orderScope({ role, karyawanId: 0 });
  if (ownerId !== undefined || statuses === undefined) return true;
  return kindOf(topic).statuses.some((status) => statuses.includes(status));
}
