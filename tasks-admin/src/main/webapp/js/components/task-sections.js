// The parts of the task detail page, each built from the API's task detail.
import { h } from '../dom.js';
import { durationBetween, formatAttempts, prettyJson, statusBadge, timeElement } from '../format.js';
import { taskHash, tasksHash } from '../query.js';
import { labelChips, taskRow, taskTableHead } from './task-rows.js';

export function taskFacts(task, runAttempt) {
  const took = durationBetween(task.startedAt, task.completedAt);
  return h('section', { class: 'panel', 'aria-labelledby': 'facts-heading' },
    h('h2', { id: 'facts-heading' }, 'Details'),
    h('dl', { class: 'facts' },
      fact('Id', h('code', {}, task.id)),
      fact('Application', task.application ?? '—'),
      fact('Queue', task.queue ?? 'default'),
      fact('Priority', h('span', { id: 'task-priority' }, task.priority === 4 ? '4 (default)' : String(task.priority))),
      fact('Labels', labelChips(task.labels) ?? h('span', { class: 'muted' }, 'none')),
      fact('Attempt', formatAttempts(runAttempt, task.maxAttempts, task.attempt)),
      fact('Created', timeElement(task.createdAt)),
      fact('Scheduled', timeElement(task.scheduledAt)),
      fact('Started', timeElement(task.startedAt)),
      fact('Completed', timeElement(task.completedAt)),
      took && fact('Took', took),
      task.waitingFor && fact('Waiting for', task.waitingFor),
      fact('Parent', task.parentId ? taskLink(task.parentId) : h('span', { class: 'muted' }, 'none')),
      fact('Root', task.rootId
        ? [taskLink(task.rootId), task.rootId === task.id && h('span', { class: 'muted' }, ' (this task)')]
        : h('span', { class: 'muted' }, '—'))));
}

/** How far the task got, as it last reported; nothing for a task that never reported. */
export function progressSection(task) {
  const progress = task.progress;
  if (!progress) return null;
  const percent = Math.floor(progress.total > 0 ? (100 * progress.done) / progress.total : 0);
  return h('section', { class: 'panel', 'aria-labelledby': 'progress-heading' },
    h('h2', { id: 'progress-heading' }, 'Progress'),
    h('progress', {
      id: 'task-progress', max: String(progress.total), value: String(progress.done),
      'aria-valuetext': `${progress.done} of ${progress.total}`,
    }),
    h('p', { id: 'task-progress-text', class: 'muted' },
      `${progress.done} of ${progress.total} (${percent} %) · reported `, timeElement(progress.updatedAt)));
}

/** The lines the task wrote to its log, newest last, with the attempt that wrote each. */
export function logSection(lines) {
  if (!lines?.length) return null;
  return h('section', { class: 'panel', 'aria-labelledby': 'log-heading' },
    h('h2', { id: 'log-heading' }, `Log (${lines.length} ${lines.length === 1 ? 'line' : 'lines'})`),
    h('ol', { id: 'task-log', class: 'task-log code', tabindex: 0 },
      lines.map((line) => h('li', {},
        h('span', { class: 'log-meta' }, timeElement(line.loggedAt, { compact: true }), ` #${line.attempt} `),
        h('span', { class: 'log-message' }, line.message)))));
}

export function payloadSection(payloadJson) {
  return h('section', { class: 'panel', 'aria-labelledby': 'payload-heading' },
    h('h2', { id: 'payload-heading' }, 'Payload'),
    h('pre', { id: 'task-payload', class: 'code', tabindex: 0 },
      payloadJson ? prettyJson(payloadJson) : '(no payload)'));
}

export function resultSection(resultJson) {
  if (resultJson === null || resultJson === undefined) return null;
  return h('section', { class: 'panel', 'aria-labelledby': 'result-heading' },
    h('h2', { id: 'result-heading' }, 'Result'),
    h('pre', { id: 'task-result', class: 'code', tabindex: 0 }, prettyJson(resultJson)));
}

