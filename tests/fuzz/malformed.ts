/*
 * Malformed variants of requests, derived from the OpenAPI document's JSON schemas. Pure
 * functions of a seeded generator, so a failing run is reproduced by its seed.
 */

/** A JSON schema as `z.toJSONSchema` writes it; only the keys the generator reads. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema;
  readonly anyOf?: readonly JsonSchema[];
  readonly oneOf?: readonly JsonSchema[];
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: unknown;
}

/** A seeded PRNG (mulberry32): the same seed gives the same run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The first `count` of `items` in an order the generator picks. */
export function sample<T>(random: () => number, items: readonly T[], count: number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, count);
}

/** A value the schema plausibly accepts: the starting point every variant breaks in one place. */
export function plausible(schema: JsonSchema, hints: Readonly<Record<string, unknown>> = {}, name = ''): unknown {
  if (name in hints) return hints[name];
  const first = schema.anyOf?.[0] ?? schema.oneOf?.[0];
  if (first !== undefined) return plausible(first, hints, name);
  if ('const' in schema) return schema.const;
  if (schema.enum !== undefined) return schema.enum[0];
  if (schema.default !== undefined) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, child]) => [key, plausible(child, hints, key)]));
    case 'array':
      return [];
    case 'boolean':
      return false;
    case 'integer':
    case 'number':
      return schema.minimum ?? 0;
    case 'null':
      return null;
    case 'string':
      if (schema.format === 'date') return '2026-03-04';
      if (schema.format === 'date-time') return '2026-03-04T09:00:00.000Z';
      if (schema.format === 'uri') return 'https://example.com/evidence';
      return 'Fuzz text'.padEnd(schema.minLength ?? 0, 'x');
    default:
      return 'Fuzz text';
  }
}

const LONE_SURROGATES = ['\ud800 lone \udfff', 'tail \ud83d', '\udc00'];
const BAD_DATES = ['2026-02-30', '2026-13-01', '0000-00-00', '26-3-4', '2026-03-04T25:00', 'tomorrow', ''];

/** Values of the wrong type or shape for a field described by `schema`. */
export function wrongValues(schema: JsonSchema): unknown[] {
  const values: unknown[] = [null, 42, -1, 1e308, true, {}, [], [1, 2], { nested: { deep: true } }, '', '   '];
  values.push(...LONE_SURROGATES, 'ctrl \u0000 \u001b', 'x'.repeat((schema.maxLength ?? 4000) + 1), 'é'.repeat(9000));
  if (schema.format === 'date' || schema.format === 'date-time') values.push(...BAD_DATES);
  if (schema.enum !== undefined) values.push('not-one-of-them', String(schema.enum[0]).toUpperCase());
  if (schema.type === 'integer' || schema.type === 'number') values.push(1.5, '7', Number.MAX_SAFE_INTEGER, (schema.maximum ?? 100) + 1, (schema.minimum ?? 0) - 1);
  values.push('odata\' or 1 eq 1', '../../etc/passwd', '<script>alert(1)</script>', '19:abc@thread.v2/..#?');
  return values;
}

/** One request body to send: JSON (serialised by the caller) or raw text with a content type. */
export type BodyVariant =
  | { readonly label: string; readonly json: unknown }
  | { readonly label: string; readonly raw: string; readonly contentType: string };

/** Variants of a JSON object body: each field missing or wrong, extra fields, wrong shapes, bad JSON, wrong type. */
export function bodyVariants(base: unknown, schema: JsonSchema | undefined, depth = 0): BodyVariant[] {
  const variants: BodyVariant[] = [];
  const object = typeof base === 'object' && base !== null && !Array.isArray(base) ? (base as Record<string, unknown>) : undefined;
  const properties = schema?.anyOf?.[0]?.properties ?? schema?.properties ?? {};
  if (object !== undefined) {
    for (const [key, value] of Object.entries(object)) {
      variants.push({ label: `without ${key}`, json: Object.fromEntries(Object.entries(object).filter(([k]) => k !== key)) });
      for (const wrong of wrongValues(properties[key] ?? {})) {
        variants.push({ label: `${key} = ${JSON.stringify(wrong).slice(0, 40)}`, json: { ...object, [key]: wrong } });
      }
      // One level down too, for objects such as an activity's `value` or `from`.
      if (depth === 0 && typeof value === 'object' && value !== null && !Array.isArray(value)) {
        for (const inner of bodyVariants(value, properties[key], depth + 1)) {
          if ('json' in inner) variants.push({ label: `${key}.${inner.label}`, json: { ...object, [key]: inner.json } });
        }
      }
    }
    if (depth > 0) return variants;
    variants.push({ label: 'an extra field', json: { ...object, extra: 'field' } });
    variants.push({ label: 'a __proto__ field', raw: JSON.stringify(object).replace(/^\{/, '{"__proto__":{"admin":true},'), contentType: 'application/json' });
    variants.push({ label: 'as text/plain', raw: JSON.stringify(object), contentType: 'text/plain' });
    variants.push({ label: 'as a form', raw: 'title=Fuzz&why=x', contentType: 'application/x-www-form-urlencoded' });
  }
  for (const json of [null, [], [base], 'a string', 0, {}]) variants.push({ label: `body ${JSON.stringify(json).slice(0, 30)}`, json });
  for (const raw of ['', '{', '{"title": ', 'not json', '[[[[[[[[', `${'['.repeat(4000)}${']'.repeat(4000)}`, '{"a":1}{"b":2}', '\ufeff{}']) {
    variants.push({ label: `raw ${JSON.stringify(raw.slice(0, 20))}`, raw, contentType: 'application/json' });
  }
  variants.push({ label: 'over the body cap', json: { ...object, padding: 'x'.repeat(300_000) } });
  return variants;
}

/** Values for a query parameter that its schema refuses (or that are merely odd). */
export function queryValues(schema: JsonSchema): string[] {
  const values = ['', 'garbage', '%00', '\u0000', '-1', '0', '1.5', '1e309', 'NaN', '9'.repeat(40), 'x'.repeat(3000), '\ud800', '2026-02-30', 'null', '[]'];
  if (schema.type === 'string') values.push(btoa('{"nextPartitionKey":'), btoa(JSON.stringify({ nextPartitionKey: 'p', nextRowKey: '\ud800' })), btoa(JSON.stringify({ nextPartitionKey: 'someone-else' })));
  return values;
}

/** Path segments that are not ids of anything, already URL-encoded as a client would send them. */
export const BAD_PATH_IDS = ['x', '0', 'A'.repeat(26), 'I'.repeat(26), '%00', '..', '%2e%2e%2f', '%E0%A4%A', '%ED%A0%80', 'x'.repeat(600), '19%3Aabc%40thread.v2%23', '%20'];

/** If-Match values that are not the item's version. */
export const BAD_IF_MATCH: readonly (string | undefined)[] = [undefined, '*', '', ' ', 'W/"garbage"', '"not-the-etag"', 'x'.repeat(5000), '*, *'];
