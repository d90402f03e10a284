// Acts on the selected tasks, or on every task the current filter matches.
import { actOnTasks } from '../api.js';
import { h, setSlot } from '../dom.js';
import { ACTION_LABELS, TASK_ACTIONS } from '../task-status.js';

/**
 * @param filter      the list's filter (API parameter names), used with "all tasks matching"
 * @param selectedIds () => the ids ticked on this page
 * @param onDone      () => void, after an action went through
 */
export function createBulkActions({ filter, selectedIds, onDone }) {
  let busy = false;
  const applyToAll = h('input', { type: 'checkbox', id: 'apply-to-all', onchange: refresh });
  const selectionSummary = h('span', { class: 'selection-summary' });
  // aria-disabled rather than disabled: a disabled button would drop the keyboard focus.
  const buttons = TASK_ACTIONS.map((action) => h('button', {
    type: 'button',
    id: `bulk-${action}`,
    class: action === 'delete' ? 'danger' : null,
    onclick: () => run(action),
  }, ACTION_LABELS[action]));
  const result = h('div', { id: 'bulk-result', class: 'bulk-result', role: 'status' });
  const errorSlot = h('div', { class: 'notice-slot' });

  function refresh() {
    const count = selectedIds().length;
    selectionSummary.textContent = applyToAll.checked
      ? 'Every task matching the filter'
      : count === 0 ? 'No tasks selected' : `${count} selected`;
    const inactive = busy || (!applyToAll.checked && count === 0);
    for (const button of buttons) button.setAttribute('aria-disabled', String(inactive));
  }

  async function run(action) {
    if (busy) return;
    const everything = applyToAll.checked;
    const ids = selectedIds();
    if (!everything && ids.length === 0) {
      result.textContent = 'Select tasks first, or tick “All tasks matching the filter”.';
      return;
    }
    const question = confirmation(action, everything ? null : ids.length, filter);
    if (question && !window.confirm(question)) return;

    busy = true;
    refresh();
    result.textContent = '';
    setSlot(errorSlot, null);
    try {
      // An action by filter goes a batch per request; each answer says where the next one starts.
      const totals = { matched: 0, changed: 0 };
      let after = null;
      do {
        const body = everything
          ? { action, filter, all: Object.keys(filter).length === 0, after }
          : { action, ids };
        const outcome = await actOnTasks(body);
        totals.matched += outcome.matched;
        totals.changed += outcome.changed;
        after = outcome.next ?? null;
        result.textContent = `${ACTION_LABELS[action]}: ${totals.matched} matched, ${totals.changed} changed`
          + (after ? ' so far…' : '');
      } while (after);
      applyToAll.checked = false;
      onDone();
    } catch (error) {
      setSlot(errorSlot, h('div', { id: 'bulk-error', class: 'notice notice-error', role: 'alert' },
        `${ACTION_LABELS[action]} failed: ${error.message}`));
    } finally {
      busy = false;
      refresh();
    }
  }

  refresh();
  return {
    element: h('section', { class: 'bulk-actions', 'aria-label': 'Act on several tasks' },
      h('div', { class: 'bulk-bar' },
        selectionSummary,
        h('div', { class: 'bulk-buttons' }, buttons),
        h('label', { class: 'apply-to-all', for: 'apply-to-all' },
          applyToAll, 'All tasks matching the filter (not just the selected)')),
      result,
      errorSlot),
    selectionChanged: refresh,
  };
}

/** What to ask before a destructive or wide action; null when no question is needed. */
function confirmation(action, selectedCount, filter) {
  const verb = ACTION_LABELS[action];
  if (selectedCount === null) {
    const criteria = Object.entries(filter).map(([key, value]) => `${key}=${value}`).join(', ');
    const scope = criteria ? `every task matching ${criteria}` : 'EVERY task (no filter is set)';
    return `${verb} ${scope}?${action === 'delete' ? ' This cannot be undone.' : ''}`;
  }
  if (action === 'delete') {
    return `Delete ${selectedCount} selected task${selectedCount === 1 ? '' : 's'}? This cannot be undone.`;
  }
  return null;
}
