// One task: what it is, what it got, what went wrong, and what came of it. Re-fetched
// every second until it is finished.
import { getTask } from '../api.js';
import { errorState } from '../components/notices.js';
import { createTaskActions } from '../components/task-actions.js';
import {
  attemptsSection, callbacksSection, childrenSection, lastErrorSection, logSection, payloadSection,
  progressSection, resultSection, taskFacts, taskTitle, timelineSection,
} from '../components/task-sections.js';
import { h, mount, setSlot } from '../dom.js';
import { createPoller } from '../poller.js';
import { canAct } from '../session.js';
import { isFinished } from '../task-status.js';
import { preservingViewState } from '../view-state.js';

const REFRESH_MS = 1000;

export function render(container, { id }) {
  // Lives outside the re-rendered content so a refresh does not wipe the message.
  const actionError = h('div', { id: 'action-error', class: 'notice notice-error', role: 'alert' });
  const loadError = h('div', { class: 'notice-slot' });
  const content = h('div', { class: 'task-detail' }, h('p', { class: 'loading' }, 'Loading task…'));
  const poller = createPoller(load, REFRESH_MS);
  let shownJson = null;

  mount(container,
    h('p', { class: 'back-link' }, h('a', { href: '#/tasks' }, '← All tasks')),
    loadError,
    content);

  async function load({ isCurrent }) {
    try {
      const detail = await getTask(id);
      if (!isCurrent()) return false;
      setSlot(loadError, null);
      const json = JSON.stringify(detail);
      if (json !== shownJson) {
        shownJson = json;
        preservingViewState(content, () => content.replaceChildren(...detailView(detail)),
          () => content.querySelector('h1'));
        document.title = `${detail.task.name} · EE Tasks`;
      }
      return !isFinished(detail.task.status);
    } catch (error) {
      if (!isCurrent()) return false;
      if (error.status === 404 || error.status === 400) {
        content.replaceChildren(notFound(id, error.message));
        return false;
      }
      setSlot(loadError, errorState(error.message));
      return true;
    }
  }

  function detailView({
    task, runAttempt, payloadJson, failedAttempts, timeline, children, childCount, callbacks, log,
  }) {
    const actions = canAct()
      ? createTaskActions(task, {
        onChanged: () => poller.now(),
        onDeleted: () => { location.hash = '#/tasks'; },
        showError,
      })
      : null;
    return [
      h('div', { class: 'view-header' }, taskTitle(task), actions),
      actionError,
      progressSection(task),
      h('div', { class: 'detail-grid' },
        taskFacts(task, runAttempt),
        h('div', { class: 'stack-of-panels' }, payloadSection(payloadJson), resultSection(task.resultJson))),
      lastErrorSection(task.error),
      logSection(log),
      attemptsSection(failedAttempts),
      childrenSection(task.id, children, childCount ?? 0),
      timelineSection(timeline),
      callbacksSection(callbacks),
    ].filter(Boolean);
  }

  function showError(message) {
    actionError.textContent = message ?? '';
  }

  poller.now();
  return () => poller.stop();
}

function notFound(id, message) {
  return h('div', { id: 'not-found', class: 'notice not-found' },
    h('h1', { tabindex: -1 }, 'No task with this id'),
    h('p', {}, h('code', {}, id)),
    message && h('p', { class: 'muted' }, message),
    h('p', {}, h('a', { href: '#/tasks' }, 'Back to the task list')));
}
