// Master data: every signed-in role reads it, administrators change it.
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Context } from '../context/request-context';
import { Department, Jabatan, Lokasi, Shift } from '../entities';
import { DateScalar, DateTimeScalar } from '../common/scalars';
import {
  createMasterData,
  deleteMasterData,
  masterKinds,
  updateMasterData,
} from '../services/master-data.service';
import { orderingClosesAt } from '../domain/orders/ordering-cutoff';
import { currentUser } from './current-user';
import { DepartmentInput, JabatanInput, LokasiInput, ShiftInput } from './types/master-data.type';

const actor = (ctx: Context) => currentUser(ctx).karyawanId;

@Resolver()
export class MasterDataResolver {
  @Query(() => [Department])
  departments(@Ctx() ctx: Context): Promise<Department[]> {
    return ctx.deps.dataSource.getRepository(Department).find({ order: { namaDivisi: 'ASC' } });
  }

  @Query(() => [Jabatan])
  jabatan(
    @Ctx() ctx: Context,
    @Arg('departmentId', () => Int, { nullable: true }) departmentId: number | null,
  ): Promise<Jabatan[]> {
    return ctx.deps.dataSource.getRepository(Jabatan).find({
      where: departmentId == null ? {} : { departmentId },
      order: { namaJabatan: 'ASC', id: 'ASC' },
    });
  }

  @Query(() => [Shift])
  shifts(@Ctx() ctx: Context): Promise<Shift[]> {
    return ctx.deps.dataSource.getRepository(Shift).find({ order: { jamMulai: 'ASC', id: 'ASC' } });
  }

  @Query(() => [Lokasi])
  lokasi(@Ctx() ctx: Context): Promise<Lokasi[]> {
    return ctx.deps.dataSource.getRepository(Lokasi).find({ order: { namaLokasi: 'ASC' } });
  }

  @Mutation(() => Department)
  createDepartment(@Ctx() ctx: Context, @Arg('input', () => DepartmentInput) input: DepartmentInput) {
    return createMasterData(ctx.deps, actor(ctx), masterKinds.department, input);
  }

  @Mutation(() => Department)
  updateDepartment(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('input', () => DepartmentInput) input: DepartmentInput,
  ) {
    return updateMasterData(ctx.deps, actor(ctx), masterKinds.department, id, input);
  }

  @Mutation(() => Boolean)
  deleteDepartment(@Ctx() ctx: Context, @Arg('id', () => Int) id: number) {
    return deleteMasterData(ctx.deps, actor(ctx), masterKinds.department, id);
  }

  @Mutation(() => Jabatan)
  createJabatan(@Ctx() ctx: Context, @Arg('input', () => JabatanInput) input: JabatanInput) {
    return createMasterData(ctx.deps, actor(ctx), masterKinds.jabatan, input);
  }

  @Mutation(() => Jabatan)
  updateJabatan(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('input', () => JabatanInput) input: JabatanInput,
  ) {
    return updateMasterData(ctx.deps, actor(ctx), masterKinds.jabatan, id, input);
  }

  @Mutation(() => Boolean)
  deleteJabatan(@Ctx() ctx: Context, @Arg('id', () => Int) id: number) {
    return deleteMasterData(ctx.deps, actor(ctx), masterKinds.jabatan, id);
  }

  @Mutation(() => Shift)
  createShift(@Ctx() ctx: Context, @Arg('input', () => ShiftInput) input: ShiftInput) {
    return createMasterData(ctx.deps, actor(ctx), masterKinds.shift, input);
  }

  @Mutation(() => Shift)
  updateShift(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('input', () => ShiftInput) input: ShiftInput,
  ) {
    return updateMasterData(ctx.deps, actor(ctx), masterKinds.shift, id, input);
  }

  @Mutation(() => Boolean)
  deleteShift(@Ctx() ctx: Context, @Arg('id', () => Int) id: number) {
    return deleteMasterData(ctx.deps, actor(ctx), masterKinds.shift, id);
  }

  @Mutation(() => Lokasi)
  createLokasi(@Ctx() ctx: Context, @Arg('input', () => LokasiInput) input: LokasiInput) {
    return createMasterData(ctx.deps, actor(ctx), masterKinds.lokasi, input);
  }

  @Mutation(() => Lokasi)
  updateLokasi(
    @Ctx() ctx: Context,
    @Arg('id', () => Int) id: number,
    @Arg('input', () => LokasiInput) input: LokasiInput,
  ) {
    return updateMasterData(ctx.deps, actor(ctx), masterKinds.lokasi, id, input);
  }

  @Mutation(() => Boolean)
  deleteLokasi(@Ctx() ctx: Context, @Arg('id', () => Int) id: number) {
    return deleteMasterData(ctx.deps, actor(ctx), masterKinds.lokasi, id);
  }
}

@Resolver(() => Jabatan)
export class JabatanFieldsResolver {
  @FieldResolver(() => Department, { nullable: true })
  department(@Root() jabatan: Jabatan, @Ctx() ctx: Context): Promise<Department | null> | null {
    return jabatan.departmentId == null ? null : ctx.loaders.department.load(jabatan.departmentId);
  }
}

@Resolver(() => Shift)
export class ShiftFieldsResolver {
  /**
   * The cut-off createOrder (ORDERING_CLOSED) and kitchenSummary apply, from the one function that computes it.
   * Planned order reads put jamMulai and batasPesanMenit on the shift for it (order-plan.ts, COMPUTED).
   */
  @FieldResolver(() => DateTimeScalar, {
    nullable: true,
    description:
      'when ordering for this shift on that business date closes (APP_TIMEZONE); null: no cut-off. Any signed-in user.',
  })
  orderingClosesAt(
    @Root() shift: Pick<Shift, 'jamMulai' | 'batasPesanMenit'>,
    @Arg('tanggal', () => DateScalar) tanggal: string,
    @Ctx() ctx: Context,
  ): Date | null {
    return orderingClosesAt(shift, tanggal, ctx.deps.config.appTimezone);
  }
}
