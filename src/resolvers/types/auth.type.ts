// Inputs and payloads of sign-in, token refresh and password change.
import { IsEnum, IsNotEmpty, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { Karyawan } from '../../entities';
import { ClientType } from '../../entities/enums';

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'nik is required' })
  @MaxLength(50)
  nik: string;

  @Field(() => String)
  @IsNotEmpty({ message: 'password is required' })
  @MaxLength(128)
  password: string;

  @Field(() => ClientType, { nullable: true, defaultValue: ClientType.WEB })
  @IsOptional()
  @IsEnum(ClientType)
  clientType?: ClientType;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'currentPassword is required' })
  @MaxLength(128)
  currentPassword: string;

  @Field(() => String)
  @Length(8, 128, { message: 'newPassword must be 8 to 128 characters' })
  newPassword: string;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  accessToken: string;

  @Field(() => Int, { description: 'seconds until accessToken expires' })
  expiresIn: number;

  @Field(() => Karyawan)
  user: Karyawan;

  @Field(() => String, {
    nullable: true,
    description: 'only for ClientType MOBILE; null for WEB (the cookie carries it)',
  })
  refreshToken: string | null;

  @Field(() => Boolean, {
    description:
      'true when the user must change the password (after a reset, or a first administrator) before anything else',
  })
  mustChangePassword: boolean;
}

@ObjectType()
export class ResetPasswordPayload {
  @Field(() => Karyawan)
  user: Karyawan;

  @Field(() => String, { description: 'shown once; the user must change it at next login' })
  temporaryPassword: string;
}
