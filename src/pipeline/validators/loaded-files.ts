// The files the app fetches and checks, by the name their generated validator is exported under
// (src/data/dataset-validators.d.ts declares the same names and modules).
import { articleFile, dataset, eventDates, networkLayout } from '../../data/schema';
import { generateValidatorModule } from './generate-validators';

export function generateLoadedFileValidators(refinementsModule: string): string {
  return generateValidatorModule({ dataset, articleFile, eventDates }, refinementsModule);
}

/** The network's layout file, in a module of its own (see validators-plugin.ts). */
export function generateNetworkLayoutValidator(refinementsModule: string): string {
  return generateValidatorModule({ networkLayout }, refinementsModule);
}
