// The municipality's settings from the repository's config/ (one file a fork edits, shared with the site).
import serviceConfig from '@frageladan/config';

export type { ServiceConfig } from '@frageladan/config';
export default serviceConfig;
