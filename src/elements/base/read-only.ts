// `readonly` on a widget: the client's data stays on screen and no control can change it.
// Text stays focusable and selectable (read-only, as an <input readonly>); sliders, radios,
// checkboxes and buttons that change the data are disabled (a disabled control still shows
// its value to assistive technology). Controls that change nothing stay usable: the crisis
// help (`data-unrecorded`), the mood history's view switch, "Try again" after a failed load
// and "Retry" (Submit and Discard are not offered while read-only, so `.actions` holds only
// that). In the lazy form parts: the form (and so every control) shows only once they loaded.

/** Set on what setReadOnly locked, so unlocking gives back exactly that. */
const LOCKED = 'data-read-only';

const DATA_CONTROLS = 'input, textarea, select, button';
const KEEPS_WORKING = '[data-unrecorded], [part~="history"], [part~="load-error"], .actions';
/** Input types a browser makes read-only; every other control is disabled instead. */
const TEXT_TYPES = /^(text|number|date|time|datetime-local|search|email|url|tel)$/;

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | HTMLButtonElement;

/** Lock (`on`) or unlock every control under `root` that changes the data. Run after each render. */
export function setReadOnly(root: ParentNode, on: boolean): void {
  for (const control of root.querySelectorAll<Control>(DATA_CONTROLS)) {
    const text =
      control instanceof HTMLTextAreaElement || (control instanceof HTMLInputElement && TEXT_TYPES.test(control.type));
    const key = text ? 'readOnly' : 'disabled';
    if (!on) {
      if (control.hasAttribute(LOCKED)) {
        (control as HTMLInputElement)[key] = false;
        control.removeAttribute(LOCKED);
      }
    } else if (!control.closest(KEEPS_WORKING) && !(control as HTMLInputElement)[key]) {
      // Already read-only or disabled by its own template: not ours to give back later.
      (control as HTMLInputElement)[key] = true;
      control.setAttribute(LOCKED, '');
    }
  }
}
