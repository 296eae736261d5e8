// The request context and the application's dependencies, as types: what every layer above may be handed. Built by
// auth/context.ts (buildContext) for HTTP and WebSocket alike.
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import type { Config } from '../config/config';
import type { Loaders } from '../db/loaders';
import type { ReadReplica } from '../db/read-replica';
import type { Role } from '../entities/enums';
import type { EventFeed } from '../events/feed';
import type { Logger } from '../observability/logger';

/** Application-wide dependencies, made once at start-up. */
export interface AppDeps {
  config: Config;
  dataSource: DataSource;
  clock: Clock;
  logger: Logger;
  /** The read replica for heavy reads (READ_DATABASE_URL), when configured (services/heavy-reads.ts). */
  reads?: ReadReplica;
}

export interface AuthUser {
  /** users.id */
  userId: number;
  /** master_karyawan.id: the GraphQL User id */
  karyawanId: number;
  nik: string;
  role: Role;
  departmentId: number | null;
  mustChangePassword: boolean;
  /** When the access token expires (seconds since the epoch). */
  tokenExpiresAt: number;
  /** The session (refresh-token family) the access token belongs to: logout ends it, sockets included. */
  sessionId: string;
}

export interface Context {
  requestId: string;
  deps: AppDeps;
  user: AuthUser | null;
  /** Why a presented token was not accepted; null when none was presented or it was fine. */
  authError: string | null;
  loaders: Loaders;
  /** The process's live order events; set on WebSocket operations only (subscriptions read it). */
  events?: EventFeed;
  req?: Request;
  res?: Response;
}
