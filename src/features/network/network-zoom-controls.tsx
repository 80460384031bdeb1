// The network's zoom buttons, above the picture. Without handlers (while the positions come) the row is
// kept, hidden and inert, so that nothing beside or below moves when the picture takes its place.
interface Props {
  onZoom?: (factor: number) => void;
  onFit?: () => void;
}

export function NetworkZoomControls({ onZoom, onFit }: Props) {
  const reserved = onZoom === undefined;
  return (
    <div className={`network-zoom-controls${reserved ? ' is-reserved' : ''}`} aria-hidden={reserved || undefined} inert={reserved}>
      <button type="button" onClick={() => onZoom?.(1.5)} aria-label="Enlarge network">
        +
      </button>
      <button type="button" onClick={() => onZoom?.(1 / 1.5)} aria-label="Shrink network">
        −
      </button>
      <button type="button" onClick={onFit}>
        Fit network
      </button>
    </div>
  );
}
