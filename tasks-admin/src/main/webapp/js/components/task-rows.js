// One task as a table row, shared by the task list and a task's children.
import { h } from '../dom.js';
import { durationBetween, formatAttempts, statusBadge, timeElement } from '../format.js';
import { taskHash, tasksHash } from '../query.js';

const COLUMNS = [
  ['name', 'Task'],
  ['status', 'Status'],
  ['attempt', 'Attempt'],
  ['created', 'Created'],
  ['finished', 'Finished'],
  ['error', 'Error'],
];

/** The header row; selectAll is the page's select-all checkbox, for users who can act. */
export function taskTableHead(selectAll = null) {
  return h('thead', {},
    h('tr', {},
      selectAll && h('th', { class: 'select', scope: 'col' }, selectAll),
      COLUMNS.map(([key, label]) => h('th', { class: key, scope: 'col' }, label))));
}

export function taskRow(task, { selectable = false, selected = false } = {}) {
  return h('tr', { 'data-task-id': task.id, 'data-row-key': task.id },
    selectable && h('td', { class: 'select' },
      h('input', {
        type: 'checkbox',
        class: 'select-task',
        'aria-label': `Select task ${task.id}`,
        checked: selected,
      })),
    h('td', { class: 'name' },
      h('a', { class: 'task-link', href: taskHash(task.id) }, task.name || task.id),
      h('div', { class: 'sub' }, [task.application, task.queue && task.queue !== 'default' ? `queue ${task.queue}` : null,
        task.priority !== undefined && task.priority !== 4 ? `priority ${task.priority}` : null, shortId(task.id)]
        .filter(Boolean).join(' · ')),
      labelChips(task.labels)),
    h('td', { class: 'status' }, statusBadge(task.status)),
    h('td', { class: 'attempt', 'data-label': 'Attempt' }, formatAttempts(task.runAttempt, task.maxAttempts, task.attempt)),
    h('td', { class: 'created', 'data-label': 'Created' }, timeElement(task.createdAt, { compact: true })),
    h('td', { class: 'finished', 'data-label': 'Finished' }, finished(task)),
    h('td', { class: 'error' }, problem(task)));
}

function finished(task) {
  if (!task.completedAt) return h('span', { class: 'muted' }, '—');
  const took = durationBetween(task.startedAt, task.completedAt);
  return [
    timeElement(task.completedAt, { compact: true }),
    took && h('div', { class: 'sub' }, `took ${took}`),
  ];
}

// The error, or else why a pending task is not running.
function problem(task) {
  if (task.errorMessage || task.errorType) {
    const full = [task.errorType, task.errorMessage].filter(Boolean).join(': ');
    return h('span', { class: 'truncate error-text', title: full }, task.errorMessage || task.errorType);
  }
  if (task.waitingFor) {
    return h('span', { class: 'truncate muted', title: task.waitingFor }, task.waitingFor);
  }
  return null;
}

/** A task's labels, each a link to the tasks that carry it. */
export function labelChips(labels) {
  if (!labels?.length) return null;
  return h('ul', { class: 'labels', 'aria-label': 'Labels' },
    labels.map((label) => h('li', {}, h('a', { class: 'label-chip', href: tasksHash({ label }) }, label))));
}

function shortId(id) {
  return id ? String(id).slice(0, 8) : '';
}
