import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

import { Optional } from './validation.js';

/** `?page=&pageSize=` for every list route: 1-based pages of at most 200. */
export class PageQuery {
  @ApiPropertyOptional({ default: 1 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  page?: number;

  @ApiPropertyOptional({ default: 50 })
  @Optional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}

export function pageOf(q: PageQuery): { page: number; size: number; skip: number } {
  const page = q.page ?? 1;
  const size = q.pageSize ?? 50;
  return { page, size, skip: (page - 1) * size };
}
