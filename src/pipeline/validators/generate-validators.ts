// Generates, at build time, plain JavaScript validators from the zod schema of the files the app loads.
// zod must run jitless under the app's CSP (no eval), and then checking a large dataset takes longer than
// everything else the first paint needs; code generated here once checks the same rules in a fraction
// of that. The zod schema stays the one definition: it becomes JSON Schema (zod's own converter), Ajv
// compiles that to a standalone module, and what JSON Schema cannot state (a real calendar day, a span
// that ends after it starts…) is a named predicate of src/data/refinements.ts that both call.
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import type { KeywordCxt } from 'ajv';
import { _, getProperty } from 'ajv/dist/compile/codegen/index.js';
import * as z from 'zod/mini';
import * as refinements from '../../data/refinements';

/** The JSON Schema keyword that carries the names of the refinements a value must pass. */
const REFINE = 'x-refine';
const HTTP_PROTOCOL = '^https?$';

type Predicate = (value: never) => boolean;
const predicates: Record<string, Predicate> = refinements;

function refinementName(fn: unknown, where: string): string {
  const found = Object.entries(predicates).find(([, f]) => f === fn);
  if (!found) throw new Error(`generate-validators: a refinement at ${where} is not an export of src/data/refinements.ts, so the generated validator cannot call it`);
  return found[0];
}

interface ZodInternals {
  _zod: { def: { type: string; format?: string; protocol?: RegExp; checks?: { _zod: { def: { check: string; fn?: unknown } } }[] } };
}

/** The JSON Schema of `schema` as input, each refinement named under REFINE. */
export function toValidatorSchema(schema: z.ZodMiniType): Record<string, unknown> {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'throw',
    override: (ctx) => {
      const def = (ctx.zodSchema as unknown as ZodInternals)._zod.def;
      const where = ctx.path.join('.') || 'top level';
      const names = (def.checks ?? []).filter((c) => c._zod.def.check === 'custom').map((c) => refinementName(c._zod.def.fn, where));
      if (def.format === 'url') {
        if (def.protocol?.source !== HTTP_PROTOCOL) throw new Error(`generate-validators: the URL at ${where} allows protocols other than http(s); add a predicate for it`);
        delete ctx.jsonSchema.format;
        names.push(refinementName(refinements.isHttpUrl, where));
      }
      if (names.length > 0) (ctx.jsonSchema as Record<string, unknown>)[REFINE] = names;
    },
  }) as Record<string, unknown>;
}

function refineKeyword(cxt: KeywordCxt): void {
  for (const name of cxt.schema as string[]) {
    if (!(name in predicates)) throw new Error(`generate-validators: no refinement named ${name}`);
    const fn = cxt.gen.scopeValue('keyword', { ref: predicates[name], code: _`refinements${getProperty(name)}` });
    cxt.fail(_`!${fn}(${cxt.data})`);
  }
}

/**
 * An ES module exporting one validator per entry of `schemas` (Ajv's `validate(data)`: true, or false
 * with `validate.errors`), importing the refinements from `refinementsModule`.
 */
export function generateValidatorModule(schemas: Record<string, z.ZodMiniType>, refinementsModule: string): string {
  // unicode: false counts string length in UTF-16 units, as zod does.
  // logger: false silences Ajv's notice that the option is deprecated; it is still honoured.
  const ajv = new Ajv2020({ code: { source: true, esm: true }, unicode: false, strict: true, allErrors: false, logger: false });
  ajv.addKeyword({
    keyword: REFINE,
    schemaType: 'array',
    code: refineKeyword,
    error: { message: ({ schema }) => _`${'must pass ' + (schema as string[]).join(' and ')}` },
  });
  const exports: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema(toValidatorSchema(schema), name);
    exports[name] = name;
  }
  const code = standaloneCode(ajv, exports);
  if (/\brequire\(/.test(code)) throw new Error('generate-validators: the generated code needs a runtime require (a keyword Ajv cannot inline)');
  return `import * as refinements from ${JSON.stringify(refinementsModule)};\n${code}`;
}
