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
import { formatDuration, timeElement } from '../format.js';

export function render(container) {
  const live = createLiveIndicator();
  const updatedAt = h('span', { class: 'updated-at' });
  const notice = h('div', { class: 'notice-slot' });
  const cards = createStatusCards();
  const chart = createThroughputChart();
  const byName = createByNameTable();
  const waiting = createWaitingFigures();

  mount(container,
    h('div', { class: 'view-header' }, h('h1', {}, 'Overview'), h('p', { class: 'view-meta' }, live.element, updatedAt)),
    notice,
    cards.element,
    waiting.element,
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
    waiting.update(overview.waiting);
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

/**
 * How long tasks wait to start: the oldest PENDING task of the cluster, and the queue latency of the
 * tasks this node started, as percentiles of its metrics' histogram.
 */
function createWaitingFigures() {
  const figure = (id, label) => {
    const value = h('dd', { 'data-testid': id }, '–');
    return { value, element: h('div', { class: 'waiting-figure' }, h('dt', {}, label), value) };
  };
  const oldest = figure('oldest-pending', 'Oldest pending task has waited');
  const p50 = figure('latency-p50', 'Queue latency, median');
  const p95 = figure('latency-p95', '95th percentile');
  const p99 = figure('latency-p99', '99th percentile');
  const population = h('p', { class: 'view-meta' });
  const element = h('section', { class: 'panel', 'aria-labelledby': 'waiting-heading' },
    h('h2', { id: 'waiting-heading' }, 'Waiting to start'),
    h('dl', { class: 'waiting-figures' }, [oldest, p50, p95, p99].map((item) => item.element)),
    population);

  function update(waiting) {
    if (!waiting) return;
    oldest.value.textContent = waiting.oldestPendingSeconds ? formatDuration(waiting.oldestPendingSeconds * 1000) : 'none waits';
    for (const [item, millis] of [[p50, waiting.p50Millis], [p95, waiting.p95Millis], [p99, waiting.p99Millis]]) {
      item.value.textContent = millis == null ? '–' : formatDuration(millis);
    }
    population.textContent = `Latency: submitted (or due) to started, over the ${waiting.started} tasks this node`
      + ' started since the runtime started; the histogram behind it is eetasks_task_queue_latency_seconds.';
  }

  return { element, update };
}
