// Every key the explorer answers to, where it works, and what it does. Kept beside the handlers'
// own lists (the timeline's keyIntent, the menus and dialogs): a new key handler adds its line here.
export interface Shortcut {
  keys: string[];
  does: string;
}

export interface ShortcutGroup {
  where: string;
  shortcuts: Shortcut[];
}

export const shortcutGroups: ShortcutGroup[] = [
  {
    where: 'Anywhere',
    shortcuts: [
      { keys: ['?'], does: 'Open this list of keyboard shortcuts' },
      { keys: ['Tab', 'Shift+Tab'], does: 'Move to the next or previous control' },
      { keys: ['Escape'], does: 'Close an open dialog or menu' },
    ],
  },
  {
    where: 'Timeline (when an event or cluster has focus)',
    shortcuts: [
      { keys: ['←', '→'], does: 'Select the previous or next event that passes the filter' },
      { keys: ['+', '='], does: 'Zoom in' },
      { keys: ['-', '_'], does: 'Zoom out' },
      { keys: ['0'], does: 'Show the whole period again' },
      { keys: ['Escape'], does: 'Clear the selection' },
      { keys: ['Enter', 'Space'], does: 'Select the focused event, or zoom into the focused cluster' },
    ],
  },
  {
    where: 'Relationship network',
    shortcuts: [
      { keys: ['←', '→', '↑', '↓'], does: 'Move between officials' },
      { keys: ['Enter', 'Space'], does: 'Add the focused official to the filter' },
      { keys: ['Escape'], does: 'Close the list of a tie’s events' },
    ],
  },
  {
    where: 'Filter by official',
    shortcuts: [
      { keys: ['↓', '↑'], does: 'Move through the suggestions' },
      { keys: ['Enter'], does: 'Add the highlighted official to the filter' },
      { keys: ['Escape'], does: 'Close the suggestions' },
    ],
  },
  {
    where: 'Export menu',
    shortcuts: [
      { keys: ['↓'], does: 'Open the menu (on the Export button)' },
      { keys: ['↓', '↑', 'Home', 'End'], does: 'Move between the items' },
      { keys: ['Enter', 'Space'], does: 'Save the focused item' },
    ],
  },
  {
    where: 'Cite this event',
    shortcuts: [{ keys: ['←', '→', 'Home', 'End'], does: 'Choose a citation format' }],
  },
];
