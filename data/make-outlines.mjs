// Country outlines for the map of a real-data world, from Natural Earth via world-atlas.
//
//   cd data && npm ci && node make-outlines.mjs
//
// Reads world-atlas's countries-110m.json (Natural Earth 4.1.0 Admin 0 countries, 1:110m, public
// domain), decodes its TopoJSON with topojson-client, and writes
// src/main/resources/org/polycentric/world/data/country-outlines.csv: one row per ring (outer
// boundary or hole) of each country, header exactly
//
//   id,name,ring,lonlat
//
// id    ISO 3166-1 numeric code as world-atlas gives it (three digits; empty for the few entries
//       Natural Earth gives none: Kosovo, N. Cyprus, Somaliland)
// name  Natural Earth's short name (e.g. "Dem. Rep. Congo"), quoted as RFC 4180 says if needed
// ring  0, 1, ... within the country, in world-atlas's order (outer boundaries and holes alike:
//       the map fills a country's rings with the even-odd rule)
// lonlat  the ring's points as "lon lat lon lat ...", degrees with 2 decimals, closed (the last
//       point repeats the first), longitude in [-180, 180], latitude in [-90, 90]
//
// Rows are sorted by name, then ring. Changes made to the source geometry: Antarctica is left out
// (south of the map's 60 S edge; its ring around the pole cannot be drawn on a flat map without a
// made-up edge); a ring that crosses the antimeridian (an island of Fiji) is cut in two along it,
// and a point on the antimeridian that the 110m quantisation put on the wrong side (-180 in a ring
// at 179 E, in Fiji and Russia) is moved to its ring's side; points are rounded to
// 0.01 degrees and a point equal to the one before it after rounding is dropped; a ring left with
// fewer than four points is dropped. The same input gives the same bytes.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { feature } from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const SOURCE = join(here, 'node_modules', 'world-atlas', 'countries-110m.json');
const TARGET = join(here, '..', 'src', 'main', 'resources', 'org', 'polycentric', 'world', 'data',
    'country-outlines.csv');
const LEFT_OUT = new Set(['010']); // Antarctica

const topology = JSON.parse(readFileSync(SOURCE, 'utf8'));
const countries = feature(topology, topology.objects.countries).features;

/** A number with at most 2 decimals, no trailing zeros, never "-0". */
function fmt(v) {
  const r = Math.round(v * 100) / 100;
  return (Object.is(r, -0) ? 0 : r).toString();
}

/**
 * The ring with each longitude moved by 360 degrees where that makes the step from the point
 * before at most 180 degrees: a ring that crosses the antimeridian becomes one piece (e.g. from
 * 179 to 181), and a point that the 110m quantisation put on the wrong side (-180 in a ring at
 * 179 E) joins its neighbours.
 */
function unwrap(ring) {
  const out = [ring[0].slice()];
  for (let i = 1; i < ring.length; i++) {
    let lon = ring[i][0];
    const prev = out[i - 1][0];
    while (lon - prev > 180) lon -= 360;
    while (lon - prev < -180) lon += 360;
    out.push([lon, ring[i][1]]);
  }
  return out;
}

/** Sutherland-Hodgman: the part of a closed ring with lon <= edge (keepWest) or lon >= edge. */
function clip(ring, edge, keepWest) {
  const inside = (p) => (keepWest ? p[0] <= edge : p[0] >= edge);
  const out = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i];
    const b = ring[i + 1];
    if (inside(a)) out.push(a);
    if (inside(a) !== inside(b)) {
      const t = (edge - a[0]) / (b[0] - a[0]);
      out.push([edge, a[1] + t * (b[1] - a[1])]);
    }
  }
  if (out.length > 0) out.push(out[0]);
  return out;
}

function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length - 1; i++) s += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
  return Math.abs(s / 2);
}

/** The ring as one or two rings within [-180, 180], cut at the antimeridian where it crosses it. */
function withinMap(raw) {
  const ring = unwrap(raw);
  const lons = ring.map((p) => p[0]);
  const max = Math.max(...lons);
  const min = Math.min(...lons);
  let parts;
  if (max > 180) {
    parts = [clip(ring, 180, true), clip(ring, 180, false).map(([x, y]) => [x - 360, y])];
  } else if (min < -180) {
    parts = [clip(ring, -180, false), clip(ring, -180, true).map(([x, y]) => [x + 360, y])];
  } else {
    parts = [ring];
  }
  return parts.filter((p) => p.length >= 4 && area(p) > 1e-6);
}

function rings(geometry) {
  if (geometry == null) return [];
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat();
}

function csvField(s) {
  return /[",\n\r]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
}

const rows = [];
let points = 0;
let dropped = 0;
for (const country of countries) {
  const id = country.id ?? '';
  if (LEFT_OUT.has(id)) continue;
  const name = country.properties.name;
  let ringIndex = 0;
  for (const piece of rings(country.geometry).flatMap(withinMap)) {
    const pts = [];
    for (const [lon, lat] of piece) {
      const p = [fmt(lon), fmt(lat)];
      const last = pts[pts.length - 1];
      if (!last || last[0] !== p[0] || last[1] !== p[1]) pts.push(p);
    }
    if (pts.length > 1 && (pts[0][0] !== pts.at(-1)[0] || pts[0][1] !== pts.at(-1)[1])) pts.push(pts[0]);
    if (pts.length < 4) {
      dropped++;
      continue;
    }
    for (let i = 1; i < pts.length; i++) {
      if (Math.abs(pts[i][0] - pts[i - 1][0]) > 180) {
        throw new Error(`${name}: ring ${ringIndex} still crosses the antimeridian at point ${i}`);
      }
    }
    points += pts.length;
    rows.push({ id, name, ring: ringIndex++, lonlat: pts.map((p) => p[0] + ' ' + p[1]).join(' ') });
  }
}
// by name in code-point order (not the locale's), then ring: the same order on every machine
rows.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.ring - b.ring));

const text = 'id,name,ring,lonlat\n'
    + rows.map((r) => [r.id, csvField(r.name), r.ring, r.lonlat].join(',') + '\n').join('');
writeFileSync(TARGET, text, 'utf8');
const names = new Set(rows.map((r) => r.name));
console.log(`${TARGET}: ${names.size} countries, ${rows.length} rings, ${points} points, `
    + `${dropped} rings dropped, ${Buffer.byteLength(text)} bytes`);
