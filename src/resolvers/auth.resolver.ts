// Sign-in, token refresh, logout, the caller's own profile and password.
import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { changePassword, login, logout, refreshSession, Session } from '../auth/auth.service';
import { Context } from '../context/request-context';
import { clearRefreshCookie, refreshCookie, setRefreshCookie } from '../auth/cookies';
import { Karyawan } from '../entities';
import { ClientType } from '../entities/enums';
import { NotFoundError } from '../common/errors';
import { currentUser } from './current-user';
import { AuthPayload, ChangePasswordInput, LoginInput } from './types/auth.type';

/** WEB clients get the refresh token as a cookie only; MOBILE clients in the body only. */
function payload(ctx: Context, session: Session, clientType: ClientType): AuthPayload {
  if (clientType === ClientType.WEB) setRefreshCookie(ctx.res, ctx.deps.config, session.refreshToken);
  return {
    accessToken: session.accessToken,
    expiresIn: session.expiresIn,
    user: session.user,
    refreshToken: clientType === ClientType.MOBILE ? session.refreshToken : null,
    mustChangePassword: session.mustChangePassword,
  };
}

@Resolver()
export class AuthResolver {
  @Query(() => Karyawan)
  async me(@Ctx() ctx: Context): Promise<Karyawan> {
    const user = await ctx.loaders.karyawan.load(currentUser(ctx).karyawanId);
    if (!user) throw new NotFoundError('User not found');
    return user;
  }

  @Mutation(() => AuthPayload)
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: Context): Promise<AuthPayload> {
    const session = await login(ctx.deps, input.nik.trim(), input.password);
    return payload(ctx, session, input.clientType ?? ClientType.WEB);
  }

  @Mutation(() => AuthPayload, {
    description: 'uses the refreshToken argument if given, else the refreshToken cookie; rotates it',
  })
  async refreshToken(
    @Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null,
    @Ctx() ctx: Context,
  ): Promise<AuthPayload> {
    // A token in the body is a MOBILE client's; one from the cookie is a WEB client's, and goes back the same way.
    const fromBody = refreshToken ?? null;
    try {
      const session = await refreshSession(ctx.deps, fromBody ?? refreshCookie(ctx.req));
      return payload(ctx, session, fromBody ? ClientType.MOBILE : ClientType.WEB);
    } catch (error) {
      if (!fromBody) clearRefreshCookie(ctx.res, ctx.deps.config);
      throw error;
    }
  }

  @Mutation(() => Boolean, { description: 'revokes the presented refresh token and clears the cookie' })
  async logout(
    @Arg('refreshToken', () => String, { nullable: true }) refreshToken: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await logout(ctx.deps, refreshToken ?? refreshCookie(ctx.req));
    clearRefreshCookie(ctx.res, ctx.deps.config);
    return true;
  }

  @Mutation(() => Boolean)
  async changePassword(
    @Arg('input', () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    await changePassword(ctx.deps, currentUser(ctx).karyawanId, input.currentPassword, input.newPassword);
    return true;
  }
}
