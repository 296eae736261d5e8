// The refresh-token cookie of WEB clients: HttpOnly, SameSite=Lax, Path=/, Secure in production, 7 days.
import type { Request, Response } from 'express';
import { Config, durationToSeconds } from '../config/config';

export const REFRESH_COOKIE = 'refreshToken';

export function setRefreshCookie(res: Response | undefined, config: Config, token: string): void {
  res?.cookie(REFRESH_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.nodeEnv === 'production',
    maxAge: durationToSeconds(config.jwtRefreshExpiresIn) * 1000,
  });
}

export function clearRefreshCookie(res: Response | undefined, config: Config): void {
  res?.clearCookie(REFRESH_COOKIE, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: config.nodeEnv === 'production',
  });
}

export function refreshCookie(req: Request | undefined): string | null {
  const cookies: unknown = req?.cookies;
  if (cookies && typeof cookies === 'object' && REFRESH_COOKIE in cookies) {
    const value = (cookies as Record<string, unknown>)[REFRESH_COOKIE];
    return typeof value === 'string' && value !== '' ? value : null;
  }
  return null;
}
