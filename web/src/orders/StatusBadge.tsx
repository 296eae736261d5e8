// An order's status in words, with a colour and a symbol (never colour alone).
import { useIntl } from 'react-intl';
import type { OrderStatus } from '../gql/graphql';
import { statusText } from './status';

export function StatusBadge({ status }: { status: OrderStatus }) {
  const intl = useIntl();
  return (
    <span className={`badge status-${status}`} data-status={status}>
      {statusText(intl, status)}
    </span>
  );
}
