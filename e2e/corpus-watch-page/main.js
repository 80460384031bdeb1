// A page that shows the titles of the dataset's events: enough to see the dev server's corpus watch
// reload it with a rebuilt dataset.
const response = await fetch('./data/dataset.json', { cache: 'no-store' });
const dataset = await response.json();
document.getElementById('events').textContent = dataset.events.map((e) => e.title).join(' | ');
