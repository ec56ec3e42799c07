// A client's list and a clinician's caseload as their endpoints answer: what the practice
// loop's elements show in tests.

export const MINE = {
  today: '2026-03-11',
  language: null,
  assignments: [
    {
      id: 'a-done',
      exercise: 'thought-record',
      title: 'After the argument',
      note: null,
      dueDate: '2026-03-09',
      times: 1,
      done: 1,
      state: 'done',
    },
    {
      id: 'a-open',
      exercise: 'mood-tracker',
      title: 'Check-ins',
      note: 'Three times is plenty.',
      dueDate: '2026-03-20',
      times: 3,
      done: 1,
      state: 'open',
    },
    {
      id: 'a-late',
      exercise: 'behavioural-experiment',
      title: null,
      note: null,
      dueDate: '2026-03-10',
      times: 1,
      done: 0,
      state: 'overdue',
    },
    { id: 'junk', exercise: 'not-an-exercise', state: 'open', times: 1, done: 0 },
  ],
};

export const CASELOAD = {
  today: '2026-03-11',
  clients: [
    {
      id: 'c-b',
      label: 'Client B',
      language: null,
      since: null,
      lastEntryAt: null,
      assignments: [
        {
          id: 'b1',
          exercise: 'thought-record',
          title: 'For B',
          dueDate: '2026-03-10',
          times: 1,
          done: 0,
          state: 'overdue',
        },
      ],
      flags: { flagged: 0, unchecked: 0, checkedAll: true },
    },
    {
      id: 'c-a',
      label: 'Client A',
      language: 'es',
      since: '2026-03-03',
      lastEntryAt: '2026-03-10T18:00:00.000Z',
      assignments: [
        { id: 'a1', exercise: 'mood-tracker', title: 'Check-ins', dueDate: null, times: 3, done: 3, state: 'done' },
      ],
      flags: { flagged: 2, unchecked: 0, checkedAll: true },
    },
  ],
};
