// The files the app fetches and checks, by the name their generated validator is exported under
// (src/data/dataset-validators.d.ts declares the same names).
import { articleFile, dataset, eventDates } from '../../data/schema';
import { generateValidatorModule } from './generate-validators';

export function generateLoadedFileValidators(refinementsModule: string): string {
  return generateValidatorModule({ dataset, articleFile, eventDates }, refinementsModule);
}
