// The curator commands' shared start: their flags parsed strictly with positionals allowed, and the usage
// printed when there is nothing to run (a flag it does not know, or --help). A number is the exit code.
import { parseArgs } from 'node:util';

type Options = NonNullable<NonNullable<Parameters<typeof parseArgs>[0]>['options']>;

export function parseCli<const O extends Options>(options: O, usage: string) {
  let parsed;
  try {
    parsed = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 1;
  }
  if ((parsed.values as Record<string, unknown>).help) {
    console.log(usage);
    return 0;
  }
  return parsed;
}
