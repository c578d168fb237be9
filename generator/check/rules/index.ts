import type { Rule } from '../rule.js';
import catalogueMismatch from './catalogue-mismatch.js';
import descriptionValuesVsType from './description-values-vs-type.js';
import eventOneLanguage from './event-only-in-one-language.js';
import eventWithoutExample from './event-without-example.js';
import exampleUnattached from './example-unattached.js';
import exampleEnumValue from './example-enum-value.js';
import exampleEnvelopeMismatch from './example-envelope-mismatch.js';
import exampleMissingRequiredField from './example-missing-required-field.js';
import exampleTypeMismatch from './example-type-mismatch.js';
import exampleUndocumentedField from './example-undocumented-field.js';
import fieldShownNested from './field-shown-nested.js';
import langMismatch from './lang-mismatch.js';
import pageWithoutEvents from './page-without-events.js';
import relatedTypeMismatch from './related-type-mismatch.js';
import tableUnrecognised from './table-unrecognised.js';
import tableUnused from './table-unused.js';
import versionChange from './version-change.js';

/** The registry is a list: adding a rule is adding a file and a line. */
export const rules: Rule[] = [
  exampleTypeMismatch,
  exampleUndocumentedField,
  fieldShownNested,
  exampleMissingRequiredField,
  exampleEnumValue,
  exampleEnvelopeMismatch,
  eventWithoutExample,
  catalogueMismatch,
  descriptionValuesVsType,
  langMismatch,
  eventOneLanguage,
  versionChange,
  relatedTypeMismatch,
  pageWithoutEvents,
  exampleUnattached,
  tableUnused,
  tableUnrecognised,
];
