import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsString, Length, Max, MaxLength, Min } from 'class-validator';

import { Optional } from '#tutti/common';

export class RaiseQuantityDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  @Max(100)
  quantity: number;
}

export class AdminAnswerDto {
  @ApiProperty({ enum: ['accept', 'decline'] })
  @IsIn(['accept', 'decline'], { message: 'answer must be accept or decline' })
  answer: 'accept' | 'decline';

  @ApiPropertyOptional({ example: 'Answered by phone' })
  @Optional()
  @IsString()
  @MaxLength(1000)
  message?: string;
}

/**
 * A file for a need: as multipart/form-data (the `file` part, up to 10 MB, and `sendTiming`),
 * or as JSON with the content base64-encoded (fileName, mimeType and contentBase64 then).
 */
export class UploadNeedFileDto {
  @ApiPropertyOptional({ example: 'Violin 2 - Sibelius 2.pdf', description: 'JSON form only' })
  @Optional()
  @IsString()
  @Length(1, 200)
  fileName?: string;

  @ApiPropertyOptional({ example: 'application/pdf', description: 'JSON form only' })
  @Optional()
  @IsString()
  @Length(3, 100)
  mimeType?: string;

  @ApiPropertyOptional({ description: 'JSON form only: the file, base64-encoded (at most 10 MB)' })
  @Optional()
  @IsString()
  @Length(4, 14_000_000)
  contentBase64?: string;

  @ApiProperty({
    enum: ['on_request', 'after_accept'],
    description: 'With the request, or only with the confirmation after accepting',
  })
  @IsIn(['on_request', 'after_accept'], {
    message: 'sendTiming must be on_request or after_accept',
  })
  sendTiming: 'on_request' | 'after_accept';
}

export class CompleteNeedDto {
  @ApiPropertyOptional({
    description: 'Complete the need although places are still open',
    default: false,
  })
  @Optional()
  @IsBoolean()
  confirmUnfilled?: boolean;
}
