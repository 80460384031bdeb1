// The comparison page: the same dataset's events in vis-timeline, 420 px high (like the explorer's
// timeline) with the 2018–2024 window, in one of the configurations the benchmark measures:
//   ?data=<url of dataset.json>&config=default    vis-timeline's default options, nothing else
//   ?data=<url of dataset.json>&config=clustered  `cluster: true`: vis-timeline's built-in clustering of
//                                                  crowded items (its documented answer to many items)
// Without &config the page uses `default`. An unknown config is an error rather than a silent default,
// so that a typo cannot pass for a measurement of the defaults.
/* global vis */
(async () => {
  const CONFIGS = {
    default: {},
    clustered: { cluster: true },
  };
  const DAY = 86400000;
  const dayMs = (d) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10));
  // The last day an event covers, as the explorer's eventEndDay: endDate, or the end of the month/year.
  const endDay = (e) => {
    const start = dayMs(e.date);
    if (e.endDate) return dayMs(e.endDate);
    const d = new Date(start);
    if (e.datePrecision === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0);
    if (e.datePrecision === 'year') return Date.UTC(d.getUTCFullYear(), 11, 31);
    return start;
  };
  try {
    const params = new URLSearchParams(location.search);
    const config = params.get('config') ?? 'default';
    if (!Object.hasOwn(CONFIGS, config)) throw new Error(`unknown config "${config}" (known: ${Object.keys(CONFIGS).join(', ')})`);
    const url = params.get('data');
    const dataset = await (await fetch(url)).json();
    const items = dataset.events.map((e) => {
      const start = dayMs(e.date);
      const last = endDay(e);
      const item = { id: e.id, content: e.title, start: new Date(start) };
      if (last > start) item.end = new Date(last + DAY);
      return item;
    });
    const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), {
      start: new Date(Date.UTC(2018, 0, 1)),
      end: new Date(Date.UTC(2025, 0, 1)),
      height: '420px',
      ...CONFIGS[config],
    });
    window.__vis = { items: items.length, config, timeline };
  } catch (error) {
    window.__visError = String(error);
  }
})();
