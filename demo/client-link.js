// Host code of every demo client page: the clinician's link carries the client's access in
// its fragment (#link=…), which browsers never send to a server, put in logs or in Referer.
// It is handed to the widgets through getAuthHeaders and kept nowhere else; opening the same
// link again later delivers whatever was saved on this device in between.

const link = new URLSearchParams(location.hash.slice(1)).get('link');
if (link) {
  const widgets = document.querySelectorAll(
    'hw-provider, hw-thought-record, hw-mood-tracker, hw-behavioural-experiment',
  );
  for (const widget of widgets) {
    /** @type {any} */ (widget).getAuthHeaders = () => ({ Authorization: `Bearer ${link}` });
  }
}

// Moving between the demo's client pages keeps the link (the fragment is not carried by
// ordinary links).
if (link) {
  for (const anchor of document.querySelectorAll('nav a[href^="/"]')) {
    const href = /** @type {HTMLAnchorElement} */ (anchor).getAttribute('href') ?? '';
    if (!href.includes('clinician') && !href.includes('composer') && !href.includes('received')) {
      /** @type {HTMLAnchorElement} */ (anchor).href = `${href}#link=${encodeURIComponent(link)}`;
    }
  }
}
