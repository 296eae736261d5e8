// Inputs and pages of orders.
import { IsInt, IsOptional, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Order } from '../../entities';
import { ApprovalStatus, OrderStatus } from '../../entities/enums';
import { DateScalar } from '../../common/scalars';
import { PageInfo, PageType } from '../page.type';

@InputType()
export class CreateOrderInput {
  @Field(() => Int)
  @IsInt()
  shiftId: number;

  @Field(() => Int)
  @IsInt({ message: 'jumlahPesanan must be an integer' })
  jumlahPesanan: number;

  @Field(() => DateScalar, { nullable: true, description: 'defaults to today in APP_TIMEZONE' })
  tanggalPesanan?: string | null;
}

@InputType()
export class OrderFilter {
  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatus | null;

  @Field(() => Int, { nullable: true })
  departmentId?: number | null;

  @Field(() => Int, { nullable: true })
  shiftId?: number | null;

  @Field(() => DateScalar, { nullable: true })
  tanggalMulai?: string | null;

  @Field(() => DateScalar, { nullable: true })
  tanggalAkhir?: string | null;

  @Field(() => String, { nullable: true, description: 'substring of kodePesanan' })
  @IsOptional()
  @MaxLength(50)
  search?: string | null;

  @Field(() => Boolean, { nullable: true })
  requiresApproval?: boolean | null;

  @Field(() => ApprovalStatus, { nullable: true })
  approvalStatus?: ApprovalStatus | null;
}

@ObjectType('OrderPage')
export class OrderPage extends PageType('OrderPageEnvelope', Order) {
  @Field(() => String, {
    nullable: true,
    description:
      "the event stream's position as of this read: subscribe with after: cursor to miss nothing since",
  })
  cursor: string | null;

  @Field(() => PageInfo, {
    description:
      'cursors of this page for first/after and last/before (not the event stream position `cursor`)',
  })
  pageInfo: PageInfo;
}
