// CPU of moving the units across threads: structured clone (v8.serialize/deserialize) against JSON text.
// usage: node bench/parse-cost.mjs --size 10 --dump /tmp/units.json; node bench/units-transfer.mjs /tmp/units.json
import v8 from 'node:v8';
import { readFileSync } from 'node:fs';
const units = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const t = (name, f) => { const c0 = process.cpuUsage(); let r; for (let i = 0; i < 5; i++) r = f(); const c = process.cpuUsage(c0); console.log(name, Math.round((c.user + c.system) / 5000), 'ms'); return r; };
const buf = t('v8.serialize', () => v8.serialize(units));
t('v8.deserialize', () => v8.deserialize(buf));
const s = t('JSON.stringify', () => JSON.stringify(units));
t('JSON.parse', () => JSON.parse(s));
const each = t('stringify each', () => units.map((u) => JSON.stringify({ key: 'k', unit: u })));
console.log('bytes', buf.length, s.length);
