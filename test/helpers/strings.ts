// Looking at everything a bot sent: every string in a payload, and whether a string is well-formed
// UTF-16 (no lone surrogate, i.e. nothing was cut through a surrogate pair).

/** Every string anywhere in `value` (object values, array items), depth first. */
export function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/** No lone surrogate (String.prototype.isWellFormed, which this TypeScript lib does not declare). */
export function wellFormed(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
