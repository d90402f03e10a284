// "First page" / "Next page" buttons for keyset paging, which can only go forward.
import { h } from '../dom.js';

export function createPager({ onFirst, onNext }) {
  const first = h('button', { type: 'button', id: 'first-page', disabled: true, onclick: onFirst }, 'First page');
  const next = h('button', { type: 'button', id: 'next-page', disabled: true, onclick: onNext }, 'Next page');
  const pageNumber = h('span', { class: 'page-number', 'aria-live': 'polite' }, 'Page 1');

  function update({ page, hasNext }) {
    const focused = document.activeElement;
    first.disabled = page <= 1;
    next.disabled = !hasNext;
    pageNumber.textContent = `Page ${page}`;
    // A disabled button loses the focus; hand it to the other one.
    if (focused === first && first.disabled && !next.disabled) next.focus();
    if (focused === next && next.disabled && !first.disabled) first.focus();
  }

  return {
    element: h('nav', { class: 'pager', 'aria-label': 'Pages' }, first, pageNumber, next),
    update,
  };
}
