// Builds elements from plain data. Text always goes in as text nodes, so payloads
// and error messages that contain HTML are shown, never parsed.

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

// As attributes these would only set the initial state, so they are set as properties.
const PROPERTIES = new Set(['checked', 'indeterminate', 'value', 'disabled', 'selected']);

export function h(tag, attributes, ...children) {
  return build(document.createElement(tag), attributes, children);
}

export function svg(tag, attributes, ...children) {
  return build(document.createElementNS(SVG_NAMESPACE, tag), attributes, children);
}

/** Appends children, skipping the absent ones (null, undefined, false) that optional parts yield. */
export function mount(parent, ...children) {
  parent.append(...children.flat(Infinity).filter(isPresent));
}

/** Shows one node, or nothing, in a placeholder element. */
export function setSlot(slot, node) {
  slot.replaceChildren(...(node ? [node] : []));
}

function build(element, attributes, children) {
  // Children first, so that a <select>'s value can pick one of its options.
  element.append(...children.flat(Infinity).filter(isPresent));
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (!isPresent(value)) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (PROPERTIES.has(name)) {
      element[name] = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  return element;
}

function isPresent(value) {
  return value !== null && value !== undefined && value !== false;
}
