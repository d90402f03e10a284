// The task list's table, with the selection that bulk actions work on.
import { h } from '../dom.js';
import { syncRows } from './keyed-rows.js';
import { taskRow, taskTableHead } from './task-rows.js';

/**
 * @param selectable        whether rows get checkboxes (users who can act)
 * @param onSelectionChange () => void
 */
export function createTaskTable({ selectable, onSelectionChange = () => {} }) {
  const selection = new Set();
  let items = [];
  const selectAll = selectable ? h('input', { type: 'checkbox', id: 'select-all', onchange: toggleAll }) : null;
  const tbody = h('tbody');
  const table = h('table', { id: 'task-table', class: `data-table task-table${selectable ? ' selectable' : ''}` },
    taskTableHead(selectAll && h('label', { class: 'select-all' },
      selectAll, h('span', { class: 'select-all-text' }, 'Select all tasks on this page'))),
    tbody);
  const wrapper = h('div', { class: 'table-scroll', hidden: true }, table);

  tbody.addEventListener('change', (event) => {
    if (!event.target.matches('.select-task')) return;
    const id = event.target.closest('tr').dataset.taskId;
    if (event.target.checked) selection.add(id);
    else selection.delete(id);
    selectionChanged();
  });

  function show(newItems) {
    items = newItems;
    // Tasks that left the page (deleted, or no longer matching) are no longer selected.
    const visible = new Set(items.map((item) => item.id));
    for (const id of selection) {
      if (!visible.has(id)) selection.delete(id);
    }
    syncRows(tbody, items, (item) => item.id,
      (item) => taskRow(item, { selectable, selected: selection.has(item.id) }));
    wrapper.hidden = items.length === 0;
    selectionChanged();
  }

  function toggleAll() {
    for (const item of items) {
      if (selectAll.checked) selection.add(item.id);
      else selection.delete(item.id);
    }
    for (const box of tbody.querySelectorAll('.select-task')) {
      box.checked = selection.has(box.closest('tr').dataset.taskId);
    }
    selectionChanged();
  }

  function clearSelection() {
    selection.clear();
    for (const box of tbody.querySelectorAll('.select-task')) box.checked = false;
    selectionChanged();
  }

  function selectionChanged() {
    if (selectAll) {
      const selectedHere = items.filter((item) => selection.has(item.id)).length;
      selectAll.checked = selectedHere > 0 && selectedHere === items.length;
      selectAll.indeterminate = selectedHere > 0 && selectedHere < items.length;
    }
    onSelectionChange();
  }

  return {
    element: wrapper,
    show,
    clearSelection,
    selectedIds: () => [...selection],
  };
}
