// Who sees what: the sign-in form until someone is signed in, the forced password change before anything else,
// then the screens of the person's role, live.
import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { FormattedMessage } from 'react-intl';
import { RouterProvider } from 'react-router';
import { createApolloClient, createStream } from '../api/client';
import { Session } from '../api/session';
import { LiveProvider } from '../live/live';
import { ChangePassword } from './ChangePassword';
import { createAppRouter, preloadScreen } from './routes';
import { SessionContext } from './session-context';
import { SignIn } from './SignIn';

/** The service worker and its update prompt, registered once the page has loaded (it never delays a screen). */
const UpdatePrompt = lazy(() =>
  new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  })
    .then(() => new Promise((resolve) => setTimeout(resolve, 1_000)))
    .then(() => import('./UpdatePrompt'))
    // Offline at that moment (or the server restarting): no prompt this time, and the app goes on.
    .catch(() => ({ default: () => null })),
);

export function App() {
  const { session, client, stream } = useMemo(() => {
    const session = new Session();
    const stream = createStream(session);
    const client = createApolloClient(session, stream);
    return { session, client, stream };
  }, []);
  const state = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.state,
  );
  const [booting, setBooting] = useState(true);
  useEffect(() => {
    preloadScreen(location.pathname);
    void session.resume().finally(() => setBooting(false));
  }, [session]);
  useEffect(() => {
    // A new person (or none): the socket reconnects with the new token.
    if (!state.user) stream.terminate();
  }, [state.user, stream]);
  const router = useMemo(() => (state.user ? createAppRouter(state.user.role) : null), [state.user]);

  let screen;
  if (booting)
    screen = (
      <p className="loading" role="status">
        <FormattedMessage id="app.loading" />
      </p>
    );
  else if (!state.user) screen = <SignIn reason={state.endReason} />;
  else if (state.mustChangePassword) screen = <ChangePassword forced />;
  else if (router)
    screen = (
      <LiveProvider stream={stream}>
        <RouterProvider router={router} />
      </LiveProvider>
    );
  return (
    <ApolloProvider client={client}>
      <SessionContext.Provider value={{ session, user: state.user }}>
        {screen}
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      </SessionContext.Provider>
    </ApolloProvider>
  );
}
