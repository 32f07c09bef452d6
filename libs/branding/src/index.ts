export { BrandingModule } from './branding.module.js';
