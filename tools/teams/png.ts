// RGBA images to and from PNG, through pngjs (a well-kept encoder/decoder with CRC checks).
import { PNG } from 'pngjs';

export interface RgbaImage {
  width: number;
  height: number;
  /** width × height × 4 bytes, row by row, non-premultiplied RGBA. */
  pixels: Uint8Array;
}

export function encodePng(image: RgbaImage): Buffer {
  const png = new PNG({ width: image.width, height: image.height, colorType: 6 });
  png.data = Buffer.from(image.pixels.buffer, image.pixels.byteOffset, image.pixels.byteLength);
  // Fixed settings so the package is reproducible byte for byte.
  return PNG.sync.write(png, { colorType: 6, deflateLevel: 9, filterType: 4 });
}

export function decodePng(png: Buffer): RgbaImage {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.data) };
}
