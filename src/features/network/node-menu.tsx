// What an official's node offers once activated: the filter already took the official (the node's
// click), so the menu offers the other ways on from there: the official's profile, or undoing the
// filter. It sits beside the node like the tooltip; Escape closes it and gives focus back to the node.
import { useEffect, useRef, type KeyboardEvent } from 'react';

interface NodeMenuProps {
  name: string;
  /** Where the menu sits in the stage (below a node in the top half, above one in the bottom half). */
  position: { left: number; top?: number; bottom?: number };
  /** Move focus into the menu (it was opened from the keyboard). */
  takeFocus: boolean;
  onOpenProfile(): void;
  onRemoveFromFilter(): void;
  onClose(returnFocus: boolean): void;
}

export function NodeMenu({ name, position, takeFocus, onOpenProfile, onRemoveFromFilter, onClose }: NodeMenuProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) first.current?.focus();
  }, [takeFocus, name]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    onClose(true);
  };
  return (
    <div role="group" aria-label={`Actions for ${name}`} className="network-node-menu" style={position} onKeyDown={onKeyDown}>
      <span className="network-node-menu-name">{name}</span>
      <button ref={first} type="button" onClick={onOpenProfile}>
        Open profile
      </button>
      <button type="button" onClick={onRemoveFromFilter}>
        Remove from filter
      </button>
      <button type="button" className="network-node-menu-close" aria-label="Close actions" onClick={() => onClose(true)}>
        ×
      </button>
    </div>
  );
}

/**
 * On a phone the article panel (where the profile opens) is below the network: once the profile has
 * rendered, its heading (the profile's `profile-title`) is scrolled into view when it is out of it.
 */
export function revealProfile(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const heading = document.getElementById('profile-title');
      if (!heading) return;
      const box = heading.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight) heading.scrollIntoView({ block: 'start' });
    }),
  );
}
