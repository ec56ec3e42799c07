// English warnings about this device's storage. None can show before a widget's draft has
// loaded, which waits for the schemas' chunk: they travel there (core/schemas.ts), not in
// every element's first load.
export const storageMessages = {
  storageUnavailable:
    'This browser cannot save your work on this device (storage is unavailable). Keep this page open until it is sent.',
  storageTimeout: 'Saving on this device is not responding. Your work is kept only while this page is open.',
  storageFull:
    'This device’s storage is full. Your text is still here, but it is not saved. Free some space or send it now.',
  storageOutdated: 'A newer version of this page is open in another tab. Reload this page to keep saving.',
  storageCleared:
    'This device no longer has the work you saved here before. If this browser’s site data was cleared, anything not yet sent may be gone.',
  storageFailed: 'Your work could not be saved on this device. Your text is still here.',
} as const;
