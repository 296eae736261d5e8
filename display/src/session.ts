// Who is signed in: the access token lives in memory only and is refreshed (with the HttpOnly refresh cookie)
// a minute before it expires; a page reload resumes the session from the cookie.
import type { ApolloClient } from '@apollo/client';
import { ApiError, mutate, TokenSource, withOneRetry } from './api';
import { AuthPayload, LOGIN, LOGOUT, REFRESH, SignedInUser } from './operations';

const REFRESH_MARGIN_MS = 60_000;

export class Session implements TokenSource {
  private token: string | null = null;
  private expiresAt = 0;
  private margin = REFRESH_MARGIN_MS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<string | null> | null = null;
  user: SignedInUser | null = null;
  /** Called when the session ended on the server side (refresh refused): the page shows the sign-in form. */
  onEnded: () => void = () => undefined;

  constructor(private readonly client: () => ApolloClient) {}

  current(): string | null {
    return this.token;
  }

  /** The token, refreshed first when it expires within a minute. */
  async fresh(): Promise<string | null> {
    if (this.token && Date.now() < this.expiresAt - this.margin) return this.token;
    return this.refresh();
  }

  async login(nik: string, password: string): Promise<SignedInUser> {
    const data = await mutate<{ login: AuthPayload }>(this.client(), LOGIN, { nik, password });
    return this.accept(data.login);
  }

  /** Resumes from the refresh cookie; null when there is no valid one. */
  async resume(): Promise<SignedInUser | null> {
    await this.refresh();
    return this.user;
  }

  async logout(): Promise<void> {
    clearTimeout(this.timer);
    await mutate(this.client(), LOGOUT).catch(() => undefined);
    this.token = null;
    this.user = null;
  }

  private refresh(): Promise<string | null> {
    // One refresh at a time: the cookie rotates, and presenting a rotated token again ends the session family.
    this.refreshing ??= withOneRetry(() => mutate<{ refreshToken: AuthPayload }>(this.client(), REFRESH))
      .then((data) => this.accept(data.refreshToken) && this.token)
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') {
          const wasSignedIn = this.user !== null;
          this.token = null;
          this.user = null;
          if (wasSignedIn) this.onEnded();
          return null;
        }
        throw error;
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  private accept(payload: AuthPayload): SignedInUser {
    this.token = payload.accessToken;
    this.expiresAt = Date.now() + payload.expiresIn * 1000;
    // A minute early, or a quarter of the lifetime for short-lived tokens.
    this.margin = Math.min(REFRESH_MARGIN_MS, payload.expiresIn * 250);
    this.user = payload.user;
    clearTimeout(this.timer);
    const wait = payload.expiresIn * 1000 - this.margin;
    this.timer = setTimeout(() => void this.refresh().catch(() => undefined), wait);
    return payload.user;
  }
}
