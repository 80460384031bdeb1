// The shape of every id in the dataset, as a plain pattern: code that only checks ids (the URL
// parser) does not need to load the zod schema, which can then stay out of the first bundle.
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/;

export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}
