export { CustomDomainsService } from './custom-domains.service.js';
export { DomainsModule } from './domains.module.js';
