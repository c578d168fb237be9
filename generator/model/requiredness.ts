/**
 * Whether a field is always present. A required column wins; otherwise a field is required
 * unless its text says it is conditional. The reason is kept in words for the model.
 */
export interface Requiredness {
  required: boolean;
  requiredReason: string;
  nullable: boolean;
}

const yes = /^(是|yes|y|true|必填|必选|必须|required|mandatory|m)$/i;
const no = /^(否|no|n|false|可选|选填|非必填|非必选|非必须|不必填|optional|o)$/i;
/** Required under a condition only (`条件必填`, `Conditional`, `C`): not promised to a receiver. */
const conditionalColumn = /^(条件必填|条件必选|条件可选|条件|conditional|conditionally required|c)$/i;

const nullablePatterns = [/may return null/i, /can be null/i, /可能返回\s*null/i, /可能为\s*null/i, /可能为空值/];

/** Phrases that make a field conditional, in both languages. */
const conditionalPatterns: RegExp[] = [
  /this (?:field|parameter) (?:will )?(?:only )?(?:exists?|be returned|appears?|is returned) (?:only )?(?:if|when)/i,
  /\b(?:is|are) (?:only )?(?:valid|returned|present|available) only (?:if|when)/i,
  /\bonly (?:valid|returned|present|available|exists?) (?:if|when|for)/i,
  /\bvalid only (?:if|when|for)/i,
  /\bmay return null/i,
  /\bif (?:any|an) errors? occurs?, this field/i,
  /仅[^。；;]{0,40}?(?:时|才|下)[^。；;]{0,12}?(?:有效|有值|返回|生效|存在|出现)/,
  /仅当[^。；;]{0,40}?(?:有值|有效|返回|生效)/,
  /当[^。；;]{0,40}?时[^。；;]{0,12}?才(?:会)?(?:有值|有效|返回|生效|存在)/,
  /时此(?:字段|参数)才(?:会)?生效/,
  /(?:如果|若)[^。；;]{0,40}?(?:会有该字段|才有该字段|才会返回|才返回)/,
  /对[^。；;]{0,20}?(?:任务|场景|模式)有效/,
  /可能返回\s*null/i,
  // a marker in brackets (`(option：进房时携带)`, `（可选）`, `[Optional]`), or the text opening with "Optional."
  /[(（[【]\s*(?:options?|optional|可选|选填|非必填|非必须)\s*(?:[)）\]】:：,，]|$)/i,
  /^\s*optional\s*[.:：,，;；]/i,
  // "…时携带": carried only when something happens
  /[^。；;，,\s]{1,20}?时(?:才)?(?:会)?携带/,
];

export function requiredness(column: string | undefined, description: string): Requiredness {
  const nullable = nullablePatterns.some((p) => p.test(description));
  const col = column?.replace(/[*`]/g, '').trim();
  if (col && yes.test(col)) return { required: true, requiredReason: `required column says "${col}"`, nullable };
  if (col && no.test(col)) return { required: false, requiredReason: `required column says "${col}"`, nullable };
  if (col && conditionalColumn.test(col)) return { required: false, requiredReason: `required column says "${col}": present only under a condition`, nullable };
  for (const pattern of conditionalPatterns) {
    const match = pattern.exec(description);
    if (match) return { required: false, requiredReason: `description says the field is conditional: "${match[0]}"`, nullable };
  }
  return { required: true, requiredReason: col ? `${NOT_UNDERSTOOD(col)}; required by default` : 'no required column and no conditional wording; required by default', nullable };
}

const NOT_UNDERSTOOD = (col: string): string => `required column "${col}" not understood`;

/** The required cell a requiredness reading could not read (the table's word for it is not known), else undefined. */
export function requiredCellNotUnderstood(reading: Requiredness, column: string | undefined): string | undefined {
  const col = column?.replace(/[*`]/g, '').trim();
  return col && reading.requiredReason.startsWith(NOT_UNDERSTOOD(col)) ? col : undefined;
}
