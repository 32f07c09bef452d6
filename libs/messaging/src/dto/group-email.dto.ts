import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class GroupEmailDto {
  @ApiProperty({ example: 'Schema för vecka 10' }) @IsString() @Length(1, 300) subject: string;
  @ApiProperty({ example: 'Hej {{firstName}}! Här kommer schemat…' })
  @IsString()
  @Length(1, 20_000)
  body: string;
}