export function lastErrorSection(error) {
  if (!error) return null;
  return h('section', { class: 'panel panel-error', 'aria-labelledby': 'error-heading' },
    h('h2', { id: 'error-heading' }, 'Last error'),
    errorSummary(error),
    h('details', { open: true, 'data-keep': 'last-error' },
      h('summary', {}, 'Stack trace'),
      h('pre', { id: 'task-error-stack', class: 'code stack', tabindex: 0 }, error.stackTrace || '(no stack trace)')));
}

export function attemptsSection(failedAttempts) {
  if (!failedAttempts?.length) return null;
  return h('section', { class: 'panel', 'aria-labelledby': 'attempts-heading' },
    h('h2', { id: 'attempts-heading' }, `Failed attempts (${failedAttempts.length})`),
    h('ol', { id: 'attempts', class: 'attempts' }, failedAttempts.map(attemptItem)));
}

export function timelineSection(timeline) {
  return h('section', { class: 'panel', 'aria-labelledby': 'timeline-heading' },
    h('h2', { id: 'timeline-heading' }, 'Timeline'),
    timeline?.length
      ? h('ol', { id: 'timeline', class: 'timeline' },
        timeline.map((event) => h('li', {}, timeElement(event.at), h('span', { class: 'what' }, event.what))))
      : h('p', { class: 'muted' }, 'Nothing recorded yet.'));
}

export function childrenSection(taskId, children, childCount) {
  const shown = children?.length ?? 0;
  if (!shown && !childCount) return null;
  const allChildren = tasksHash({ parent: taskId });
  const more = childCount - shown;
  return h('section', { class: 'panel', 'aria-labelledby': 'children-heading' },
    h('div', { class: 'panel-heading' },
      h('h2', { id: 'children-heading' }, `Children (${childCount})`),
      h('a', { href: allChildren }, 'Open in the task list')),
    h('div', { class: 'table-scroll' },
      h('table', { id: 'children', class: 'data-table task-table' },
        taskTableHead(),
        h('tbody', {}, (children ?? []).map((child) => taskRow(child))))),
    more > 0 && h('p', { class: 'more' }, `and ${more} more — `, h('a', { href: allChildren }, 'see all children')));
}

export function callbacksSection(callbacks) {
  if (!callbacks?.length) return null;
  return h('section', { class: 'panel', 'aria-labelledby': 'callbacks-heading' },
    h('h2', { id: 'callbacks-heading' }, 'Callbacks'),
    h('ul', { id: 'callbacks', class: 'callbacks' }, callbacks.map((callback) => h('li', {}, callback))));
}

/** The task name and status as the page title. */
export function taskTitle(task) {
  return h('div', { class: 'task-title' },
    h('h1', { tabindex: -1 }, task.name || task.id),
    statusBadge(task.status, { id: 'task-status' }));
}

function attemptItem(attempt) {
  const took = durationBetween(attempt.startedAt, attempt.finishedAt);
  return h('li', { class: 'attempt' },
    h('p', { class: 'attempt-heading' },
      h('strong', {}, `Attempt ${attempt.attempt}`),
      attempt.node && h('span', { class: 'muted' }, ` on ${attempt.node}`),
      ' · ', timeElement(attempt.startedAt), ' → ', timeElement(attempt.finishedAt),
      took && h('span', { class: 'muted' }, ` (${took})`)),
    attempt.error && errorSummary(attempt.error),
    attempt.error?.stackTrace && h('details', { 'data-keep': `attempt-${attempt.attempt}` },
      h('summary', {}, 'Stack trace'),
      h('pre', { class: 'code stack', tabindex: 0 }, attempt.error.stackTrace)));
}

function errorSummary(error) {
  return h('p', { class: 'error-summary' },
    error.type && h('strong', { class: 'error-type' }, error.type),
    error.type && error.message && ': ',
    error.message && h('span', { class: 'error-message' }, error.message));
}

function fact(term, ...description) {
  return [h('dt', {}, term), h('dd', {}, description)];
}

function taskLink(id) {
  return h('a', { href: taskHash(id) }, h('code', {}, id));
}
