// Per-step CPU time of check and emit on one docs folder (`node bench/stage-scaling.mjs DOCS [repeats]`):
// the model is built once, then each step after the parse runs alone (best of `repeats`, default 2),
// timed with process.cpuUsage so a loaded machine shows the step's own cost. Run it on two corpus
// sizes (bench/corpus.mjs) and compare: a step whose time grows faster than the input is superlinear.
// Prints one JSON line: step → CPU ms.
import path from 'node:path';

const [docsDir, repeatsArg] = process.argv.slice(2);
const repeats = Number(repeatsArg ?? 2);
const dist = new URL('../dist/', import.meta.url);
const load = (p) => import(new URL(p, dist).href);
const { buildModelFromDocs } = await load('pipeline.js');
const { runChecks } = await load('check/index.js');
const { buildSchemas } = await load('emit/schema/schemas.js');
const { compileValidators } = await load('emit/validators/compile.js');
const { registrySource, guardsSource } = await load('emit/package/registry.js');
const { buildFixtures } = await load('emit/fixtures/fixtures.js');
const { undocumentedIn } = await load('emit/undocumented.js');
const { packageNames } = await load('emit/names.js');
const { buildDeclarations } = await load('emit/ts/structures.js');
const { emitFindingReports } = await load('emit/report/index.js');
const { emitVersionReports } = await load('emit/diff-report/index.js');
const { emitCoverageReports } = await load('emit/coverage/index.js');
const { sourceMapJson } = await load('emit/package/source-map.js');

const run = await buildModelFromDocs(docsDir, { root: path.dirname(docsDir), threads: 1 });
const { model } = run;
const cpuMs = (f) => {
  let best = Infinity;
  let value;
  for (let i = 0; i < repeats; i++) {
    const start = process.cpuUsage();
    value = f();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return [Math.round(best), value];
};
const out = { pages: run.docs.length, events: model.events.length, examples: model.events.reduce((n, e) => n + e.examples.length, 0) };
const [checkMs, findings] = cpuMs(() => runChecks(model));
out.check = checkMs;
out.findings = findings.length;
const [schemaMs, schemas] = cpuMs(() => buildSchemas(model, {}));
out.schemas = schemaMs;
out.schemaText = cpuMs(() => schemas.map((s) => JSON.stringify(s.schema, null, 2)))[0];
const start = process.cpuUsage();
const validators = await compileValidators(schemas);
const used = process.cpuUsage(start);
out.validators = Math.round((used.user + used.system) / 1000);
out.registry = cpuMs(() => registrySource(model, schemas))[0];
out.guards = cpuMs(() => guardsSource(model, schemas))[0];
out.declarations = cpuMs(() => buildDeclarations(model, {}))[0];
out.fixtures = cpuMs(() => buildFixtures(model, schemas, validators, undocumentedIn(model, packageNames(model).index), undefined, findings))[0];
out.findingReports = cpuMs(() => [...emitFindingReports(findings)])[0];
out.versionReports = cpuMs(() => [...emitVersionReports(run.documented)])[0];
out.coverageReports = cpuMs(() => [...emitCoverageReports(model)])[0];
out.sourceMap = cpuMs(() => sourceMapJson(model))[0];
out.modelJson = cpuMs(() => JSON.stringify(model, null, 2))[0];
process.stdout.write(`${JSON.stringify(out)}\n`);
