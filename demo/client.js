// Host code of the demo client page: the clinician's link names the exercise and where its
// assignment is; only the three client widgets can be created, and the assignment address
// is passed as an attribute (the widget checks it and shows an error if it cannot load it).

const WIDGETS = {
  'thought-record': 'hw-thought-record',
  'mood-tracker': 'hw-mood-tracker',
  'behavioural-experiment': 'hw-behavioural-experiment',
};

const params = new URLSearchParams(location.search);
const tag = WIDGETS[/** @type {keyof typeof WIDGETS} */ (params.get('exercise') ?? '')];
const src = params.get('assignment-src');
const section = /** @type {HTMLElement} */ (document.getElementById('homework'));

if (tag && src) {
  const widget = document.createElement(tag);
  widget.setAttribute('endpoint', '/api/homework');
  widget.setAttribute('subject', 'demo-client-1');
  widget.setAttribute('assignment-src', src);
  section.append(widget);
} else {
  /** @type {HTMLElement} */ (document.getElementById('missing')).hidden = false;
}
