// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerWorker } from './register-worker';

function fakeContainer() {
  const register = vi.fn(async () => ({}) as ServiceWorkerRegistration);
  return { container: { register } as unknown as ServiceWorkerContainer, register };
}

function setReadyState(state: DocumentReadyState) {
  Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
}

afterEach(() => {
  setReadyState('complete');
  vi.useRealTimers();
});

describe('registerWorker', () => {
  it("registers the site root's worker with the site root as scope, from an event's page too", async () => {
    const { container, register } = fakeContainer();
    await registerWorker(container, 'https://example.org/x/');
    expect(register).toHaveBeenCalledWith(new URL('https://example.org/x/sw.js'), { scope: 'https://example.org/x/' });
    // An event's page names the site root in its <base>, which is its document's base URI.
    await registerWorker(container, 'https://example.org/x/events/../');
    expect(register).toHaveBeenLastCalledWith(new URL('https://example.org/x/sw.js'), { scope: 'https://example.org/x/' });
  });

  it('waits for the page to load before registering', async () => {
    vi.useFakeTimers();
    setReadyState('loading');
    const { container, register } = fakeContainer();
    const done = registerWorker(container, 'https://example.org/');
    await vi.runAllTimersAsync();
    expect(register).not.toHaveBeenCalled();
    setReadyState('complete');
    window.dispatchEvent(new Event('load'));
    await vi.runAllTimersAsync();
    await done;
    expect(register).toHaveBeenCalledOnce();
  });
});
