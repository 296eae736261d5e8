// Who receives which event (DOMAIN.md, Realtime): one pure function, called by every subscription's filter.
import { OrderStatus, Role } from '../entities/enums';
import { OrderEvent, Topic } from './events';

export interface Subscriber {
  karyawanId: number;
  role: Role;
}

/** Roles that receive orderStatusChanged for each new status, besides administrators and the order's owner. */
const STATUS_AUDIENCE: Record<OrderStatus, readonly Role[]> = {
  [OrderStatus.MENUNGGU]: [Role.DAPUR],
  [OrderStatus.IN_PROGRESS]: [Role.DAPUR],
  [OrderStatus.READY]: [Role.DAPUR, Role.DELIVERY],
  [OrderStatus.ON_DELIVERY]: [Role.DELIVERY],
  [OrderStatus.COMPLETE]: [],
  [OrderStatus.DITOLAK]: [],
  [OrderStatus.MENUNGGU_PERSETUJUAN]: [],
  [OrderStatus.DIBATALKAN]: [],
};

/** The predicate of the subscribers that `event` may reach. */
export function audience(event: OrderEvent): (subscriber: Subscriber) => boolean {
  const owner = event.order.karyawanPemesanId;
  const isOwner = (subscriber: Subscriber) => subscriber.karyawanId === owner;
  return (subscriber) => {
    if (subscriber.role === Role.ADMINISTRATOR) return true;
    // An employee only ever receives events about their own orders.
    if (subscriber.role === Role.EMPLOYEE && !isOwner(subscriber)) return false;
    switch (event.topic) {
      case Topic.ORDER_CREATED:
        return subscriber.role === Role.DAPUR;
      case Topic.ORDER_STATUS_CHANGED:
        return (
          STATUS_AUDIENCE[event.newStatus].includes(subscriber.role) ||
          // A cancellation reaches the screens that showed the order before it (DOMAIN.md: before or after).
          (event.newStatus === OrderStatus.DIBATALKAN &&
            STATUS_AUDIENCE[event.oldStatus].includes(subscriber.role)) ||
          isOwner(subscriber)
        );
      case Topic.ORDER_APPROVAL_REQUESTED:
        return false;
      case Topic.ORDER_APPROVAL_DECIDED:
        return (
          subscriber.role === Role.DAPUR ||
          subscriber.karyawanId === event.requestedById ||
          isOwner(subscriber)
        );
    }
  };
}

/** The audience, narrowed by a subscription's optional departmentId argument. */
export function receives(event: OrderEvent, subscriber: Subscriber, departmentId?: number | null): boolean {
  if (departmentId != null && event.order.departmentPemesanId !== departmentId) return false;
  return audience(event)(subscriber);
}
