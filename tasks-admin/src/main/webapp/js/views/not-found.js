// What an unknown address shows.
import { h, mount } from '../dom.js';

export function render(container) {
  mount(container,
    h('div', { class: 'notice not-found' },
      h('h1', {}, 'Nothing here'),
      h('p', {}, 'This address does not name a page of the console.'),
      h('p', {}, h('a', { href: '#/overview' }, 'Go to the overview'))));
  return () => {};
}
