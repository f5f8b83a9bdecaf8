// Regenerates src/main/resources/org/polycentric/world/data/countries.csv from the npm package
// world-countries (pinned in package.json; ODbL 1.0). See docs/DATA.md, "Countries".
//   cd data && npm ci && node make-countries.mjs
// Deterministic: the same package gives the same bytes.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const OUT = new URL('../src/main/resources/org/polycentric/world/data/countries.csv', import.meta.url);

/** RFC 4180: quote a field that holds a comma, a double quote or a line break; double its quotes. */
function field(s) {
  const t = String(s);
  return /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
}

// One correction, documented in docs/DATA.md: world-countries 5.1.0 marks the Holy See (VAT) as a UN
// member; it is a non-member observer state (the UN has 193 members). The script fails if the
// package changes here, so that the correction is looked at again.
const NOT_UN_MEMBERS = new Set(['VAT']);
for (const code of NOT_UN_MEMBERS) {
  const c = countries.find((x) => x.cca3 === code);
  if (!c || !c.unMember) throw new Error(`${code}: the correction of unMember is no longer needed; remove it`);
}
const unMember = (c) => c.unMember && !NOT_UN_MEMBERS.has(c.cca3);

const rows = [...countries].sort((a, b) => (a.cca3 < b.cca3 ? -1 : a.cca3 > b.cca3 ? 1 : 0));
const lines = ['iso2,iso3,ccn3,name,region,subregion,lat,lon,un_member'];
for (const c of rows) {
  if (!/^[A-Z]{2}$/.test(c.cca2) || !/^[A-Z]{3}$/.test(c.cca3)) throw new Error(`bad codes ${c.cca2}/${c.cca3}`);
  if (!Array.isArray(c.latlng) || c.latlng.length !== 2) throw new Error(`${c.cca3}: latlng missing`);
  lines.push([c.cca2, c.cca3, c.ccn3 || '', field(c.name.common), field(c.region), field(c.subregion || ''),
    c.latlng[0], c.latlng[1], unMember(c) ? 'true' : 'false'].join(','));
}
const csv = lines.join('\n') + '\n';
writeFileSync(OUT, csv, 'utf8');
console.log(`${rows.length} countries (${rows.filter(unMember).length} UN members) -> ${OUT.pathname}`);
