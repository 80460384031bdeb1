// Public face of the export feature: the menu (a lazy chunk; the files are made in another, on demand).
export { default } from './export-menu';
