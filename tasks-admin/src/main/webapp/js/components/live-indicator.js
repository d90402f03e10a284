// Tells whether the overview is following the server's live updates.
import { h } from '../dom.js';

const TEXT = { connecting: 'connecting…', live: 'live', reconnecting: 'reconnecting…' };

export function createLiveIndicator() {
  const element = h('span', { id: 'live-indicator', class: 'live-indicator' });
  function setState(state) {
    if (element.dataset.state === state) return;
    element.dataset.state = state;
    element.textContent = TEXT[state] ?? state;
  }
  setState('connecting');
  return { element, setState };
}
