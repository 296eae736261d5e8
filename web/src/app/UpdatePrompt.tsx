// The service worker (Workbox): registered once; when a new version of the app is waiting, the person chooses
// when to reload into it (a half-typed order is never lost to an update).
import { FormattedMessage } from 'react-intl';
import { useRegisterSW } from 'virtual:pwa-register/react';

export default function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-prompt" role="status">
      <p>
        <FormattedMessage id="update.available" />
      </p>
      <button type="button" className="button button--primary" onClick={() => void updateServiceWorker(true)}>
        <FormattedMessage id="update.reload" />
      </button>
      <button type="button" className="button button--quiet" onClick={() => setNeedRefresh(false)}>
        <FormattedMessage id="update.later" />
      </button>
    </div>
  );
}
