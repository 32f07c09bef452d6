export type { DownloadGrant } from './download-links.js';
export { DownloadLinks } from './download-links.js';
export { FileStore, storageKey } from './file-store.js';
export type { UploadedPart } from './file-types.js';
export {
  assertFileType,
  assertUpload,
  FILE_TYPES,
  fileMissing,
  fileTooLarge,
} from './file-types.js';
export { LocalDiskStore } from './local-disk-store.js';
export { S3Store } from './s3-store.js';
export { StorageModule } from './storage.module.js';
