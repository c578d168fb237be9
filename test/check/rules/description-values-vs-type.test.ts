import rule from '../../../generator/check/rules/description-values-vs-type.js';
import { event, example, field, model, struct, type, values } from '../model-builder.js';
import { testRule } from '../rule-tester.js';

const recordFile = struct('RecordFile', [field('VideoCodec', type.string, { line: 31, enum: values([0, 1]) })]);
const listOf = (name: string) => field('RecordFileList', type.array(type.ref(`p/${name}`)));

testRule(rule, {
  valid: [
    { name: 'numeric values on an integer field', model: model({ events: [event('A', [field('StreamType', type.integer('uint32'), { enum: values([0, 1]) })], { examples: [example('{"StreamType": 0}')] })] }) },
    { name: 'words on a string field', model: model({ events: [event('A', [field('Reason', type.string, { enum: values(['AUTO', 'USER_CALL']) })])] }) },
    { name: 'values from the example column are not a description', model: model({ events: [event('A', [field('Kind', type.string, { enum: values([0, 1], { source: 'example-column', closed: false }) })])] }) },
  ],
  invalid: [
    {
      name: 'a description listing 0/1 on a String field, reached through a struct, quoting the example',
      model: model({ structList: [recordFile], events: [event('R', [listOf('RecordFile')], { version: '2020-12-01', examples: [example('{"RecordFileList": [{"VideoCodec": "h264"}]}')] })] }),
      findings: [{ messageId: 'numbersOnString', line: 31, field: 'RecordFileList[].VideoCodec', event: 'R', version: '2020-12-01', says: ['0, 1', 'the example gives "h264"', 'typed as string'] }],
    },
    {
      name: 'a struct shared by two events is one place',
      model: model({ structList: [recordFile], events: [event('R', [listOf('RecordFile')]), event('S', [listOf('RecordFile')])] }),
      findings: [{ messageId: 'numbersOnString', line: 31, field: 'RecordFileList[].VideoCodec', event: 'R' }],
    },
    {
      name: 'words listed for an integer field',
      model: model({ events: [event('A', [field('Mode', type.integer(), { line: 12, enum: values(['static', 'dynamic']) })])] }),
      findings: [{ messageId: 'wordsOnNumber', line: 12, field: 'Mode', says: ['static, dynamic'] }],
    },
    {
      name: 'the example column gives a value the description does not list',
      model: model({ events: [event('A', [field('State', type.integer(), { line: 13, example: 2, enum: values([0, 1]) })])] }),
      findings: [{ messageId: 'exampleColumnNotListed', line: 13, field: 'State', says: ['State = 2'] }],
    },
  ],
});
