import fs from 'node:fs/promises';
import { errors } from '@strapi/utils';
import { messages } from '../messages';

/**
 * What the Media Library may hold: raster images, recognised by their bytes. Uploads are served from
 * the CMS's own origin, so an .html or .js (or an SVG, which can carry script) placed there would
 * run with an editor's or admin's session when opened. Strapi's own check trusts the extension when
 * the content is text (an HTML file named .png passes it); this one does not.
 */
export const IMAGE_TYPES: Record<string, readonly string[]> = {
  'image/png': ['.png'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/gif': ['.gif'],
  'image/webp': ['.webp'],
};

export const IMAGE_EXTENSIONS = new Set(Object.values(IMAGE_TYPES).flat());

interface IncomingFile {
  filepath?: string;
  path?: string;
  originalFilename?: string | null;
  name?: string;
}

async function detectedType(file: IncomingFile): Promise<string | undefined> {
  const filePath = file.filepath ?? file.path;
  if (!filePath) return undefined;
  const handle = await fs.open(filePath, 'r');
  try {
    const buffer = Buffer.alloc(4100);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    // file-type is ESM only; Node 24 loads it from this CommonJS build with require(esm).
    const { fileTypeFromBuffer } = await import('file-type');
    return (await fileTypeFromBuffer(new Uint8Array(buffer.subarray(0, bytesRead))))?.mime;
  } finally {
    await handle.close();
  }
}

/** Refuses, with a Swedish message, any file whose bytes are not one of the image types above. */
export async function assertImages(files: unknown): Promise<void> {
  const list = (Array.isArray(files) ? files : [files]).filter(Boolean) as IncomingFile[];
  for (const file of list) {
    const name = file.originalFilename ?? file.name ?? '';
    const type = await detectedType(file);
    if (!type || !IMAGE_TYPES[type]) throw new errors.ValidationError(messages.upload.onlyImages(name));
  }
}
