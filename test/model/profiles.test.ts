import { describe, expect, it } from 'vitest';
import { validate } from '../../generator/config/index.js';
import { applyProfileOverrides } from '../../generator/model/passes/profiles.js';
import { modelOf } from '../helpers/snippet.js';

const codes = `## Room state

When the \`op\` property of an event is \`1\`, the \`data\` property contains the following fields:

| Parameter | Type | Description |
| --- | --- | --- |
| \`state\` | Integer | The state |

## A message

When the \`op\` property of an event is \`3\`, the \`data\` property contains the following fields:

| Parameter | Type | Description |
| --- | --- | --- |
| \`text\` | String | The text |
`;

const named = `## 推流开始

#### 事件名称

PushStarted

| 参数名称 | 类型 | 描述 |
| --- | --- | --- |
| TaskId | String | 任务 Id |

\`\`\`json
{ "Kind": "PushStarted", "Body": { "TaskId": "t" }, "Sign": "x" }
\`\`\`
`;

describe('product profiles', () => {
  it('says how each product names its events: a documented numeric key with its payload member', () => {
    const m = modelOf([codes, { lang: 'en', product: 'school' }]);
    expect(m.profiles.school).toEqual({ product: 'school', discriminator: { key: 'op', kind: 'number', payloadPath: ['data'], source: 'documented' }, unrecognisedEvents: [], replies: false, responseWrapper: null, shapes: ['numeric-codes'] });
  });

  it('reads an inferred string key from the examples when no table documents it', () => {
    const m = modelOf([named, { product: 'cast' }]);
    expect(m.profiles.cast.discriminator).toEqual({ key: 'Kind', kind: 'string', payloadPath: ['Body'], source: 'inferred' });
  });

  it('takes the config over the pages: the events, the envelope and the profile follow, with an info finding', () => {
    const m = modelOf([codes, { lang: 'en', product: 'school' }]);
    const flat = applyProfileOverrides(m, { school: { discriminator: { key: 'op', payloadPath: [] } } });
    expect(flat.events.map((e) => [e.eventType, e.discriminator?.value, e.discriminator?.payloadPath, e.envelope])).toEqual([
      ['1', 1, [], undefined],
      ['3', 3, [], undefined],
    ]);
    expect(flat.envelopes.school).toBeUndefined();
    expect(flat.profiles.school.discriminator).toEqual({ key: 'op', kind: 'number', payloadPath: [], source: 'config' });
    expect(flat.diagnostics.filter((d) => d.code === 'profile-override').map((d) => d.message)).toEqual(['The config sets the profile of school: events named by op, payload at [] (the pages showed op at ["data"]).']);
    // the model it came from is untouched
    expect(m.events[0].discriminator?.payloadPath).toEqual(['data']);

    const renamed = applyProfileOverrides(modelOf([named, { product: 'cast' }]), { cast: { discriminator: { key: 'Kind', payloadPath: ['Payload'] } }, nowhere: {} });
    expect([renamed.envelopes.cast.discriminator, renamed.envelopes.cast.payloadField, renamed.envelopes.cast.fields.map((f) => f.name)]).toEqual(['Kind', 'Payload', ['Kind', 'Payload', 'Sign']]);
    expect(renamed.diagnostics.filter((d) => d.code === 'profile-override-unused').map((d) => d.product)).toEqual(['nowhere']);
  });

  it('validates the config entry and names what is wrong', () => {
    expect(validate({ profiles: { im: { discriminator: { key: 'CallbackCommand', payloadPath: [] }, responseWrapper: null } } }, 'c.json').profiles).toEqual({ im: { discriminator: { key: 'CallbackCommand', payloadPath: [] }, responseWrapper: null } });
    expect(() => validate({ profiles: { im: { discriminator: { key: '' , payloadPath: [] } } } }, 'c.json')).toThrow(/profiles.im".discriminator must be/);
    expect(() => validate({ profiles: { im: { wrapper: 'x' } } }, 'c.json')).toThrow(/unknown setting "wrapper"/);
  });
});
