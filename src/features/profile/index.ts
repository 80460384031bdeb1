// Public face of the profile feature: an official's profile, shown in the article panel.
export { OfficialProfile } from './official-profile';
