// The 7-column thought record as a SurveyJS survey, built the way its docs show for
// vanilla JS: a JSON model rendered into a container. Same steps as <hw-thought-record>.
/* global Survey */
const rating = (name, title) => ({ type: 'rating', name, title, rateMin: 0, rateMax: 100, rateStep: 10 });
const comment = (name, title) => ({ type: 'comment', name, title });

const thoughtRecord = {
  title: 'Thought record',
  elements: [
    comment('situation', 'Situation: who, what, when, where?'),
    {
      type: 'paneldynamic',
      name: 'moods',
      title: 'Moods',
      description: 'One word for each mood, and how strong it was (0-100).',
      panelCount: 0,
      panelAddText: 'Add a mood',
      templateElements: [
        { type: 'text', name: 'name', title: 'Word for this mood' },
        rating('intensity', 'How strong was it? (0-100)'),
      ],
    },
    comment('thoughts', 'Automatic thoughts'),
    comment('evidenceFor', 'Evidence that supports the hot thought'),
    comment('evidenceAgainst', 'Evidence that does not support the hot thought'),
    comment('balancedThought', 'Balanced thought: a different way of seeing it'),
    rating('balancedBelief', 'Balanced thought: how much do I believe it? (0-100)'),
    {
      // Shares its value with "moods", so each mood added above appears here to re-rate.
      type: 'paneldynamic',
      name: 'rerate',
      valueName: 'moods',
      title: 'Rate your moods again',
      templateTitle: '{panel.name}',
      allowAddPanel: false,
      allowRemovePanel: false,
      templateElements: [rating('rerated', 'How strong is it now? (0-100)')],
    },
  ],
};

const model = new Survey.Model(thoughtRecord);
model.render(document.getElementById('thought-record'));
