// A zip archive of files, written with Node's zlib (deflate and CRC-32): the plugin's zip without
// a `zip` program on the machine or another dependency. Enough for WordPress's installer: files
// only (folders are implied by the paths), no zip64, so under 4 GB.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

/** Every file under `dir`, sorted, so that the same files always give the same archive. */
function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/**
 * Writes `out`, holding `paths` (files or folders, relative to `base`) under their relative names.
 * Returns the archive's size in bytes.
 */
export function writeZip(out, base, paths) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  // 1980-01-01 00:00 in MS-DOS time: fixed, so the archive depends on the files alone.
  const time = 0;
  const date = (0 << 9) | (1 << 5) | 1;
  for (const file of paths.flatMap((path) => (statSync(join(base, path)).isDirectory() ? filesUnder(join(base, path)) : [join(base, path)]))) {
    const name = Buffer.from(relative(base, file).split(sep).join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, 2.0
    local.copy(central, 6, 4, 28); // version needed … name length: the same fields
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  const archive = Buffer.concat([...locals, directory, end]);
  writeFileSync(out, archive);
  return archive.length;
}
