// The nodes that have run EE Tasks, whether they still send heartbeats, how healthy they said they were,
// and what they run; the queues, how many of their tasks wait and run, and which nodes consume from each.
import { listNodes, listQueues } from '../api.js';
import { dataTable, numeric } from '../components/data-table.js';
import { syncRows } from '../components/keyed-rows.js';
import { emptyState, errorState } from '../components/notices.js';
import { h, mount, setSlot } from '../dom.js';
import { agoElement, refreshAgo, timeElement } from '../format.js';
import { createPoller } from '../poller.js';
import { tasksHash } from '../query.js';

const REFRESH_MS = 5000;

export function render(container) {
  const summary = h('p', { id: 'node-summary', class: 'view-meta' });
  const notice = h('div', { class: 'notice-slot' });
  const { table, tbody } = dataTable('node-table', 'nodes',
    ['Node', 'State', 'Health', numeric('Running'), 'Consumers busy', 'Started', 'Last seen']);
  const wrapper = h('div', { class: 'table-scroll', hidden: true }, table);
  const { table: queueTable, tbody: queueBody } = dataTable('queue-table', 'queues',
    ['Queue', numeric('Pending'), numeric('Running'), 'Consumers (live nodes)']);
  const queueWrapper = h('section', { class: 'queue-section', hidden: true },
    h('h2', {}, 'Queues'), h('div', { class: 'table-scroll' }, queueTable));
  const poller = createPoller(load, REFRESH_MS);

  mount(container,
    h('div', { class: 'view-header' }, h('h1', {}, 'Nodes'), summary),
    notice,
    wrapper,
    queueWrapper);

  async function load({ isCurrent }) {
    try {
      const [listed, queues] = await Promise.all([listNodes(), listQueues()]);
      const nodes = listed ?? [];
      if (!isCurrent()) return;
      syncRows(queueBody, queues ?? [], (queue) => queue.name, queueRow);
      queueWrapper.hidden = !queues?.length;
      syncRows(tbody, nodes, (node) => node.name, nodeRow);
      refreshAgo(tbody);
      wrapper.hidden = nodes.length === 0;
      summary.textContent = nodes.length ? countText(nodes) : '';
      setSlot(notice, nodes.length ? null : emptyState('No node has reported yet.'));
    } catch (error) {
      if (isCurrent()) setSlot(notice, errorState(error.message));
    }
  }

  poller.now();
  return () => poller.stop();
}

function nodeRow(node) {
  const running = node.running ?? 0;
  return h('tr', { 'data-node': node.name, class: node.alive ? null : 'gone' },
    h('th', { scope: 'row' }, node.name),
    h('td', { 'data-label': 'State' }, node.alive
      ? h('span', { class: 'badge node-alive' }, 'alive')
      : h('span', { class: 'badge node-gone' }, 'gone')),
    h('td', { 'data-label': 'Health' }, healthCell(node)),
    h('td', { class: 'num', 'data-label': 'Running' },
      // The task list cannot filter by node, so this leads to every running task.
      h('a', {
        href: tasksHash({ status: 'RUNNING' }),
        title: 'Running tasks of all nodes',
        'aria-label': `${running} running on ${node.name}; show running tasks`,
      }, String(running))),
    h('td', { 'data-label': 'Consumers busy' }, busyText(node.queues, node.busy)),
    h('td', { 'data-label': 'Started' }, timeElement(node.startedAt)),
    h('td', { 'data-label': 'Last seen' }, agoElement(node.lastSeenAt)));
}

function queueRow(queue) {
  return h('tr', { 'data-queue': queue.name },
    h('th', { scope: 'row' }, queue.name),
    h('td', { class: 'num', 'data-label': 'Pending' },
      h('a', { href: tasksHash({ status: 'PENDING', queue: queue.name }) }, String(queue.pending ?? 0))),
    h('td', { class: 'num', 'data-label': 'Running' },
      h('a', { href: tasksHash({ status: 'RUNNING', queue: queue.name }) }, String(queue.running ?? 0))),
    h('td', { 'data-label': 'Consumers' }, consumersText(queue.consumers, 'no live node serves it')));
}

/**
 * The checks the node ran at its last heartbeat: "ready", or "not ready" with each failing check and
 * its reason. A node that is gone reports nothing new, so its last report is not shown as current.
 */
function healthCell(node) {
  if (!node.alive) return h('span', { class: 'muted' }, '–');
  const health = node.health ?? '';
  if (health === 'UP') return h('span', { class: 'badge health-up', 'data-health': 'UP' }, 'ready');
  if (!health) return h('span', { class: 'muted' }, 'not reported yet');
  const reasons = health.replace(/^DOWN: /, '').split('; ');
  return h('div', { class: 'health-down-cell' },
    h('span', { class: 'badge health-down', 'data-health': 'DOWN' }, 'not ready'),
    h('ul', { class: 'health-reasons' }, reasons.map((reason) => h('li', {}, reason))));
}

/** "default 3 of 16, reports 0 of 4": consumers running a task out of those the node runs, by queue. */
function busyText(queues, busy) {
  const entries = Object.entries(queues ?? {});
  if (!entries.length) return 'none (submits only)';
  return entries.map(([name, count]) => `${name} ${busy?.[name] ?? 0} of ${count}`).join(', ');
}

/** "default ×16, reports ×4" from a map of names to consumer counts. */
function consumersText(counts, none) {
  const entries = Object.entries(counts ?? {});
  return entries.length ? entries.map(([name, count]) => `${name} ×${count}`).join(', ') : none;
}

function countText(nodes) {
  const alive = nodes.filter((node) => node.alive).length;
  const gone = nodes.length - alive;
  return gone ? `${alive} alive, ${gone} gone` : `${alive} alive`;
}
