import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { INTEGER_FORMATS } from '../../generator/emit/schema/schemas.js';
import { addMutualAssignabilityChecks, diagnosticsUnder } from './support/emitted-package.js';

const root = path.resolve(import.meta.dirname, '../..');
const generated = path.join(root, 'generated');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

async function list(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await list(full)));
    else out.push(full);
  }
  return out.sort();
}

async function schemaFiles(): Promise<string[]> {
  return (await list(path.join(generated, 'schemas'))).filter((f) => f.endsWith('.schema.json'));
}

describe('the generated package', () => {
  it('has schemas that all compile with Ajv 2020 in strict mode', async () => {
    const files = await schemaFiles();
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      const ajv = new Ajv2020({ strict: true, allErrors: true });
      for (const f of INTEGER_FORMATS) ajv.addFormat(f, true);
      expect(() => ajv.compile(JSON.parse(readFileSyncUtf8(file))), path.relative(root, file)).not.toThrow();
    }
  });

  it('type-checks with tsc, fixtures included (valid examples satisfy their types, defects are expected errors)', () => {
    execFileSync(process.execPath, [tsc, '-p', path.join(generated, 'tsconfig.test.json')], { cwd: root, encoding: 'utf8' });
  });

  it('has TypeScript types and JSON Schemas that agree: json-schema-to-typescript output and the emitted types are mutually assignable', async () => {
    // one Project for every schema of the corpus: type checking is the slow part
    const project = new Project({ compilerOptions: { strict: true, noEmit: true, skipLibCheck: true, target: 99, module: 99, moduleResolution: 100, types: [] }, useInMemoryFileSystem: true });
    project.createSourceFile('/corpus/emitted.ts', await readFile(path.join(generated, 'src/types.ts'), 'utf8'));
    const schemas = await Promise.all((await schemaFiles()).map(async (file) => JSON.parse(await readFile(file, 'utf8'))));
    await addMutualAssignabilityChecks(project, '/corpus', './emitted.js', schemas);
    expect(diagnosticsUnder(project, '/corpus')).toEqual([]);
  });
});

// the packed tarball and its ESM and CommonJS consumers: packed-package.test.ts

function readFileSyncUtf8(file: string): string {
  return readFileSync(file, 'utf8');
}
