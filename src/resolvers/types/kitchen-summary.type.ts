// The kitchen's count, named as in the contract (KitchenSummary, ShiftKitchenSummary, ...).
import { Field, Int, ObjectType } from 'type-graphql';
import { Department, Shift } from '../../entities';
import { OrderStatus } from '../../entities/enums';
import { DateScalar, DateTimeScalar } from '../../common/scalars';

@ObjectType()
export class StatusCount {
  @Field(() => OrderStatus)
  status: OrderStatus;

  @Field(() => Int)
  orders: number;

  @Field(() => Int)
  meals: number;
}

@ObjectType()
export class DepartmentKitchenCount {
  /** Resolved to `department` through the request's DataLoader. */
  departmentId: number;

  @Field(() => Department)
  department?: Department;

  @Field(() => [StatusCount])
  byStatus: StatusCount[];

  @Field(() => Int)
  mealsToPrepare: number;

  @Field(() => Int)
  mealsToDeliver: number;
}

@ObjectType()
export class ShiftKitchenSummary {
  @Field(() => Shift)
  shift: Shift;

  @Field(() => DateTimeScalar, { nullable: true, description: 'null when the shift has no cut-off' })
  orderingClosesAt: Date | null;

  @Field(() => [StatusCount])
  byStatus: StatusCount[];

  @Field(() => Int, { description: 'MENUNGGU + IN_PROGRESS + MENUNGGU_PERSETUJUAN' })
  mealsToPrepare: number;

  @Field(() => Int, { description: 'READY + ON_DELIVERY' })
  mealsToDeliver: number;

  @Field(() => [DepartmentKitchenCount])
  byDepartment: DepartmentKitchenCount[];
}

@ObjectType()
export class KitchenSummary {
  @Field(() => DateScalar)
  tanggal: string;

  @Field(() => [ShiftKitchenSummary])
  shifts: ShiftKitchenSummary[];
}
