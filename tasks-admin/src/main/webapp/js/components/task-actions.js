// The buttons that act on one task, limited to what its status allows.
import { actOnTask, deleteTask } from '../api.js';
import { h } from '../dom.js';
import { ACTION_LABELS, actionsAllowedFor } from '../task-status.js';

/**
 * @param onChanged () => void, after an action went through or was refused
 * @param onDeleted () => void, after the task was deleted
 * @param showError (message|null) => void
 * @returns the button group, or null when the status allows nothing
 */
export function createTaskActions(task, { onChanged, onDeleted, showError }) {
  const actions = actionsAllowedFor(task.status);
  if (actions.length === 0) return null;
  let busy = false;

  async function run(action) {
    if (busy) return;
    if (action === 'delete' && !window.confirm(`Delete task ${task.name} (${task.id})? This cannot be undone.`)) return;
    busy = true;
    group.setAttribute('aria-busy', 'true');
    showError(null);
    try {
      if (action === 'delete') {
        await deleteTask(task.id);
        onDeleted();
      } else {
        await actOnTask(task.id, action);
        onChanged();
      }
    } catch (error) {
      showError(`${ACTION_LABELS[action]} failed: ${error.message}`);
      // Usually someone else changed the task first (409); show how it is now.
      onChanged();
    } finally {
      busy = false;
      group.removeAttribute('aria-busy');
    }
  }

  const group = h('div', { class: 'task-actions', role: 'group', 'aria-label': 'Actions' },
    actions.map((action) => h('button', {
      type: 'button',
      id: `action-${action}`,
      class: action === 'delete' ? 'danger' : null,
      onclick: () => run(action),
    }, ACTION_LABELS[action])));
  return group;
}
