// Public face of the offline feature: the notice that offers a new deployment.
export { default } from './update-notice';
