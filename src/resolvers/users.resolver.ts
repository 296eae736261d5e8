// User administration (administrators) and the User type's nested fields.
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context/request-context';
import { Department, Jabatan, Karyawan } from '../entities';
import { Role } from '../entities/enums';
import * as users from '../services/users.service';
import { currentUser } from './current-user';
import { ResetPasswordPayload } from './types/auth.type';
import { CreateUserInput, UpdateUserProfileInput, UserFilter, UserPage } from './types/user.type';

@Resolver(() => Karyawan)
export class UsersResolver {
  @Query(() => UserPage)
  users(
    @Ctx() ctx: Context,
    @Arg('filter', () => UserFilter, { nullable: true }) filter: UserFilter | null,
    @Arg('page', () => Int, { nullable: true, defaultValue: 1 }) page: number,
    @Arg('limit', () => Int, { nullable: true, defaultValue: 50 }) limit: number,
  ) {
    return users.listUsers(ctx.deps, filter ?? {}, page, limit);
  }

  @Query(() => Karyawan, { nullable: true })
  user(@Ctx() ctx: Context, @Arg('id', () => Int) id: number): Promise<Karyawan | null> {
    return ctx.loaders.karyawan.load(id);
  }

  @Mutation(() => Karyawan)
  createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput) input: CreateUserInput,
  ): Promise<Karyawan> {
    return users.createUser(ctx.deps, currentUser(ctx).karyawanId, input);
  }

  @Mutation(() => Karyawan)
  updateUserStatus(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('isActive', () => Boolean) isActive: boolean,
  ): Promise<Karyawan> {
    return users.updateUserStatus(ctx.deps, currentUser(ctx).karyawanId, id, isActive);
  }

  @Mutation(() => Karyawan)
  updateUserRole(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('role', () => Role) role: Role,
  ): Promise<Karyawan> {
    return users.updateUserRole(ctx.deps, currentUser(ctx).karyawanId, id, role);
  }

  @Mutation(() => Karyawan)
  updateUserProfile(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('input', () => UpdateUserProfileInput) input: UpdateUserProfileInput,
  ): Promise<Karyawan> {
    return users.updateUserProfile(ctx.deps, currentUser(ctx).karyawanId, id, input);
  }

  @Mutation(() => ResetPasswordPayload)
  resetUserPassword(@Ctx() ctx: Context, @Arg('id', () => Int) id: number): Promise<ResetPasswordPayload> {
    return users.resetUserPassword(ctx.deps, currentUser(ctx).karyawanId, id);
  }

  @FieldResolver(() => Department, { nullable: true })
  department(@Root() karyawan: Karyawan, @Ctx() ctx: Context): Promise<Department | null> | null {
    return karyawan.departmentId == null ? null : ctx.loaders.department.load(karyawan.departmentId);
  }

  @FieldResolver(() => Jabatan, { nullable: true })
  jabatan(@Root() karyawan: Karyawan, @Ctx() ctx: Context): Promise<Jabatan | null> | null {
    return karyawan.jabatanId == null ? null : ctx.loaders.jabatan.load(karyawan.jabatanId);
  }
}
