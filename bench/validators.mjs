// Issue 13 figure: generated validator code vs the schemas it checks (bytes), and run-time speed
// of our generated validators vs Ajv standalone code for the same schemas: every fixture of
// generated/fixtures validated 1,000 times by the validator of its type. Prints one JSON line.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const load = (p) => import(new URL(`../dist/${p}`, import.meta.url).href);
const { buildSchemas } = await load('emit/schema/schemas.js');
const { compileValidators, validatorName } = await load('emit/validators/compile.js');
const { ajvStandalone } = await load('emit/validators/ajv-fallback.js');
const { noMemo } = await load('emit/memo.js');
const { typeIdentifier } = await load('emit/text-safety.js');

const rounds = Number(process.argv[2] ?? 1000);
const model = JSON.parse(readFileSync(path.join(root, 'generated/model.json'), 'utf8'));
const schemas = buildSchemas(model);
const schemaBytes = schemas.reduce((n, s) => n + Buffer.byteLength(`${JSON.stringify(s.schema, null, 2)}\n`), 0);

const ours = await compileValidators(schemas);
const ajv = await ajvStandalone(schemas.map((s) => ({ ...s, validator: validatorName(s) })), noMemo);
const ajvCode = `${ajv.body}\n${[...ajv.exports].map(([n, e]) => `export const ${n} = ${e};`).join('\n')}`;
const asModule = (code) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
const [ourModule, ajvModule] = await Promise.all([asModule(ours.code), asModule(ajvCode)]);

const list = (dir) => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(dir, e.name)) : [path.join(dir, e.name)]));
const fixtureDir = path.join(root, 'generated/fixtures');
const fixtures = list(fixtureDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: `validate_${typeIdentifier(path.basename(path.dirname(f)))}`, value: JSON.parse(readFileSync(f, 'utf8')) }))
  .filter((f) => ourModule[f.name])
  .filter((f) => !process.env.ONLY || (process.env.ONLY === 'valid') === ourModule[f.name](f.value));

function time(module) {
  let errors = 0;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const f of fixtures) if (!module[f.name](f.value)) errors += module[f.name].errors.length;
  return { ms: Math.round(performance.now() - started), errors };
}
// warm both, then alternate (and swap the order) so machine load hits both alike; best of six
time(ourModule), time(ajvModule);
const runs = { ours: [], ajv: [] };
for (let i = 0; i < 6; i++) {
  if (i % 2) runs.ajv.push(time(ajvModule));
  runs.ours.push(time(ourModule));
  if (!(i % 2)) runs.ajv.push(time(ajvModule));
}
const best = (xs) => Math.min(...xs.map((x) => x.ms));
if (runs.ours[0].errors !== runs.ajv[0].errors) throw new Error(`error counts differ: ${runs.ours[0].errors} vs ${runs.ajv[0].errors}`);
process.stdout.write(
  `${JSON.stringify({
    schemas: schemas.length,
    schemaBytes,
    ownCodeBytes: Buffer.byteLength(ours.code),
    ajvCodeBytes: Buffer.byteLength(ajvCode),
    codeVsSchemas: +(Buffer.byteLength(ours.code) / schemaBytes).toFixed(2),
    ajvCodeVsSchemas: +(Buffer.byteLength(ajvCode) / schemaBytes).toFixed(2),
    fixtures: fixtures.length,
    rounds,
    errorsPerRound: runs.ours[0].errors / rounds,
    ownMs: best(runs.ours),
    ajvMs: best(runs.ajv),
    ownVsAjvTime: +(best(runs.ours) / best(runs.ajv)).toFixed(2),
  })}\n`,
);
