// Hands the client a file made on the device (e.g. a calendar reminder), with no server.
// A Blob URL on an <a download> is a navigation, not a fetch: a strict CSP lets it through.

export function saveFile(parent: ParentNode, text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  // In the document while clicked: some browsers ignore clicks on detached links.
  parent.append(link);
  link.click();
  link.remove();
  // Not revoked at once: a browser may start reading the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
