/** The shape of a generated package's runtime, for tests that import one built from a hand-made model. */
export declare function validateCallback(body: string | unknown, hint?: { product?: string; eventType?: string }):
  | { ok: true; product: string; event: string; version: string | null; matchedVersions: Array<string | null>; typeName: string; value: unknown; body: unknown }
  | { ok: false; product?: string; event?: string; version?: string | null; typeName?: string; errors: Array<{ path: string; message: string; keyword: string; expected?: string; source?: string }> };
export declare function validateApiResponse(action: string, body: string | unknown): { ok: true; value: unknown } | { ok: false; errors: Array<{ path: string; message: string; keyword: string; expected?: string; source?: string }> };
export declare function validatePayload(typeName: string, value: unknown): Array<{ path: string; message: string; keyword: string; expected?: string; source?: string }>;
export declare function undocumentedFields(typeName: string, value: unknown, prefix?: string): string[];
export declare function sourceOf(typeName: string, pointer: string): string | undefined;
export declare function isA(value: unknown): boolean;
