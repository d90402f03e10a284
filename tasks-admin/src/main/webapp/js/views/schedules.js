// Recurring schedules, with pause, resume and trigger for users who can act.
import { actOnSchedule, listSchedules } from '../api.js';
import { ACTIONS, dataTable } from '../components/data-table.js';
import { syncRows } from '../components/keyed-rows.js';
import { emptyState, errorState } from '../components/notices.js';
import { h, mount, setSlot } from '../dom.js';
import { formatIsoDuration, timeElement } from '../format.js';
import { createPoller } from '../poller.js';
import { canAct } from '../session.js';

const REFRESH_MS = 5000;
const DONE = { pause: 'Paused', resume: 'Resumed', trigger: 'Triggered' };

export function render(container) {
  const actor = canAct();
  const notice = h('div', { class: 'notice-slot' });
  const actionResult = h('div', { id: 'action-result', class: 'action-result', role: 'status' });
  const actionError = h('div', { id: 'action-error', class: 'notice notice-error', role: 'alert' });
  const { table, tbody } = dataTable('schedule-table', 'schedules',
    ['Name', 'Task', 'Cron or rate', 'Zone', 'Next fire', 'Last fired', 'State', actor && ACTIONS]);
  const wrapper = h('div', { class: 'table-scroll', hidden: true }, table);
  const poller = createPoller(load, REFRESH_MS);
  let busy = false;

  mount(container,
    h('div', { class: 'view-header' }, h('h1', {}, 'Schedules')),
    actionResult,
    actionError,
    notice,
    wrapper);

  tbody.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    const row = button?.closest('tr');
    if (button) act(row.dataset.application, row.dataset.schedule, button.dataset.action);
  });

  async function load({ isCurrent }) {
    try {
      const schedules = await listSchedules();
      if (!isCurrent()) return;
      // Names are each application's own: two applications may both have a "nightly".
      syncRows(tbody, schedules, (schedule) => `${schedule.application}/${schedule.name}`,
        (schedule) => scheduleRow(schedule, actor));
      wrapper.hidden = schedules.length === 0;
      setSlot(notice, schedules.length ? null : emptyState('No recurring schedules.'));
    } catch (error) {
      if (isCurrent()) setSlot(notice, errorState(error.message));
    }
  }

  async function act(application, name, action) {
    if (busy) return;
    busy = true;
    actionResult.textContent = '';
    actionError.textContent = '';
    try {
      await actOnSchedule(application, name, action);
      actionResult.textContent = `${DONE[action]} ${name}.`;
      poller.now();
    } catch (error) {
      actionError.textContent = `Could not ${action} ${name}: ${error.message}`;
    } finally {
      busy = false;
    }
  }

  poller.now();
  return () => poller.stop();
}

function scheduleRow(schedule, actor) {
  return h('tr', { 'data-application': schedule.application, 'data-schedule': schedule.name },
    h('th', { scope: 'row' }, schedule.name,
      schedule.application && h('div', { class: 'sub' }, schedule.application)),
    h('td', { 'data-label': 'Task' }, schedule.taskName ?? '—'),
    h('td', { 'data-label': 'Cron or rate' }, cadence(schedule)),
    h('td', { 'data-label': 'Zone' }, schedule.zone ?? h('span', { class: 'muted' }, '—')),
    h('td', { 'data-label': 'Next fire' },
      schedule.paused ? h('span', { class: 'muted' }, 'paused') : timeElement(schedule.nextFireAt)),
    h('td', { 'data-label': 'Last fired' }, timeElement(schedule.lastFiredAt)),
    h('td', { 'data-label': 'State' }, schedule.paused
      ? h('span', { class: 'badge state-paused' }, 'paused')
      : h('span', { class: 'badge state-active' }, 'active')),
    actor && h('td', { class: 'row-actions' }, scheduleButtons(schedule)));
}

function cadence(schedule) {
  if (schedule.cron) return h('code', {}, schedule.cron);
  if (schedule.rate) return h('span', { title: schedule.rate }, `every ${formatIsoDuration(schedule.rate)}`);
  return h('span', { class: 'muted' }, '—');
}

function scheduleButtons(schedule) {
  const button = (action, label) => h('button', {
    type: 'button',
    class: action,
    'data-action': action,
    'aria-label': `${label} ${schedule.name}`,
  }, label);
  return [
    schedule.paused ? button('resume', 'Resume') : button('pause', 'Pause'),
    button('trigger', 'Trigger'),
  ];
}
