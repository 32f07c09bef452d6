import { type Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

/**
 * The one list envelope: `{ items, total, page, pageSize }`. `PageOf(MusicianView)` makes the
 * documented class for one item type (the API description needs a class per list).
 */
export function PageOf<T>(item: Type<T>) {
  class Page {
    @ApiProperty({ type: [item] }) items: T[];
    @ApiProperty({ description: 'Rows matching the filter, over all pages' }) total: number;
    @ApiProperty({ description: '1-based' }) page: number;
    @ApiProperty() pageSize: number;
  }
  Object.defineProperty(Page, 'name', { value: `${item.name.replace(/View$/, '')}Page` });
  return Page;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
