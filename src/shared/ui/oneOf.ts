/** `value` as one of `options` (a select's or radio group's string back to its union type), or undefined. */
export function oneOf<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}
