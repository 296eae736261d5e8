// Status names in the person's language (Menunggu, Diproses, ...); status is never shown by colour alone.
import type { IntlShape } from 'react-intl';
import type { OrderStatus } from '../gql/graphql';

export const ORDER_STATUSES: OrderStatus[] = [
  'MENUNGGU',
  'IN_PROGRESS',
  'READY',
  'ON_DELIVERY',
  'COMPLETE',
  'DITOLAK',
  'MENUNGGU_PERSETUJUAN',
  'DIBATALKAN',
];

export function statusText(intl: IntlShape, status: OrderStatus): string {
  return intl.formatMessage({ id: `status.${status}` });
}
