// The shared look of "nothing here" and "that failed" messages.
import { h } from '../dom.js';

export function errorState(message, ...more) {
  return h('div', { id: 'error-state', role: 'alert', class: 'notice notice-error' }, message, more);
}

export function emptyState(text) {
  return h('p', { id: 'empty-state', class: 'empty-state' }, text);
}
