// The service worker is registered by the app, once the page has loaded and gone quiet: installing
// it fetches the whole app shell, which must not compete with the first picture's requests and tasks.
// The worker and its scope are the site's root, which an event's or an official's page names in its
// <base>, so every page kind registers the same worker.

const IDLE_TIMEOUT_MS = 4000;

function afterLoad(): Promise<void> {
  if (document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}

function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(resolve, 0);
  });
}

export async function registerWorker(container: ServiceWorkerContainer, baseUri: string): Promise<ServiceWorkerRegistration> {
  await afterLoad();
  await whenIdle();
  return container.register(new URL('sw.js', baseUri), { scope: new URL('./', baseUri).href });
}
