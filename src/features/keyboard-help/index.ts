// Public face of the keyboard help: the button (and the `?` key) that open the list of shortcuts.
export { default } from './keyboard-help-button';
