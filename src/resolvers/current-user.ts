// The signed-in caller. Shield has already refused anonymous callers of every field that uses this.
import { AuthUser, Context } from '../context/request-context';
import { UnauthenticatedError } from '../common/errors';

export function currentUser(ctx: Context): AuthUser {
  if (!ctx.user) throw new UnauthenticatedError(ctx.authError ?? undefined);
  return ctx.user;
}
