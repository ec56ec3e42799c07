// Everything the panel summarises, computed once per change of data or filter.
import type { BehaviouralExperimentEntry, Entry, MoodTrackerEntry, ThoughtRecordEntry } from '../core/entry.js';
import { summariseEngagement, type EngagementSummary } from './engagement-summary.js';
import { summariseExperiments, type ExperimentSummary } from './experiment-summary.js';
import { summariseMoodEntries, type MoodSummary } from './mood-summary.js';
import type { ReviewItem } from './review-item.js';
import { summariseThoughtRecords, type ThoughtRecordSummary } from './thought-record-summary.js';

export interface ReviewSummary {
  shown: number;
  invalid: number;
  newer: number;
  thoughtRecords: ThoughtRecordSummary;
  experiments: ExperimentSummary;
  mood: MoodSummary;
  engagement: EngagementSummary;
}

export function summariseReview(items: readonly ReviewItem[]): ReviewSummary {
  const entries: Entry[] = [];
  const byExercise = {
    'thought-record': [] as ThoughtRecordEntry[],
    'mood-tracker': [] as MoodTrackerEntry[],
    'behavioural-experiment': [] as BehaviouralExperimentEntry[],
  };
  let invalid = 0;
  let newer = 0;
  for (const item of items) {
    if (item.kind === 'invalid') invalid++;
    else if (item.kind === 'newer') newer++;
    else {
      entries.push(item.entry);
      (byExercise[item.entry.exercise] as Entry[]).push(item.entry);
    }
  }
  return {
    shown: items.length,
    invalid,
    newer,
    thoughtRecords: summariseThoughtRecords(byExercise['thought-record']),
    experiments: summariseExperiments(byExercise['behavioural-experiment']),
    mood: summariseMoodEntries(byExercise['mood-tracker']),
    engagement: summariseEngagement(entries),
  };
}
