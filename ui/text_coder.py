"""The span coder: a Streamlit custom component (components v2) that shows a document's units
with their coded spans in colour, lets the coder select any characters, and applies a code
of the quick list to the selection (keys 1-9, or the numbered buttons).

Offsets. The text is sent as *pieces*: runs of characters between coding boundaries, each
with its ``start``/``end`` in the document (Python offsets: code points of the NFC text
the project stores). The browser builds one ``<span class="dtc-piece" data-start=..>`` per
piece with ``textContent`` (never innerHTML, so data is never parsed as HTML). A selection is
turned back into document offsets from the pieces it touches: the first piece's
``data-start`` plus the number of code points before the selection start inside that
piece's text node (``Array.from`` counts code points, not UTF-16 units, so emoji and other
astral characters keep offsets right), and likewise for the end. Nothing is re-derived from
a string the browser re-typed, so line breaks, labels and the DOM's own text never shift
an offset. Labels (speaker, time) are ``user-select: none`` and are not pieces.

Python gets a trigger value ``apply`` = {start, end, code, nonce} and a state value
``selection`` = {start, end} (the current selection, for the panel's "apply any code").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import streamlit as st

from ui.common import safe_color

HTML = ""

CSS = """
.dtc-root { font-family: var(--st-font, sans-serif); font-size: 1rem; line-height: 1.7;
  outline: none; border: 1px solid var(--st-border-color, #ddd);
  border-radius: var(--st-base-radius, 0.5rem); padding: 0.5rem 0.75rem; }
.dtc-root:focus { border-color: var(--st-primary-color, #ff4b4b); }
.dtc-bar { display: flex; flex-wrap: wrap; gap: 4px; align-items: center;
  margin-bottom: 0.4rem; user-select: none; font-size: 0.85rem; }
.dtc-bar button { border: 2px solid #999; border-radius: 12px; background: transparent;
  padding: 0 8px; cursor: pointer; font-size: 0.85rem; color: inherit; }
.dtc-bar button:disabled { opacity: 0.45; cursor: default; }
.dtc-status { margin-left: auto; opacity: 0.75; }
.dtc-text { max-height: 32rem; overflow-y: auto; }
.dtc-unit { margin: 0.15rem 0 0.55rem 0; white-space: pre-wrap; }
.dtc-label { user-select: none; -webkit-user-select: none; font-size: 0.8rem;
  opacity: 0.7; margin-right: 0.4rem; }
.dtc-piece.dtc-coded { border-radius: 2px; cursor: help; }
"""

JS = r"""
const CODEPOINTS = (s) => Array.from(s).length;

function piecePoint(piece, node, offset) {
  // A range boundary (node, offset) that lies in this piece's text node -> document offset.
  const start = Number(piece.dataset.start);
  if (node.nodeType === Node.TEXT_NODE && piece.contains(node)) {
    return start + CODEPOINTS(node.data.slice(0, offset));
  }
  return null;
}

function selectionOffsets(root) {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const text = root.querySelector('.dtc-text');
  if (!text || !text.contains(range.commonAncestorContainer) &&
      !range.commonAncestorContainer.contains(text)) return null;
  const pieces = Array.from(root.querySelectorAll('.dtc-piece'))
    .filter((p) => range.intersectsNode(p));
  if (pieces.length === 0) return null;
  const first = pieces[0], last = pieces[pieces.length - 1];
  let start = piecePoint(first, range.startContainer, range.startOffset);
  if (start === null) start = Number(first.dataset.start);
  let end = piecePoint(last, range.endContainer, range.endOffset);
  if (end === null) end = Number(last.dataset.end);
  if (!(end > start)) return null;
  return { start, end };
}

function placeOf(root) {
  // Where the reader is in the text: the first unit showing at the top of the scrolled
  // box, and how far above the box's top it starts; null when the box is not laid out.
  const text = root.querySelector('.dtc-text');
  if (!text || !text.isConnected || text.clientHeight === 0) return null;
  const top = text.getBoundingClientRect().top;
  for (const block of text.children) {
    const rect = block.getBoundingClientRect();
    if (rect.bottom > top) {
      return { segment: block.dataset.segment, offset: rect.top - top, scroll: text.scrollTop };
    }
  }
  return { segment: null, offset: 0, scroll: text.scrollTop };
}

function restorePlace(root, place) {
  // Scroll the text so that the remembered unit is where it was (units above it may have
  // changed height); the plain offset where that unit is gone.
  const text = root.querySelector('.dtc-text');
  if (!text || !place) return;
  const block = place.segment == null ? null : Array.from(text.children)
    .find((b) => b.dataset.segment === place.segment);
  if (block) {
    const shift = block.getBoundingClientRect().top - text.getBoundingClientRect().top;
    text.scrollTop += shift - place.offset;
  } else {
    text.scrollTop = place.scroll || 0;
  }
}

const STORE = 'duiding-text-coder:';

function remembered(key) {
  try { return JSON.parse(window.sessionStorage.getItem(STORE + key) || 'null'); }
  catch (error) { return null; }
}

function remember(key, place) {
  if (!key || !place) return;
  try { window.sessionStorage.setItem(STORE + key, JSON.stringify(place)); }
  catch (error) { /* storage refused: the place is kept only while mounted */ }
}

function build(root, data, act) {
  root.replaceChildren();
  const bar = document.createElement('div');
  bar.className = 'dtc-bar';
  (data.quick || []).forEach((code, i) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'dtc-quick';
    button.dataset.index = String(i);
    button.style.borderColor = code.color;
    button.style.background = code.color + '22';
    button.textContent = (i + 1) + ' ' + code.name;
    button.title = code.path;
    button.disabled = true;
    button.onmousedown = (event) => event.preventDefault();  // keep the selection
    button.onclick = () => act(i);
    bar.appendChild(button);
  });
  const status = document.createElement('span');
  status.className = 'dtc-status';
  status.textContent = data.hint || '';
  bar.appendChild(status);
  root.appendChild(bar);

  const text = document.createElement('div');
  text.className = 'dtc-text';
  (data.units || []).forEach((unit) => {
    const block = document.createElement('div');
    block.className = 'dtc-unit';
    block.dataset.segment = String(unit.id);
    if (unit.label) {
      const label = document.createElement('span');
      label.className = 'dtc-label';
      label.textContent = unit.label;
      block.appendChild(label);
    }
    unit.pieces.forEach((piece) => {
      const span = document.createElement('span');
      span.className = 'dtc-piece';
      span.dataset.start = String(piece.start);
      span.dataset.end = String(piece.end);
      span.textContent = piece.text;
      if (piece.colors && piece.colors.length) {
        span.classList.add('dtc-coded');
        span.style.backgroundColor = piece.colors[0] + '55';
        if (piece.colors.length > 1) {
          span.style.boxShadow = piece.colors.slice(1)
            .map((c, k) => `inset 0 -${3 * (k + 1)}px 0 ${c}`).join(', ');
        }
        span.title = piece.codes.join('\n');
      }
      block.appendChild(span);
    });
    text.appendChild(block);
  });
  root.appendChild(text);
}

export default function (component) {
  const { data, parentElement, setTriggerValue, setStateValue } = component;
  let root = parentElement.querySelector('.dtc-root');
  if (!root) {
    root = document.createElement('div');
    root.className = 'dtc-root';
    root.tabIndex = 0;
    parentElement.appendChild(root);
  }
  const state = root.__dtc || (root.__dtc = { selection: null, quick: [] });
  state.quick = data.quick || [];
  state.hint = data.hint || '';
  state.selected = data.selected || '';

  const show = () => {
    const status = root.querySelector('.dtc-status');
    const sel = state.selection;
    if (status) {
      status.textContent = sel ? `${state.selected} ${sel.start}–${sel.end}` : state.hint;
    }
    root.querySelectorAll('.dtc-quick').forEach((b) => { b.disabled = !sel; });
  };
  const act = (index) => {
    const sel = state.selection;
    const code = state.quick[index];
    if (!sel || !code) return;
    setTriggerValue('apply', { start: sel.start, end: sel.end, code: code.id,
                               nonce: Date.now() });
    state.selection = null;
    window.getSelection().removeAllRanges();
    show();
  };
  const signature = JSON.stringify([data.units, data.quick]);
  if (root.dataset.signature !== signature) {
    // Rebuilding (a code applied, another document) must not lose the reader's place:
    // keep it from the text being replaced, or (a fresh mount) from this browser tab.
    const place = placeOf(root) || remembered(data.place);
    build(root, data, act);
    root.dataset.signature = signature;
    state.selection = null;
    restorePlace(root, place);
    const text = root.querySelector('.dtc-text');
    let pending = false;
    text.onscroll = () => {
      if (pending) return;
      pending = true;
      requestAnimationFrame(() => { pending = false; remember(data.place, placeOf(root)); });
    };
  }
  const update = () => {
    const found = selectionOffsets(root);
    const old = state.selection;
    state.selection = found;
    show();
    if (found && (!old || old.start !== found.start || old.end !== found.end)) {
      setStateValue('selection', found);
    }
  };
  root.onmouseup = () => setTimeout(update, 0);
  root.onkeyup = (event) => { if (event.shiftKey || event.key.startsWith('Arrow')) update(); };
  root.onkeydown = (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (/^[1-9]$/.test(event.key)) {
      update();
      if (state.selection) {
        event.preventDefault();
        act(Number(event.key) - 1);
      }
    } else if (event.key === 'Escape') {
      window.getSelection().removeAllRanges();
      state.selection = null;
      show();
    }
  };
  show();
}
"""

_component = st.components.v2.component(
    "duiding_text_coder", html=HTML, css=CSS, js=JS, isolate_styles=False
)


def text_coder(
    *,
    key: str,
    units: list[dict],
    quick: list[dict],
    hint: str,
    selected: str,
    on_apply: Callable[[], None],
    on_selection: Callable[[], None] | None = None,
) -> Any:
    """Mount the span coder. ``units``: [{id, label, pieces}]; ``quick``: [{id, name, path,
    color}] (at most 9). ``on_apply`` runs (as a callback, before the rerun's script) when a
    code is applied; read ``st.session_state[key]["apply"]`` there."""
    data = {
        "units": units,
        "quick": [{**q, "color": safe_color(q.get("color"))} for q in quick[:9]],
        "hint": hint,
        "selected": selected,
        "place": key,  # the reader's scroll place is remembered per component key
    }
    return _component(
        key=key,
        data=data,
        on_apply_change=on_apply,
        on_selection_change=on_selection or (lambda: None),
    )
