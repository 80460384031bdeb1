// The module generated at build time from the schema (src/pipeline/validators): one Ajv validator per
// file the app fetches. Each returns true, or false with `errors` set to the first problem found.
declare module 'virtual:dataset-validators' {
  interface GeneratedValidator {
    (data: unknown): boolean;
    errors?: { instancePath: string; message?: string }[] | null;
  }
  export const dataset: GeneratedValidator;
  export const articleFile: GeneratedValidator;
  export const eventDates: GeneratedValidator;
}

// The network's layout file (network-layout.json), in a module of its own that only the network loads.
declare module 'virtual:network-layout-validator' {
  export const networkLayout: import('virtual:dataset-validators').GeneratedValidator;
}
