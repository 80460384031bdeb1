// Injected before any page script (Playwright addInitScript) into both the explorer and the
// vis-timeline page. Plain browser JavaScript, passed as text, so that no compiler helper leaks in.
// All times are performance.now(): milliseconds since navigation start.
(() => {
  const MARK = '[data-event-id], [data-cluster-count], .vis-item';
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No longtask support: counts stay 0 and the report says so through frame times.
  }

  const bench = {
    firstMark: null,
    networkReady: null,
    frames: null,
    filter: null,
  };
  window.__bench = bench;

  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth && r.bottom > 0 && r.top < innerHeight;
  };
  const anyMarkVisible = () => {
    const found = document.querySelectorAll(MARK);
    for (let i = 0; i < found.length && i < 50; i++) if (visible(found[i])) return true;
    return false;
  };
  const networkIsReady = () => {
    const s = document.querySelector('section[aria-label="Relationship network"]');
    if (!s) return false;
    const state = s.querySelector('[data-layout]');
    if (state) return state.getAttribute('data-layout') === 'ready';
    return s.querySelector('[data-official-id]') !== null && !/Laying out/.test(s.textContent || '');
  };
  // Checked once per frame, in the frame's rAF callback (just before that frame paints).
  const watchLoad = () => {
    const now = performance.now();
    if (bench.firstMark === null && document.body && anyMarkVisible()) bench.firstMark = now;
    if (bench.networkReady === null && document.body && networkIsReady()) bench.networkReady = now;
    // Stops when both are seen, when a measurement of input starts (its frames and main-thread time
    // must not pay for this check, nor for the frames its requestAnimationFrame would keep asking
    // for on a page that has no network), or after three minutes.
    if ((bench.firstMark === null || bench.networkReady === null) && !recording && !stopped && now < 180000) requestAnimationFrame(watchLoad);
  };
  let recording = null;
  let stopped = false;
  bench.stopWatching = () => {
    stopped = true;
  };
  requestAnimationFrame(watchLoad);

  bench.startFrames = () => {
    recording = { deltas: [], last: null, start: performance.now(), on: true };
    const tick = (t) => {
      if (!recording || !recording.on) return;
      if (recording.last !== null) recording.deltas.push(t - recording.last);
      recording.last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    if (!recording) return null;
    recording.on = false;
    const end = performance.now();
    const inside = longTasks.filter((t) => t.start >= recording.start && t.start < end);
    const result = {
      // Without isolation, timers are coarsened to 100 µs with jitter (see static-server.ts).
      isolated: self.crossOriginIsolated === true,
      deltas: recording.deltas,
      durationMs: end - recording.start,
      longTaskCount: inside.length,
      longTaskTotalMs: inside.reduce((s, t) => s + t.duration, 0),
    };
    recording = null;
    return result;
  };

  // Filter latency: from the Enter keydown (capture phase, before the app sees it) to the first frame
  // after the timeline's DOM shows a different set of events or clusters.
  const signature = () => {
    const s = document.querySelector('section[aria-label="Timeline"]');
    if (!s) return '';
    const parts = [s.getAttribute('data-filter-applied') || ''];
    s.querySelectorAll('[data-filter-applied]').forEach((el) => parts.push(el.getAttribute('data-filter-applied') || ''));
    s.querySelectorAll('[data-event-id]').forEach((el) => parts.push(el.getAttribute('data-event-id')));
    s.querySelectorAll('[data-cluster-count]').forEach((el) => parts.push('#' + el.getAttribute('data-cluster-count')));
    return parts.join('|');
  };
  bench.armFilter = () => {
    const state = { before: signature(), t0: null, changedAt: null, t1: null };
    bench.filter = state;
    const observer = new MutationObserver(() => {
      if (state.t0 === null || state.changedAt !== null) return;
      if (signature() === state.before) return;
      state.changedAt = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => (state.t1 = performance.now()));
    });
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['data-event-id', 'data-cluster-count', 'data-filter-applied'],
    });
    const onKey = (e) => {
      if (e.key === 'Enter' || e.type === 'pointerdown') state.t0 = performance.now();
    };
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('pointerdown', onKey, true);
  };
})();
