// Views re-render as data changes; these put the keyboard focus and opened <details>
// back where the user left them, so a refresh never yanks them away.

/**
 * Remembers the focused element inside root; the returned function refocuses its
 * replacement, or what fallback() returns when it has none.
 */
export function captureFocus(root, fallback = () => null) {
  const active = document.activeElement;
  if (!active || active === root || !root.contains(active)) return () => {};
  const findReplacement = locator(active, root);
  return () => {
    if (active.isConnected && document.activeElement === active) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    (findReplacement() ?? fallback())?.focus({ preventScroll: true });
  };
}

/** Remembers which <details data-keep="…"> are open; the returned function reopens them. */
export function captureOpenDetails(root) {
  const open = new Map();
  for (const details of root.querySelectorAll('details[data-keep]')) {
    open.set(details.dataset.keep, details.open);
  }
  return () => {
    for (const details of root.querySelectorAll('details[data-keep]')) {
      if (open.has(details.dataset.keep)) details.open = open.get(details.dataset.keep);
    }
  };
}

/** Runs update() and then restores focus and opened details inside root. */
export function preservingViewState(root, update, fallbackFocus) {
  const restoreFocus = captureFocus(root, fallbackFocus);
  const restoreDetails = captureOpenDetails(root);
  update();
  restoreDetails();
  restoreFocus();
}

function locator(element, root) {
  if (element.id) {
    const id = element.id;
    return () => document.getElementById(id);
  }
  const row = element.closest('[data-row-key]');
  if (!row || !root.contains(row)) return () => null;
  const key = CSS.escape(row.dataset.rowKey);
  const inner = element.classList.length
    ? `.${CSS.escape(element.classList[0])}`
    : element.tagName.toLowerCase();
  return () => root.querySelector(`[data-row-key="${key}"] ${inner}`);
}
