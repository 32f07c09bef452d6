import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiConsumes,
  ApiCreatedResponse,
  ApiExcludeEndpoint,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';

import { Public, RequiresPermission } from '#tutti/auth';
import { ParseIdPipe } from '#tutti/common';
import type { UploadedPart } from '#tutti/storage';

import { sendDownload } from './download-response.js';
import {
  AssignPartDto,
  CreatePartDto,
  CreatePieceDto,
  ListPiecesQuery,
  UpdatePieceDto,
  UploadFileDto,
} from './dto/library.dto.js';
import {
  AssignmentList,
  DownloadLinkView,
  LibraryPieceDetailView,
  LibraryPiecePage,
  MusicFileView,
} from './dto/library.views.js';
import { LibraryService } from './library.service.js';
import { LIBRARY_UPLOAD_LIMITS, LibraryFilesService } from './library-files.service.js';

@ApiTags('library')
@ApiBearerAuth()
@RequiresPermission('library.read')
@Controller('api/library')
export class LibraryController {
  constructor(
    private readonly library: LibraryService,
    private readonly files: LibraryFilesService,
  ) {}

  @ApiOperation({ summary: 'Pieces by title, or the best matches of a search (q)' })
  @ApiOkResponse({ type: LibraryPiecePage })
  @Get('pieces')
  list(@Query() q: ListPiecesQuery) {
    return this.library.list(q);
  }

  @ApiOperation({ summary: 'Add a piece (composer, arranger, publisher by name)' })
  @ApiCreatedResponse({ type: LibraryPieceDetailView })
  @RequiresPermission('library.write')
  @Post('pieces')
  create(@Body() dto: CreatePieceDto) {
    return this.library.create(dto);
  }

  @ApiOperation({ summary: 'A piece with its files and parts' })
  @ApiOkResponse({ type: LibraryPieceDetailView })
  @Get('pieces/:pieceId')
  get(@Param('pieceId') pieceId: string) {
    return this.library.get(pieceId);
  }

  @ApiOperation({ summary: 'Change a piece (null clears a field); archive it' })
  @ApiOkResponse({ type: LibraryPieceDetailView })
  @RequiresPermission('library.write')
  @Patch('pieces/:pieceId')
  update(@Param('pieceId') pieceId: string, @Body() dto: UpdatePieceDto) {
    return this.library.update(pieceId, dto);
  }

  @ApiOperation({ summary: 'Upload a score, part, recording or licence (multipart "file")' })
  @ApiConsumes('multipart/form-data')
  @ApiCreatedResponse({ type: MusicFileView })
  @RequiresPermission('library.write')
  @Post('pieces/:pieceId/files')
  @UseInterceptors(FileInterceptor('file', { limits: LIBRARY_UPLOAD_LIMITS }))
  upload(
    @Param('pieceId') pieceId: string,
    @Body() dto: UploadFileDto,
    @UploadedFile() file: UploadedPart | undefined,
  ) {
    return this.files.upload(pieceId, dto, file);
  }

  @ApiOperation({ summary: 'Delete a file (its bytes too)' })
  @ApiNoContentResponse()
  @RequiresPermission('library.write')
  @Delete('files/:fileId')
  @HttpCode(204)
  deleteFile(@Param('fileId') fileId: string) {
    return this.files.deleteFile(fileId);
  }

  @ApiOperation({ summary: 'A short-lived download link for a file' })
  @ApiCreatedResponse({ type: DownloadLinkView })
  @Post('files/:fileId/link')
  link(@Param('fileId') fileId: string) {
    return this.files.link(fileId);
  }

  @ApiOperation({ summary: "Add an instrument's part to a piece" })
  @ApiCreatedResponse({ type: LibraryPieceDetailView })
  @RequiresPermission('library.write')
  @Post('pieces/:pieceId/parts')
  addPart(@Param('pieceId') pieceId: string, @Body() dto: CreatePartDto) {
    return this.files.addPart(pieceId, dto);
  }

  @ApiOperation({ summary: 'Remove a part (its assignments go with it)' })
  @ApiNoContentResponse()
  @RequiresPermission('library.write')
  @Delete('parts/:partId')
  @HttpCode(204)
  deletePart(@Param('partId') partId: string) {
    return this.files.deletePart(partId);
  }

  @ApiOperation({ summary: 'Hand a part to members for an event that plays the piece' })
  @ApiCreatedResponse({ type: AssignmentList })
  @RequiresPermission('library.write')
  @Post('assignments')
  assign(@Body() dto: AssignPartDto) {
    return this.files.assign(dto);
  }

  @ApiOperation({ summary: "An event's assigned parts" })
  @ApiOkResponse({ type: AssignmentList })
  @Get('events/:eventId/assignments')
  assignments(@Param('eventId') eventId: string) {
    return this.files.assignments(eventId);
  }

  @ApiOperation({ summary: 'Take an assignment back' })
  @ApiNoContentResponse()
  @RequiresPermission('library.write')
  @Delete('assignments/:id')
  @HttpCode(204)
  unassign(@Param('id', ParseIdPipe) id: number) {
    return this.files.unassign(id);
  }
}

/** Where a signed link leads: the file, once its link is checked; logged. */
@Controller('files')
export class DownloadsController {
  constructor(private readonly files: LibraryFilesService) {}

  @ApiExcludeEndpoint()
  @Public()
  @Get(':token')
  async download(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    sendDownload(
      res,
      await this.files.download(token, req.ip ?? null, req.get('user-agent') ?? null),
    );
  }
}
