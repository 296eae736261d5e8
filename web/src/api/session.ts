// Who is signed in: the access token lives in memory only and is renewed with the HttpOnly refresh cookie before
// it expires; a page reload resumes the session from the cookie. Listeners hear every change (sign-in, forced
// password change done, session ended with its reason).
import type { ApolloClient } from '@apollo/client';
import type { SignedInUserFieldsFragment } from '../gql/graphql';
import { ApiError, problemOf } from './errors';
import { LoginDoc, LogoutDoc, RefreshDoc } from './operations';

const REFRESH_MARGIN_MS = 60_000;

export type SignedInUser = SignedInUserFieldsFragment;

/** Why a session is over: signed out here, or ended elsewhere (expired, deactivated, revoked). */
export type EndReason = 'signedOut' | 'ended';

export interface SessionState {
  user: SignedInUser | null;
  mustChangePassword: boolean;
  /** Set when the session ended without the person signing out here. */
  endReason: EndReason | null;
}

interface AuthAnswer {
  accessToken: string;
  expiresIn: number;
  mustChangePassword: boolean;
  user: SignedInUser;
}

export class Session {
  private token: string | null = null;
  private expiresAt = 0;
  private margin = REFRESH_MARGIN_MS;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private refreshing: Promise<string | null> | null = null;
  private listeners = new Set<() => void>();
  state: SessionState = { user: null, mustChangePassword: false, endReason: null };
  client: ApolloClient | null = null;

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: Partial<SessionState>): void {
    this.state = { ...this.state, ...state };
    for (const listener of this.listeners) listener();
  }

  private apollo(): ApolloClient {
    if (!this.client) throw new Error('the session has no client yet');
    return this.client;
  }

  current(): string | null {
    return this.token;
  }

  /** The token, renewed first when it expires within the margin. */
  async fresh(): Promise<string | null> {
    if (this.token && Date.now() < this.expiresAt - this.margin) return this.token;
    return this.refresh();
  }

  async login(nik: string, password: string): Promise<SignedInUser> {
    const result = await this.apollo()
      .mutate({ mutation: LoginDoc, variables: { nik, password } })
      .catch((error: unknown) => {
        throw new ApiError(problemOf(error));
      });
    if (!result.data) throw new ApiError({ code: 'NETWORK', message: '', extensions: {} });
    return this.accept(result.data.login);
  }

  /** Resumes from the refresh cookie; null when there is none (or it is no longer valid). */
  async resume(): Promise<SignedInUser | null> {
    await this.refresh().catch(() => null);
    return this.state.user;
  }

  async logout(): Promise<void> {
    clearTimeout(this.timer);
    await this.apollo()
      .mutate({ mutation: LogoutDoc })
      .catch(() => undefined);
    this.token = null;
    await this.apollo().clearStore();
    this.set({ user: null, mustChangePassword: false, endReason: 'signedOut' });
  }

  /** Renews the access token now (the server refused the current one); ends the session when refused too. */
  renew(): Promise<string | null> {
    return this.state.user ? this.refresh() : Promise.resolve(null);
  }

  /** The password was changed: the session goes on, without the forced change. */
  passwordChanged(): void {
    this.set({ mustChangePassword: false });
  }

  /** The API refused the token (deactivated, session revoked): sign-in screen with a reason. */
  ended(): void {
    if (!this.state.user) return;
    clearTimeout(this.timer);
    this.token = null;
    void this.client?.clearStore();
    this.set({ user: null, mustChangePassword: false, endReason: 'ended' });
  }

  private refresh(): Promise<string | null> {
    // One renewal at a time: the cookie rotates, and presenting a rotated token again ends the whole session.
    this.refreshing ??= this.apollo()
      .mutate({ mutation: RefreshDoc })
      .then((result) => {
        if (!result.data) return null;
        this.accept(result.data.refreshToken);
        return this.token;
      })
      .catch((error: unknown) => {
        const problem = problemOf(error);
        if (problem.code === 'UNAUTHENTICATED') {
          this.ended();
          return null;
        }
        throw new ApiError(problem);
      })
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  private accept(payload: AuthAnswer): SignedInUser {
    this.token = payload.accessToken;
    this.expiresAt = Date.now() + payload.expiresIn * 1000;
    this.margin = Math.min(REFRESH_MARGIN_MS, payload.expiresIn * 250);
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => void this.refresh().catch(() => undefined),
      payload.expiresIn * 1000 - this.margin,
    );
    this.set({ user: payload.user, mustChangePassword: payload.mustChangePassword, endReason: null });
    return payload.user;
  }
}
