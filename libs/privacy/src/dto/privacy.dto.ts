import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsEmail, IsInt, Max, MaxLength, Min } from 'class-validator';

import { Optional } from '#tutti/common';

export class EraseWaitlistDto {
  @ApiProperty({ description: 'Every waitlist entry of this address is erased' })
  @IsDefined({ message: '$property is required' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email: string;
}

export class RetentionPeriodsDto {
  @ApiProperty({ example: 365, description: 'Download log kept this many days' })
  @IsInt()
  @Min(30)
  @Max(3650)
  downloadLogDays: number;

  @ApiProperty({ example: 730, description: 'Messages sent and received kept this many days' })
  @IsInt()
  @Min(30)
  @Max(3650)
  communicationLogDays: number;

  @ApiProperty({ example: 90, description: 'Waitlist entries kept this long after the event' })
  @IsInt()
  @Min(1)
  @Max(3650)
  waitlistDaysAfterEvent: number;

  @ApiProperty({
    example: 10,
    description: 'Former members anonymised this many years after leaving',
  })
  @IsInt()
  @Min(1)
  @Max(50)
  formerMemberYears: number;

  @ApiPropertyOptional({
    example: 730,
    description: 'Audit trail kept this many days (unchanged when left out)',
  })
  @Optional()
  @IsInt()
  @Min(30)
  @Max(3650)
  auditDays?: number;
}
