import { describe, expect, it } from 'vitest';
import type { Field, Model, TypeRef } from '../../generator/model/types.js';
import { modelOf } from '../helpers/snippet.js';

// Reference pages that write each field as a definition entry, not a table row: the name alone
// on a line, its description, then `Type:`, `Required:`, `Valid Values:` lines; errors as
// entries with an `HTTP Status Code:` line; a type's own page with its fields under `## Contents`.

const kind = (m: Model, t: TypeRef): string =>
  t.kind === 'array' ? `${kind(m, t.items)}[]` : t.kind === 'ref' ? (m.structs[t.struct]?.name ?? t.struct) : t.kind;
const summary = (m: Model, fields: Field[]) => fields.map((f) => `${f.name}${f.required ? '' : '?'}: ${kind(m, f.type)}${f.enum ? ` [${f.enum.values.map((v) => v.value).join('|')}]` : ''}`);

const action = `# DescribeThings<a name="API_DescribeThings"></a>

Describes things\\.

## Request Parameters<a name="API_DescribeThings_RequestParameters"></a>

 **DryRun**   
Checks whether you have the required permissions\\.  
Type: Boolean  
Required: No

 **Filter\\.N**   
The filters\\.  
+  \`kind\` \\- The kind of thing\\.
Type: Array of [Filter](API_Filter.md) objects  
Required: Yes

## Response Elements<a name="API_DescribeThings_ResponseElements"></a>

 **thingSet**   
The things\\.  
Type: Array of [Thing](API_Thing.md) objects

## Errors<a name="API_DescribeThings_Errors"></a>

 **ThrottlingException**   
The request was denied due to request throttling\\.  
HTTP Status Code: 400
`;

const thing = `# Thing<a name="API_Thing"></a>

Describes a thing\\.

## Contents<a name="API_Thing_Contents"></a>

 **state**   
The state of the thing\\.  
Type: String  
Valid Values: \`on | off\`  
Required: No

 **size**   
The size\\.  
Type: Integer  
Required: Yes
`;

const filter = `# Filter

## Contents

 **Name**   
The name\\.  
Type: String  
Required: No
`;

describe('definition entries', () => {
  const m = modelOf([action, { lang: 'en', file: 'docs-src/p/en/API_DescribeThings.md' }], [thing, { lang: 'en', file: 'docs-src/p/en/API_Thing.md' }], [filter, { lang: 'en', file: 'docs-src/p/en/API_Filter.md' }]);

  it('read as the parameter table they stand for: name, type, required, a description running over a list', () => {
    const a = m.apis[0];
    expect(a.action).toBe('DescribeThings');
    expect(summary(m, a.input)).toEqual(['DryRun?: boolean', 'Filter: Filter[]']);
    expect(a.input[1].description.en).toContain('The kind of thing');
    expect(summary(m, a.output)).toEqual(['thingSet: Thing[]']);
  });

  it('errors written as entries with an HTTP status are the error codes', () => {
    expect(m.apis[0].errors.map((e) => [e.code, e.description.en])).toEqual([['ThrottlingException', 'The request was denied due to request throttling.']]);
  });

  it('a type page: the entries under `## Contents` are the struct the title names, its valid values a closed set', () => {
    expect(Object.values(m.structs).map((s) => s.name).sort()).toEqual(['Filter', 'Thing']);
    const st = Object.values(m.structs).find((s) => s.name === 'Thing')!;
    expect(summary(m, st.fields)).toEqual(['state?: string [on|off]', 'size: integer']);
    expect(st.fields[0].enum?.closed).toBe(true);
    expect(m.events).toEqual([]);
  });

  it('a paragraph with a name line but no Type, Required or status line is prose, not a field', () => {
    const prose = modelOf([`# Thing\n\n## Contents\n\n**Note**  \nIn the following list, the required parameters are described first.\n`, { lang: 'en' }]);
    expect(prose.structs).toEqual({});
  });
});
