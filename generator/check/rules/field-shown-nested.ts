import type { ExampleSubject } from '../example-walk.js';
import { defineRule } from '../rule.js';

export default defineRule({
  id: 'field-shown-nested',
  severity: 'warning',
  description: 'A field the table lists at the top level appears in the examples only inside another field.',
  messages: {
    nested: '{{field}} is listed at the top level, but the examples show it only inside {{parent}}; the table may list the fields of {{parent}} flat. It is typed where the table puts it.',
  },
  check({ report, examples }) {
    // the examples of one event (or API response) share its field list
    const byFields = new Map<ExampleSubject['fields'], ExampleSubject[]>();
    for (const subject of examples.subjects({ repaired: true })) {
      const list = byFields.get(subject.fields);
      if (list) list.push(subject);
      else byFields.set(subject.fields, [subject]);
    }
    for (const [fields, subjects] of byFields) {
      const bodies = subjects.map((s) => s.payload).filter(isObject);
      for (const field of fields) {
        if (bodies.some((b) => Object.prototype.hasOwnProperty.call(b, field.name))) continue;
        const parent = holderOf(bodies, field.name);
        const src = field.sources[0];
        if (!parent || !src) continue;
        report({ ...subjects[0].place, field: field.name, file: src.file, line: src.line, lang: src.lang, messageId: 'nested', data: { field: field.name, parent } });
      }
    }
  },
});

/** The first member (`MemberList[]`, `Info`) of some body whose object, or whose array's objects, hold the key. */
function holderOf(bodies: Array<Record<string, unknown>>, key: string): string | undefined {
  for (const body of bodies) {
    for (const [member, value] of Object.entries(body)) {
      if (isObject(value) && Object.prototype.hasOwnProperty.call(value, key)) return member;
      if (Array.isArray(value) && value.some((item) => isObject(item) && Object.prototype.hasOwnProperty.call(item, key))) return `${member}[]`;
    }
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
