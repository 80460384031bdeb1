// The comparison page: the same dataset's events in vis-timeline with its default options, except a
// fixed height (like the explorer's timeline) and the 2018–2024 window. ?data=<url of dataset.json>
/* global vis */
(async () => {
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
      // Diagnostics only (the benchmark uses the defaults): &stack=false turns vis-timeline's stacking off.
      ...(params.get('stack') === 'false' ? { stack: false } : {}),
    });
    window.__vis = { items: items.length, timeline };
  } catch (error) {
    window.__visError = String(error);
  }
})();
