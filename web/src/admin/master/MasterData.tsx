// The administrators' master data screen (SCREENS.md, Administrator): departments, jabatan, shifts (with the
// ordering cut-off) and lokasi, one tab each (the tab is in the address: ?tab=shifts). The tabs follow the ARIA
// tabs pattern: Tab reaches the chosen tab, the arrow keys, Home and End move between tabs.
import { type KeyboardEvent, useRef } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { AreaMessages } from '../../i18n/AreaMessages';
import en from './i18n/en.json';
import id from './i18n/id.json';
import { Departments, JabatanList, LokasiList, Shifts } from './kinds';
import '../admin.css';

const TABS = ['departments', 'jabatan', 'shifts', 'lokasi'] as const;
type Tab = (typeof TABS)[number];

export function MasterData() {
  return (
    <AreaMessages catalogues={{ id, en }}>
      <MasterTabs />
    </AreaMessages>
  );
}

function MasterTabs() {
  const intl = useIntl();
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.find((t) => t === params.get('tab')) ?? 'departments';
  const buttons = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});
  const choose = (next: Tab, focus = false) => {
    const search = new URLSearchParams(params);
    search.set('tab', next);
    setParams(search, { replace: true });
    if (focus) buttons.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.indexOf(tab);
    const to: Record<string, number> = {
      ArrowRight: (index + 1) % TABS.length,
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    if (!(event.key in to)) return;
    event.preventDefault();
    choose(TABS[to[event.key]], true);
  };
  return (
    <section className="page page--wide master-page">
      <h1>
        <FormattedMessage id="admin.master.title" />
      </h1>
      <div
        className="master-tabs"
        role="tablist"
        aria-label={intl.formatMessage({ id: 'admin.master.tabs' })}
        onKeyDown={onKeyDown}
      >
        {TABS.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            id={`master-tab-${t}`}
            className="master-tab"
            aria-selected={t === tab}
            aria-controls={`master-panel-${t}`}
            tabIndex={t === tab ? 0 : -1}
            ref={(element) => {
              buttons.current[t] = element;
            }}
            onClick={() => choose(t)}
          >
            <FormattedMessage id={`admin.master.tab.${t}`} />
          </button>
        ))}
      </div>
      <div
        className="master-panel"
        role="tabpanel"
        id={`master-panel-${tab}`}
        aria-labelledby={`master-tab-${tab}`}
        tabIndex={0}
      >
        <h2>
          <FormattedMessage id={`admin.master.tab.${tab}`} />
        </h2>
        {tab === 'departments' && <Departments />}
        {tab === 'jabatan' && <JabatanList />}
        {tab === 'shifts' && <Shifts />}
        {tab === 'lokasi' && <LokasiList />}
      </div>
    </section>
  );
}
