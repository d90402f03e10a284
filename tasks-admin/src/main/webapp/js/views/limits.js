// The limits defined (TaskService.defineLimit), their bounds, and their use now: tasks running and
// waiting for a permit over all keys, and the busiest keys.
import { listLimits } from '../api.js';
import { dataTable, numeric } from '../components/data-table.js';
import { syncRows } from '../components/keyed-rows.js';
import { emptyState, errorState } from '../components/notices.js';
import { h, mount, setSlot } from '../dom.js';
import { createPoller } from '../poller.js';

const REFRESH_MS = 2000;

export function render(container) {
  const notice = h('div', { class: 'notice-slot' });
  const { table, tbody } = dataTable('limit-table', 'limits',
    ['Limit', 'Bounds (per key)', numeric('Running'), numeric('Waiting'), numeric('Keys'), 'Busiest keys']);
  const wrapper = h('div', { class: 'table-scroll', hidden: true }, table);
  const poller = createPoller(load, REFRESH_MS);

  mount(container,
    h('div', { class: 'view-header' }, h('h1', {}, 'Limits')),
    h('p', { class: 'view-meta' }, 'Running counts permits not given back: tasks running, or handed their turn.'),
    notice,
    wrapper);

  async function load({ isCurrent }) {
    try {
      const limits = (await listLimits()) ?? [];
      if (!isCurrent()) return;
      syncRows(tbody, limits, (limit) => limit.name, limitRow);
      wrapper.hidden = limits.length === 0;
      setSlot(notice, limits.length ? null
        : emptyState('No limit is defined. Applications define them with TaskService.defineLimit.'));
    } catch (error) {
      if (isCurrent()) setSlot(notice, errorState(error.message));
    }
  }

  poller.now();
  return () => poller.stop();
}

function limitRow(limit) {
  return h('tr', { 'data-limit': limit.name },
    h('th', { scope: 'row' }, limit.name),
    h('td', { 'data-label': 'Bounds' }, bounds(limit)),
    h('td', { class: 'num', 'data-label': 'Running', 'data-testid': `running-${limit.name}` }, String(limit.running)),
    h('td', { class: 'num', 'data-label': 'Waiting', 'data-testid': `waiting-${limit.name}` }, String(limit.waiting)),
    h('td', { class: 'num', 'data-label': 'Keys' }, String(limit.keys)),
    h('td', { 'data-label': 'Busiest keys' }, topKeys(limit.topKeys)));
}

function bounds(limit) {
  const parts = [];
  if (limit.maxRunning != null) parts.push(`${limit.maxRunning} running at once`);
  if (limit.maxStarts != null) parts.push(`${limit.maxStarts} starts per ${windowText(limit.windowMillis)}`);
  return parts.join(', ');
}

function windowText(millis) {
  if (millis % 3_600_000 === 0) return millis === 3_600_000 ? 'hour' : `${millis / 3_600_000} h`;
  if (millis % 60_000 === 0) return millis === 60_000 ? 'minute' : `${millis / 60_000} min`;
  if (millis % 1000 === 0) return millis === 1000 ? 'second' : `${millis / 1000} s`;
  return `${millis} ms`;
}

function topKeys(keys) {
  if (!keys?.length) return h('span', { class: 'muted' }, '—');
  return h('ul', { class: 'limit-keys' }, keys.map((use) => h('li', {},
    h('code', {}, use.key === '' ? '(one key)' : use.key),
    ` ${use.running} running, ${use.waiting} waiting`)));
}
