// The relationship network section. (Placeholder while the canvas view is built.)
export function NetworkView() {
  return (
    <section aria-label="Relationship network" className="network">
      <h2>Relationship network</h2>
    </section>
  );
}
