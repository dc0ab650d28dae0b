// The Teams package zip, through fflate. Names are checked first: no paths out of the zip, no duplicates.
import { unzipSync, zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

// A fixed timestamp keeps the zip reproducible byte for byte (fflate would stamp "now"). Local
// midnight, because zip's MS-DOS time fields are local: the bytes are the same in every time zone.
const FIXED_MTIME = new Date(2026, 0, 1);

export function writeZip(entries: ZipEntry[]): Buffer {
  const files: Zippable = {};
  for (const { name, data } of entries) {
    if (name.startsWith('/') || name.includes('..') || name.includes('\\'))
      throw new Error(`unsafe zip entry name: ${name}`);
    if (name in files) throw new Error(`duplicate zip entry: ${name}`);
    files[name] = [new Uint8Array(data), { mtime: FIXED_MTIME, level: 9 }];
  }
  return Buffer.from(zipSync(files));
}

export function readZip(zip: Buffer): ZipEntry[] {
  return Object.entries(unzipSync(new Uint8Array(zip))).map(([name, data]) => ({ name, data: Buffer.from(data) }));
}
