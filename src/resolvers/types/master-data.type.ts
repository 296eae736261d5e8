// Inputs of master data: departments, jabatan, shifts and lokasi.
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsPositive,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

const NOT_BLANK = /\S/;
const HOURS_MINUTES = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A cut-off at most one day before the shift starts. */
const MAX_CUTOFF_MINUTES = 1440;

@InputType()
export class DepartmentInput {
  @Field(() => String)
  @Length(1, 100, { message: 'namaDivisi must be 1 to 100 characters' })
  @Matches(NOT_BLANK, { message: 'namaDivisi must not be blank' })
  namaDivisi: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  keterangan?: string | null;
}

@InputType()
export class JabatanInput {
  @Field(() => String)
  @Length(1, 100, { message: 'namaJabatan must be 1 to 100 characters' })
  @Matches(NOT_BLANK, { message: 'namaJabatan must not be blank' })
  namaJabatan: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @IsPositive()
  departmentId?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  keterangan?: string | null;
}

@InputType()
export class ShiftInput {
  @Field(() => String)
  @Length(1, 50, { message: 'namaShift must be 1 to 50 characters' })
  @Matches(NOT_BLANK, { message: 'namaShift must not be blank' })
  namaShift: string;

  @Field(() => String)
  @Matches(HOURS_MINUTES, { message: 'jamMulai must be a time HH:mm' })
  jamMulai: string;

  @Field(() => String)
  @Matches(HOURS_MINUTES, { message: 'jamSelesai must be a time HH:mm' })
  jamSelesai: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'minutes before jamMulai that ordering closes (0..1440); null: no cut-off; omitted: unchanged',
  })
  @IsOptional()
  @IsInt({ message: 'batasPesanMenit must be a whole number of minutes' })
  @Min(0, { message: 'batasPesanMenit must be between 0 and 1440' })
  @Max(MAX_CUTOFF_MINUTES, { message: 'batasPesanMenit must be between 0 and 1440' })
  batasPesanMenit?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  keterangan?: string | null;
}

@InputType()
export class LokasiInput {
  @Field(() => String)
  @Length(1, 100, { message: 'namaLokasi must be 1 to 100 characters' })
  @Matches(NOT_BLANK, { message: 'namaLokasi must not be blank' })
  namaLokasi: string;

  @Field(() => String)
  @Length(1, 500, { message: 'alamat must be 1 to 500 characters' })
  @Matches(NOT_BLANK, { message: 'alamat must not be blank' })
  alamat: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  keterangan?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @IsOptional()
  @IsBoolean()
  isActive?: boolean;
}
