// Shared by the benchmark pages that fill the library's IndexedDB before they measure (a
// classic script: the pages load it first, and it sets one function on `window`).

/**
 * Writes `records` ({ storeName: [record, ...] }) in one transaction, emptying the stores
 * named in `clear` first, then closes the database so the library opens it afresh.
 */
window.seedDatabase = async function seedDatabase(records, { clear = [] } = {}) {
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('homework-elements');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const tx = db.transaction(Object.keys(records), 'readwrite');
  for (const name of clear) tx.objectStore(name).clear();
  for (const [name, list] of Object.entries(records)) for (const record of list) tx.objectStore(name).put(record);
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
};
