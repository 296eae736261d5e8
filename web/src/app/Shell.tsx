// What every screen shares: the header (navigation of the person's role, connection state, language, theme,
// sound and notifications, sign-out), the offline notice and the event notices; the screen itself below.
import { useEffect, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { NavLink, Outlet } from 'react-router';
import { formatJam } from '../i18n/format';
import { type ConnectionState, useLive } from '../live/live';
import { enableChime } from './chime';
import { LanguageSwitch } from './LanguageSwitch';
import { type AlertSettings, storeAlerts, storedAlerts, useNotices } from './notices';
import { useSession } from './session-context';
import { applyTheme, storedTheme, type Theme } from './theme';

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}

function ConnectionBadge({ state }: { state: ConnectionState }) {
  const intl = useIntl();
  useEffect(() => {
    document.body.dataset.connection = state.kind;
  }, [state.kind]);
  const since = 'since' in state ? formatJam(intl, state.since) : '';
  return (
    <p className={`connection connection--${state.kind}`} id="connection" role="status">
      <FormattedMessage id={`connection.${state.kind}`} values={{ time: since }} />
    </p>
  );
}

export function Shell() {
  const intl = useIntl();
  const { session, user } = useSession();
  const live = useLive();
  const online = useOnline();
  const [theme, setTheme] = useState<Theme>(storedTheme);
  const [alerts, setAlerts] = useState<AlertSettings>(storedAlerts);
  const [notices, dismiss] = useNotices(user.role, alerts);
  const changeAlerts = (next: AlertSettings) => {
    storeAlerts(next);
    setAlerts(next);
  };
  const toggleSound = () => {
    if (!alerts.sound) enableChime();
    changeAlerts({ ...alerts, sound: !alerts.sound });
  };
  const toggleBrowser = async () => {
    if (alerts.browser || !('Notification' in window)) return changeAlerts({ ...alerts, browser: false });
    const permission = await Notification.requestPermission();
    changeAlerts({ ...alerts, browser: permission === 'granted' });
  };
  const links: { to: string; label: string }[] = {
    EMPLOYEE: [
      { to: '/', label: 'nav.home' },
      { to: '/order', label: 'nav.order' },
      { to: '/orders', label: 'nav.myOrders' },
    ],
    DAPUR: [
      { to: '/board', label: 'nav.board' },
      { to: '/approvals', label: 'nav.approvals' },
    ],
    DELIVERY: [{ to: '/board', label: 'nav.board' }],
    ADMINISTRATOR: [
      { to: '/admin', label: 'nav.dashboard' },
      { to: '/admin/orders', label: 'nav.allOrders' },
      { to: '/admin/approvals', label: 'nav.approvals' },
      { to: '/admin/users', label: 'nav.users' },
      { to: '/admin/master', label: 'nav.master' },
      { to: '/admin/reports', label: 'nav.reports' },
      { to: '/admin/audit', label: 'nav.audit' },
      { to: '/board', label: 'nav.board' },
    ],
  }[user.role];
  const offlineSince =
    live.connection.kind === 'offline' ? live.connection.since : online ? null : new Date();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        <FormattedMessage id="shell.skip" />
      </a>
      <header className="shell__header">
        <div className="shell__brand">
          <span className="shell__logo" aria-hidden="true" />
          <FormattedMessage id="app.name" />
        </div>
        <nav aria-label={intl.formatMessage({ id: 'nav.label' })} className="shell__nav">
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} end className="shell__link">
              <FormattedMessage id={link.label} />
            </NavLink>
          ))}
        </nav>
        <ConnectionBadge state={live.connection} />
        <details className="shell__menu">
          <summary className="button button--quiet">
            <bdi className="who">{user.namaLengkap}</bdi>
          </summary>
          <div className="shell__menu-body">
            <p className="shell__who">
              <FormattedMessage
                id="text.pair"
                values={{
                  first: intl.formatMessage({ id: `role.${user.role}` }),
                  second: user.nomorIndukKaryawan,
                }}
              />
            </p>
            <LanguageSwitch />
            <label htmlFor="theme">
              <FormattedMessage id="shell.theme" />
            </label>
            <select
              id="theme"
              value={theme}
              onChange={(event) => {
                const next = event.target.value as Theme;
                applyTheme(next);
                setTheme(next);
              }}
            >
              <option value="system">{intl.formatMessage({ id: 'theme.system' })}</option>
              <option value="light">{intl.formatMessage({ id: 'theme.light' })}</option>
              <option value="dark">{intl.formatMessage({ id: 'theme.dark' })}</option>
            </select>
            <button
              type="button"
              className="button button--quiet sound"
              aria-pressed={alerts.sound}
              onClick={toggleSound}
            >
              <FormattedMessage id="shell.sound" />
            </button>
            <button
              type="button"
              className="button button--quiet"
              aria-pressed={alerts.browser}
              onClick={() => void toggleBrowser()}
            >
              <FormattedMessage id="shell.browserNotices" />
            </button>
            <NavLink to="/password" className="button button--quiet">
              <FormattedMessage id="password.title" />
            </NavLink>
            <button
              type="button"
              className="button button--quiet sign-out"
              onClick={() => void session.logout()}
            >
              <FormattedMessage id="shell.signOut" />
            </button>
          </div>
        </details>
      </header>
      {offlineSince && (
        <p className="offline-notice" role="alert" id="offline-notice">
          <FormattedMessage id="shell.offline" values={{ time: formatJam(intl, offlineSince) }} />
        </p>
      )}
      <main id="main" className="shell__main" tabIndex={-1}>
        <Outlet />
      </main>
      <ul className="notices" aria-live="polite" aria-label={intl.formatMessage({ id: 'shell.notices' })}>
        {notices.map((notice) => (
          <li key={notice.id} className="notice-toast">
            <span>{notice.text}</span>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => dismiss(notice.id)}
              aria-label={intl.formatMessage({ id: 'shell.dismiss' })}
            >
              <FormattedMessage id="shell.dismissMark" />
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
