/**
 * Driving the builder the way a keyboard user does: Tab to a control, type, press Enter or the
 * arrow keys. Nothing is clicked, so a control that Tab cannot reach fails the test.
 */

/** What has focus (looking inside shadow roots): its JSON path, id, label, text and value. */
export function focused(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return null;
    const words = (node) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
    const root = active.getRootNode();
    const label = active.id ? root.querySelector(`label[for="${CSS.escape(active.id)}"]`) : null;
    return { tag: active.localName, id: active.id, path: active.dataset?.path ?? null, text: words(active), label: label ? words(label) : null, value: active.value ?? null };
  });
}

/**
 * Waits until `matches(focused)` holds, for focus that moves a moment after a key (the builder
 * moves it once the list has re-rendered); resolves with what has focus, whatever it is by then.
 */
export async function untilFocused(page, matches, timeout = 2000) {
  const end = Date.now() + timeout;
  for (;;) {
    const now = await focused(page);
    if (matches(now) || Date.now() > end) return now;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Presses `key` with `modifier` held down (`Shift`, `Control`…). */
async function chord(page, modifier, key) {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
}

/** Presses Tab (or Shift+Tab) until `matches(focused)` holds; fails if it never does. */
export async function tabTo(page, matches, what, { reverse = false, max = 500 } = {}) {
  for (let presses = 0; presses < max; presses++) {
    const now = await focused(page);
    if (now && matches(now)) return now;
    if (reverse) await chord(page, 'Shift', 'Tab');
    else await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${what}`);
}

export const byPath = (path) => (now) => now.path === path;
export const byId = (id) => (now) => now.id === id;
export const byText = (text) => (now) => now.tag === 'button' && now.text === text;

/** Replaces the focused text control's content, as typed. */
export async function typeOver(page, text) {
  await chord(page, 'Control', 'a');
  if (text === '') await page.keyboard.press('Delete');
  else await page.keyboard.type(text);
}

/** Picks an option of the focused `<select>` with the arrow keys. */
export async function chooseOption(page, value) {
  const { values, current } = await page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return { values: [...active.options].map((option) => option.value), current: active.selectedIndex };
  });
  const target = values.indexOf(value);
  if (target < 0) throw new Error(`no option ${value} in ${values.join(', ')}`);
  for (let i = current; i !== target; i += Math.sign(target - current)) await page.keyboard.press(target > current ? 'ArrowDown' : 'ArrowUp');
  const now = await focused(page);
  if (now.value !== value) throw new Error(`the select shows ${now.value}, not ${value}`);
}

/** Checks the radio button labelled `label` in the focused group with the arrow keys. */
export async function chooseRadio(page, label) {
  for (let presses = 0; presses < 6; presses++) {
    const checked = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active.checked ? active.closest('label').textContent.trim() : null;
    });
    if (checked === label) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`no radio button "${label}"`);
}
