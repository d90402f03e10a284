// The broker's dead-letter queue, with requeue and discard for users who can act.
import { discardDeadLetter, listDeadLetters, requeueDeadLetter } from '../api.js';
import { ACTIONS, dataTable, numeric } from '../components/data-table.js';
import { syncRows } from '../components/keyed-rows.js';
import { emptyState, errorState } from '../components/notices.js';
import { createPager } from '../components/pager.js';
import { h, mount, setSlot } from '../dom.js';
import { statusBadge, timeElement } from '../format.js';
import { createPoller } from '../poller.js';
import { taskHash } from '../query.js';
import { canAct } from '../session.js';

// Browsing the queue costs the broker more than a database query; refresh gently.
const REFRESH_MS = 10000;

export function render(container) {
  const actor = canAct();
  const queue = h('p', { class: 'view-meta' });
  const notice = h('div', { class: 'notice-slot' });
  const actionResult = h('div', { id: 'action-result', class: 'action-result', role: 'status' });
  const actionError = h('div', { id: 'action-error', class: 'notice notice-error', role: 'alert' });
  const { table, tbody } = dataTable('dead-letter-table', 'dead-letters',
    ['Message', 'Task', 'Status', numeric('Deliveries'), 'Received', actor && ACTIONS]);
  const wrapper = h('div', { class: 'table-scroll', hidden: true }, table);
  const poller = createPoller(load, REFRESH_MS);
  // cursors[i] is the "after" that loads page i.
  const cursors = [null];
  let pageIndex = 0;
  let nextCursor = null;
  const pager = createPager({
    onFirst: () => { pageIndex = 0; poller.now(); },
    onNext: () => {
      if (!nextCursor) return;
      cursors[++pageIndex] = nextCursor;
      nextCursor = null;
      poller.now();
    },
  });
  // The rows' data by message id, so a button knows which task it acts for.
  let shown = new Map();
  let busy = false;

  mount(container,
    h('div', { class: 'view-header' }, h('h1', {}, 'Dead letters'), queue),
    h('p', { class: 'intro' },
      'Messages the broker gave up delivering. Their tasks are not lost: the runtime sends every task '
      + "that is still pending again. Requeue sends a message's task now; discard removes the message."),
    actionResult,
    actionError,
    notice,
    wrapper,
    pager.element);

  tbody.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (button) act(button.closest('tr').dataset.messageId, button.dataset.action);
  });

  async function load({ isCurrent }) {
    try {
      const answer = await listDeadLetters(cursors[pageIndex]);
      if (!isCurrent()) return;
      nextCursor = answer?.next ?? null;
      pager.update({ page: pageIndex + 1, hasNext: Boolean(nextCursor) });
      const items = answer?.items ?? [];
      shown = new Map(items.map((item) => [item.messageId, item]));
      queue.replaceChildren(...(answer?.queue ? ['queue ', h('code', {}, answer.queue)] : []));
      syncRows(tbody, items, (item) => item.messageId, (item) => deadLetterRow(item, actor));
      wrapper.hidden = items.length === 0;
      setSlot(notice, items.length ? null : emptyState('No dead letters.'));
    } catch (error) {
      if (isCurrent()) setSlot(notice, errorState(error.message));
    }
  }

  async function act(messageId, action) {
    if (busy) return;
    const item = shown.get(messageId);
    if (action === 'discard' && !window.confirm(discardQuestion(messageId, item))) return;
    busy = true;
    actionResult.textContent = '';
    actionError.textContent = '';
    try {
      if (action === 'requeue') {
        await requeueDeadLetter(messageId);
        actionResult.textContent = `Requeued task ${taskDescription(item) ?? `of message ${messageId}`}.`;
      } else {
        await discardDeadLetter(messageId);
        actionResult.textContent = `Discarded message ${messageId}.`;
      }
    } catch (error) {
      actionError.textContent = `Could not ${action} message ${messageId}: ${error.message}`;
    } finally {
      busy = false;
      // Also after a failure: the message may have been handled meanwhile.
      poller.now();
    }
  }

  poller.now();
  return () => poller.stop();
}

function deadLetterRow(item, actor) {
  return h('tr', { 'data-message-id': item.messageId },
    h('th', { scope: 'row' },
      h('code', { class: 'truncate message-id', title: item.messageId }, item.messageId)),
    h('td', { 'data-label': 'Task' }, taskCell(item)),
    h('td', { 'data-label': 'Status' },
      item.task?.status ? statusBadge(item.task.status) : h('span', { class: 'muted' }, '—')),
    h('td', { class: 'num', 'data-label': 'Deliveries' }, String(item.deliveryCount ?? '—')),
    h('td', { 'data-label': 'Received' }, timeElement(item.receivedAt)),
    actor && h('td', { class: 'row-actions' }, deadLetterButtons(item)));
}

function taskCell(item) {
  if (!item.taskId) return h('span', { class: 'muted' }, 'unknown');
  if (!item.task) return h('a', { href: taskHash(item.taskId) }, h('code', {}, item.taskId));
  return [
    h('a', { class: 'task-link', href: taskHash(item.taskId) }, item.task.name || item.taskId),
    h('div', { class: 'sub' }, [item.task.application, String(item.taskId).slice(0, 8)].filter(Boolean).join(' · ')),
  ];
}

function deadLetterButtons(item) {
  // The action's own class comes first: focus restoring after a refresh finds buttons by it.
  const button = (action, label, extraClass, name) => h('button', {
    type: 'button',
    class: extraClass ? `${action} ${extraClass}` : action,
    'data-action': action,
    'aria-label': `${label} ${name}`,
  }, label);
  return [
    // Without a task id there is nothing to send again.
    item.taskId && button('requeue', 'Requeue', null, `task ${item.task?.name || item.taskId}`),
    button('discard', 'Discard', 'danger', `message ${item.messageId}`),
  ];
}

function taskDescription(item) {
  if (!item?.taskId) return null;
  return item.task?.name ? `${item.task.name} (${item.taskId})` : item.taskId;
}

function discardQuestion(messageId, item) {
  const task = taskDescription(item);
  return `Discard message ${messageId}${task ? ` for task ${task}` : ''}? It cannot be brought back.`;
}
