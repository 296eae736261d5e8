// Inputs and pages of user administration.
import { IsEnum, IsInt, IsOptional, IsPositive, Length, Matches, MaxLength } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { Karyawan } from '../../entities';
import { Role } from '../../entities/enums';
import { PageType } from '../page.type';

const NOT_BLANK = /\S/;

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @Length(1, 50, { message: 'nomorIndukKaryawan must be 1 to 50 characters' })
  @Matches(/^[A-Za-z0-9._-]+$/, {
    message: 'nomorIndukKaryawan may contain only letters, digits, dot, dash and underscore',
  })
  nomorIndukKaryawan: string;

  @Field(() => String)
  @Length(1, 150, { message: 'namaLengkap must be 1 to 150 characters' })
  @Matches(NOT_BLANK, { message: 'namaLengkap must not be blank' })
  namaLengkap: string;

  @Field(() => String)
  @Length(8, 128, { message: 'password must be 8 to 128 characters' })
  password: string;

  @Field(() => Role)
  @IsEnum(Role)
  role: Role;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @IsPositive()
  departmentId?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @IsPositive()
  jabatanId?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  keterangan?: string | null;
}

@InputType()
export class UpdateUserProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 150, { message: 'namaLengkap must be 1 to 150 characters' })
  @Matches(NOT_BLANK, { message: 'namaLengkap must not be blank' })
  namaLengkap?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @IsPositive()
  departmentId?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @IsPositive()
  jabatanId?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  keterangan?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => Role, { nullable: true })
  @IsOptional()
  @IsEnum(Role)
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  isActive?: boolean | null;

  @Field(() => Int, { nullable: true })
  departmentId?: number | null;

  @Field(() => String, { nullable: true, description: 'case-insensitive substring of NIK or name' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

export const UserPage = PageType('UserPage', Karyawan);
