import type { ImageReader } from '../ocr/reader.js';
import type { ReadImage } from './adapter.js';

/**
 * Which images are read: an image with a file, in a 1:1 chat or addressed to the bot in a
 * group (WeChat images carry no @-mention, so in groups that is the JSON-lines `mention` only).
 * Unaddressed group images are never read: nobody asked, and they are other people's pictures.
 */
export function imageReading(reader: ImageReader | null): ReadImage | undefined {
  if (!reader) return undefined;
  return async (m) => {
    if (m.type !== 'image' || !m.file) return undefined;
    if (m.room && m.mention !== true) return undefined;
    return reader.read(m.file);
  };
}
