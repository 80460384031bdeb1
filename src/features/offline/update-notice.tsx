// A new deployment is offered, never mixed in: its service worker waits until the reader chooses
// "Reload for the new version", then takes over and the page reloads once, all new.
import { useEffect, useState } from 'react';
import { registerWorker } from './register-worker';

function watchForWaiting(registration: ServiceWorkerRegistration, onWaiting: (worker: ServiceWorker) => void): () => void {
  // Only an update waits behind a worker that already controls the page; a first install does not.
  const check = () => {
    if (registration.waiting && navigator.serviceWorker.controller) onWaiting(registration.waiting);
  };
  const onUpdateFound = () => registration.installing?.addEventListener('statechange', check);
  check();
  registration.addEventListener('updatefound', onUpdateFound);
  // A page left open for days asks for news when the reader comes back to it.
  const onVisible = () => {
    if (document.visibilityState === 'visible') void registration.update().catch(() => undefined);
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    registration.removeEventListener('updatefound', onUpdateFound);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

export default function UpdateNotice() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    let stop = () => {};
    let cancelled = false;
    registerWorker(navigator.serviceWorker, document.baseURI).then(
      // Automation that blocks service workers (Playwright's default) answers with no registration.
      (registration: ServiceWorkerRegistration | undefined) => {
        if (registration && !cancelled) stop = watchForWaiting(registration, setWaiting);
      },
      // Without a worker the app still works online; only the offline copy is missing.
      () => undefined,
    );
    return () => {
      cancelled = true;
      stop();
    };
  }, []);

  if (!waiting) return null;
  const reload = () => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    waiting.postMessage({ type: 'SKIP_WAITING' });
  };
  return (
    <div className="notice" role="status">
      <p>A new version of the explorer is ready.</p>
      <button type="button" onClick={reload}>
        Reload for the new version
      </button>
    </div>
  );
}
