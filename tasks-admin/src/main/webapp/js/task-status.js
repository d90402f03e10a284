// The task statuses and which actions each one allows (the server refuses the others with 409).

export const STATUSES = [
  'PENDING', 'SCHEDULED', 'RUNNING', 'WAITING_FOR_CHILDREN',
  'RETRY_WAIT', 'COMPLETED', 'FAILED', 'CANCELLED',
];

const FINISHED = new Set(['COMPLETED', 'FAILED', 'CANCELLED']);

export const TASK_ACTIONS = ['cancel', 'retry', 'run-now', 'delete'];

export const ACTION_LABELS = {
  cancel: 'Cancel',
  retry: 'Retry',
  'run-now': 'Run now',
  delete: 'Delete',
};

const ALLOWED_FROM = {
  cancel: new Set(['PENDING', 'SCHEDULED', 'RUNNING', 'RETRY_WAIT', 'WAITING_FOR_CHILDREN']),
  retry: new Set(['FAILED', 'CANCELLED']),
  'run-now': new Set(['SCHEDULED', 'RETRY_WAIT']),
  delete: new Set(['COMPLETED', 'FAILED', 'CANCELLED']),
};

export function isFinished(status) {
  return FINISHED.has(status);
}

export function actionsAllowedFor(status) {
  return TASK_ACTIONS.filter((action) => ALLOWED_FROM[action].has(status));
}

/** "WAITING_FOR_CHILDREN" -> "Waiting for children" */
export function statusLabel(status) {
  const words = String(status).toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The CSS class that gives a status its colour. */
export function statusClass(status) {
  return `status-${String(status).toLowerCase().replaceAll('_', '-')}`;
}
