import type { Field } from '../../model/types.js';
import { quoteValue } from '../example-walk.js';
import { fieldPlaceKey, walkFields } from '../field-walk.js';
import { defineRule } from '../rule.js';
import { apiPlace, eventPlace, type Place } from './where.js';
import { pushTo } from '../../shared/push-to.js';

export default defineRule({
  id: 'description-values-vs-type',
  severity: 'warning',
  description: 'A description lists values (0/1) that contradict the documented type or the example.',
  messages: {
    numbersOnString: 'The description of {{path}} lists the values {{values}}, but the type is String{{examples}}; typed as string per the table, the listed values are not enforced.',
    wordsOnNumber: 'The description of {{path}} lists the values {{values}}, but the type is {{type}}; typed as {{type}} per the table, the listed values are not enforced.',
    exampleColumnNotListed: 'The example column gives {{path}} = {{value}}, which is not among the values its description lists ({{values}}); the type keeps the listed values.',
  },
  check({ model, report, examples }) {
    // what the JSON examples show at each path, to quote them against the description
    const shown = new Map<string, unknown[]>();
    for (const subject of examples.subjects()) {
      const { place } = subject;
      examples.visitsOf(subject).forEach(({ path, field, value, present }) => {
        // only string fields with listed values are ever quoted
        if (!field?.enum || field.type.kind !== 'string' || !present || value === null || typeof value === 'object') return;
        const key = `${place.product}/${place.event ?? ''}/${place.api ?? ''}@${place.version ?? ''}/${path}`;
        pushTo(shown, key, value);
      });
    }
    const done = new Set<string>();
    const visit = (place: Place) => (f: Field, path: string) => {
      const e = f.enum;
      // values read from the example column are examples, not a description's list
      const src = f.sources[0];
      // a field with no place in the docs cannot be pointed at
      if (!e || !src || e.source === 'example-column' || e.values.length === 0 || done.has(fieldPlaceKey(f))) return;
      done.add(fieldPlaceKey(f));
      const at = { ...place, field: path, file: src.file, line: src.line, lang: src.lang };
      const values = e.values.map((v) => String(v.value)).join(', ');
      const numeric = e.values.every((v) => typeof v.value === 'number');
      if (f.type.kind === 'string' && numeric) {
        const seen = [...new Set((shown.get(`${place.product}/${place.event ?? ''}/${place.api ?? ''}@${place.version ?? ''}/${path}`) ?? []).map(quoteValue))];
        const examples = seen.length > 0 ? ` and the example gives ${seen.join(', ')}` : '';
        report({ ...at, messageId: 'numbersOnString', data: { path, values, examples } });
      } else if ((f.type.kind === 'integer' || f.type.kind === 'number') && e.values.every((v) => typeof v.value === 'string')) {
        report({ ...at, messageId: 'wordsOnNumber', data: { path, values, type: f.type.kind } });
      } else if (e.closed && f.example !== undefined && f.example !== null && typeof f.example === typeof e.values[0].value && !e.values.some((v) => v.value === f.example)) {
        report({ ...at, messageId: 'exampleColumnNotListed', data: { path, value: quoteValue(f.example), values } });
      }
    };
    for (const e of model.events) walkFields(model, e.fields, visit(eventPlace(e)));
    for (const a of model.apis) {
      walkFields(model, a.input, visit(apiPlace(a)));
      walkFields(model, a.output, visit(apiPlace(a)));
    }
    // structs no event uses still document fields
    for (const s of Object.values(model.structs)) if (s.usedBy.length === 0) walkFields(model, s.fields, visit({ product: s.product }), s.name);
  },
});
