// Counts by status, throughput of the last hour and counts by task name, kept live
// by the server's event stream.
import { getOverview, OVERVIEW_EVENTS_URL } from '../api.js';
import { createByNameTable } from '../components/by-name-table.js';
import { createLiveIndicator } from '../components/live-indicator.js';
import { errorState } from '../components/notices.js';
import { createStatusCards } from '../components/status-cards.js';
import { createThroughputChart } from '../components/throughput-chart.js';
import { h, mount, setSlot } from '../dom.js';
import { followEvents } from '../live-feed.js';
import { timeElement } from '../format.js';

export function render(container) {
  const live = createLiveIndicator();
  const updatedAt = h('span', { class: 'updated-at' });
  const notice = h('div', { class: 'notice-slot' });
  const cards = createStatusCards();
  const chart = createThroughputChart();
  const byName = createByNameTable();

  mount(container,
    h('div', { class: 'view-header' }, h('h1', {}, 'Overview'), h('p', { class: 'view-meta' }, live.element, updatedAt)),
    notice,
    cards.element,
    h('section', { class: 'panel', 'aria-labelledby': 'throughput-heading' },
      h('h2', { id: 'throughput-heading' }, 'Finished per minute, last 60 minutes'),
      chart.element),
    h('section', { class: 'panel', 'aria-labelledby': 'by-name-heading' },
      h('h2', { id: 'by-name-heading' }, 'By task name'),
      byName.element));

  let stopped = false;
  let shownAt = -Infinity;

  function show(overview) {
    // The first fetch and the first event race; never go back in time.
    const at = Date.parse(overview.at);
    if (at < shownAt) return;
    shownAt = Number.isNaN(at) ? shownAt : at;
    setSlot(notice, null);
    cards.update(overview.byStatus ?? {});
    chart.update(overview.perMinute ?? []);
    byName.update(overview.byName ?? []);
    updatedAt.replaceChildren('updated ', timeElement(overview.at));
  }

  getOverview()
    .then((overview) => !stopped && show(overview))
    .catch((error) => {
      if (!stopped && shownAt === -Infinity) setSlot(notice, errorState(error.message));
    });
  const stopFollowing = followEvents(OVERVIEW_EVENTS_URL, 'overview', { onData: show, onState: live.setState });

  return () => {
    stopped = true;
    stopFollowing();
    chart.destroy();
  };
}
