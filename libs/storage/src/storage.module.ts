import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';

import { APP_CONFIG, type AppConfig } from '#tutti/common';

import { DownloadLinks } from './download-links.js';
import { FileStore } from './file-store.js';
import { LocalDiskStore } from './local-disk-store.js';
import { S3Store } from './s3-store.js';

/** The file store the configuration names (FILE_STORAGE), and signed download links. */
@Global()
@Module({
  providers: [
    {
      provide: FileStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): FileStore =>
        config.storage.kind === 's3'
          ? new S3Store(config.storage.s3)
          : new LocalDiskStore(config.storage.dir),
    },
    DownloadLinks,
  ],
  exports: [FileStore, DownloadLinks],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(@Inject(FileStore) private readonly store: FileStore) {}

  onApplicationShutdown(): void {
    if (this.store instanceof S3Store) this.store.destroy();
  }
}
