import { assertImages } from '../../security/image-only';

type UploadService = {
  upload(args: { data: unknown; files: unknown }, opts?: unknown): Promise<unknown>;
  replace(id: unknown, args: { data: unknown; file: unknown }, opts?: unknown): Promise<unknown>;
};
type Plugin = { services: Record<string, (deps: { strapi: unknown }) => UploadService> };

/**
 * Every way into the Media Library (admin upload, replace, upload from URL, the content API) ends
 * in the upload service's upload or replace: the image-only check sits there, once.
 */
export default (plugin: Plugin) => {
  const createUploadService = plugin.services.upload;
  plugin.services.upload = (deps) => {
    const service = createUploadService(deps);
    const { upload, replace } = service;
    return Object.assign(service, {
      async upload(args: { data: unknown; files: unknown }, opts?: unknown) {
        await assertImages(args.files);
        return upload.call(service, args, opts);
      },
      async replace(id: unknown, args: { data: unknown; file: unknown }, opts?: unknown) {
        await assertImages(args.file);
        return replace.call(service, id, args, opts);
      },
    });
  };
  return plugin;
};
