// The task list: filter, paging, selection and bulk actions, refreshed every few seconds.
import { listTasks } from '../api.js';
import { createBulkActions } from '../components/bulk-actions.js';
import { emptyState, errorState } from '../components/notices.js';
import { createPager } from '../components/pager.js';
import { createTaskFilter } from '../components/task-filter.js';
import { createTaskTable } from '../components/task-table.js';
import { h, mount, setSlot } from '../dom.js';
import { createPoller } from '../poller.js';
import { readFilter, readOrder, taskHash, taskPageQuery, tasksHash } from '../query.js';
import { canAct } from '../session.js';

const REFRESH_MS = 3000;

export function render(container, { query }) {
  const filter = readFilter(query);
  const order = readOrder(query);
  const actor = canAct();
  // cursors[i] is the "after" that loads page i; keyset paging can only go forward.
  const cursors = [null];
  let pageIndex = 0;
  let nextCursor = null;

  const notice = h('div', { class: 'notice-slot' });
  const table = createTaskTable({ selectable: actor, onSelectionChange: () => bulk?.selectionChanged() });
  const bulk = actor
    ? createBulkActions({ filter, selectedIds: table.selectedIds, onDone: reloadAfterAction })
    : null;
  const pager = createPager({ onFirst: firstPage, onNext: nextPage });
  const poller = createPoller(loadPage, REFRESH_MS);

  mount(container,
    h('div', { class: 'view-header' }, h('h1', {}, 'Tasks')),
    createTaskFilter({ filter, order, onApply: applyFilter, onClear: () => applyFilter({}, 'newest') }),
    scopeNote(filter, order),
    bulk?.element,
    notice,
    table.element,
    pager.element);

  async function loadPage({ isCurrent }) {
    try {
      const page = await listTasks(taskPageQuery(filter, order, cursors[pageIndex]));
      if (!isCurrent()) return;
      nextCursor = page.next ?? null;
      table.show(page.items ?? []);
      setSlot(notice, page.items?.length ? null : emptyState('No tasks match this filter.'));
      pager.update({ page: pageIndex + 1, hasNext: Boolean(nextCursor) });
    } catch (error) {
      if (isCurrent()) setSlot(notice, errorState(error.message));
    }
  }

  function applyFilter(newFilter, newOrder) {
    const target = tasksHash(newFilter, newOrder);
    // The same hash fires no hashchange, so reload here.
    if (location.hash === target) firstPage();
    else location.hash = target;
  }

  function firstPage() {
    pageIndex = 0;
    table.clearSelection();
    poller.now();
  }

  function nextPage() {
    if (!nextCursor) return;
    cursors[pageIndex + 1] = nextCursor;
    pageIndex++;
    nextCursor = null;
    table.clearSelection();
    poller.now();
  }

  function reloadAfterAction() {
    table.clearSelection();
    poller.now();
  }

  poller.now();
  return () => poller.stop();
}

// Lists of a task's children or tree come from links; say so, and offer the way out.
function scopeNote(filter, order) {
  const scopes = [['parent', 'Children of task'], ['root', 'Tasks in the tree of']]
    .filter(([key]) => filter[key]);
  if (scopes.length === 0) return null;
  return h('ul', { class: 'scope-note' }, scopes.map(([key, text]) => {
    const { [key]: removed, ...rest } = filter;
    return h('li', {},
      `${text} `, h('a', { href: taskHash(removed) }, h('code', {}, removed)),
      ' · ', h('a', { href: tasksHash(rest, order) }, 'show all tasks'));
  }));
}
