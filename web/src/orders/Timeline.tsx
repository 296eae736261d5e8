// An order's timeline: every stamp it has (created, accepted, ready, out for delivery, delivered, cancelled), in
// order, with its date and time in APP_TIMEZONE.
import { FormattedMessage, useIntl } from 'react-intl';
import type { OrderFieldsFragment } from '../gql/graphql';
import { formatWaktu } from '../i18n/format';

export const STAMPS = [
  'waktuDibuat',
  'waktuDiproses',
  'waktuSiap',
  'waktuDiantar',
  'waktuSelesai',
  'waktuDibatalkan',
] as const;

export function Timeline({ order }: { order: Pick<OrderFieldsFragment, (typeof STAMPS)[number]> }) {
  const intl = useIntl();
  return (
    <>
      <h2>
        <FormattedMessage id="detail.timeline" />
      </h2>
      <ol className="timeline">
        {STAMPS.map((stamp) => [stamp, order[stamp]] as const)
          .filter((entry): entry is [(typeof STAMPS)[number], string] => typeof entry[1] === 'string')
          .map(([stamp, at]) => (
            <li key={stamp} data-stamp={stamp}>
              <span className="timeline__what">
                <FormattedMessage id={`stamp.${stamp}`} />
              </span>
              <time dateTime={at}>{formatWaktu(intl, at)}</time>
            </li>
          ))}
      </ol>
    </>
  );
}
