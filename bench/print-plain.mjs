// The seed model's declarations printed by print-plain.ts and by ts-morph (load + print), CPU ms
// in this process, and whether the texts are the same. usage: node bench/print-plain.mjs [model.json]
import { readFileSync } from 'node:fs';
const model = JSON.parse(readFileSync(process.argv[2] ?? new URL('../generated/model.json', import.meta.url), 'utf8'));
const { buildDeclarations } = await import('../dist/emit/ts/structures.js');
const { printPlain } = await import('../dist/emit/ts/print-plain.js');
const d = buildDeclarations(model);
const items = [...d.interfaces.map((x) => ({ kind: 'interface', d: x })), ...d.aliases.map((x) => ({ kind: 'alias', d: x }))];
const cpu = (f) => { const c = process.cpuUsage(); const r = f(); const u = process.cpuUsage(c); return [r, (u.user + u.system) / 1000]; };
const [plain, plainMs] = cpu(() => items.map(printPlain));
const { loadTsMorph, printItems } = await import('../dist/emit/ts/print-items.js');
const [, loadMs] = cpu(() => loadTsMorph());
const c = process.cpuUsage();
const morph = await printItems(items);
const u = process.cpuUsage(c);
const printMs = (u.user + u.system) / 1000;
console.log(JSON.stringify({ declarations: items.length, declined: plain.filter((t) => t === undefined).length, identical: plain.every((t, i) => t === morph[i]), plainMs: Math.round(plainMs), tsMorphLoadMs: Math.round(loadMs), tsMorphPrintMs: Math.round(printMs) }));
