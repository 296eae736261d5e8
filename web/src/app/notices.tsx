// Short notices of the events a person cares about: one's own orders (employees), new orders (kitchen), orders
// ready to take (delivery), requests to decide (administrators) and decisions (kitchen). With the person's
// permission also a tone and a browser notification.
import { useEffect, useState } from 'react';
import { useIntl, type IntlShape } from 'react-intl';
import type { Role } from '../gql/graphql';
import { type OrderEvent, useLive } from '../live/live';
import { playChime } from './chime';
import { statusText } from '../orders/status';

export interface Notice {
  id: number;
  text: string;
}

/** The notice an event raises for a role, or null when it is not for them. */
export function noticeFor(intl: IntlShape, role: Role, event: OrderEvent): string | null {
  const kode = event.order.kodePesanan;
  switch (event.__typename) {
    case 'OrderCreatedEvent':
      return role === 'DAPUR'
        ? intl.formatMessage({ id: 'notice.created' }, { kode, meals: event.order.jumlahPesanan })
        : null;
    case 'OrderStatusChangedEvent':
      if (role === 'EMPLOYEE')
        return intl.formatMessage(
          { id: 'notice.status' },
          { kode, status: statusText(intl, event.newStatus) },
        );
      if (role === 'DELIVERY' && event.newStatus === 'READY')
        return intl.formatMessage({ id: 'notice.ready' }, { kode });
      return null;
    case 'OrderApprovalRequestedEvent':
      return role === 'ADMINISTRATOR' ? intl.formatMessage({ id: 'notice.requested' }, { kode }) : null;
    case 'OrderApprovalDecidedEvent':
      if (role === 'EMPLOYEE' && event.requestType === 'EDIT' && event.decision === 'APPROVED')
        return intl.formatMessage(
          { id: 'notice.quantityChanged' },
          { kode, meals: event.order.jumlahPesanan },
        );
      if (role === 'EMPLOYEE' || role === 'DAPUR')
        return intl.formatMessage(
          { id: 'notice.decided' },
          { kode, decision: event.decision, status: statusText(intl, event.order.statusPesanan) },
        );
      return null;
    default:
      return null;
  }
}

export interface AlertSettings {
  sound: boolean;
  browser: boolean;
}

const SETTINGS_KEY = 'packmeal.alerts';

export function storedAlerts(): AlertSettings {
  try {
    const value = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<AlertSettings>;
    return { sound: value.sound === true, browser: value.browser === true };
  } catch {
    return { sound: false, browser: false };
  }
}

export function storeAlerts(settings: AlertSettings): void {
  localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
}

export function useNotices(role: Role, alerts: AlertSettings): [Notice[], (id: number) => void] {
  const intl = useIntl();
  const live = useLive();
  const [notices, setNotices] = useState<Notice[]>([]);
  useEffect(
    () =>
      live.onEvent((event) => {
        const text = noticeFor(intl, role, event);
        if (!text) return;
        const id = Date.now() + Math.random();
        setNotices((current) => [...current.slice(-3), { id, text }]);
        setTimeout(() => setNotices((current) => current.filter((notice) => notice.id !== id)), 10_000);
        if (alerts.sound) playChime();
        if (
          alerts.browser &&
          'Notification' in window &&
          Notification.permission === 'granted' &&
          document.hidden
        )
          new Notification('Pack Meal', { body: text, icon: '/icon-192.png', tag: event.order.kodePesanan });
      }),
    [live, intl, role, alerts],
  );
  return [notices, (id) => setNotices((current) => current.filter((notice) => notice.id !== id))];
}
