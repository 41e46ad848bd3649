import { describe, expect, it } from 'vitest';
import { QUESTION_BANK, QUESTION_TOPICS } from '@domain/questionBank';
import { groupByTopic, TOPIC_LABELS } from './questionTopics';

describe('groupByTopic', () => {
  it('has a heading for every topic the contract knows', () => {
    expect(Object.keys(TOPIC_LABELS).sort()).toEqual([...QUESTION_TOPICS].sort());
  });

  it('keeps every question once, grouped, and leaves empty topics out', () => {
    const groups = groupByTopic(QUESTION_BANK);
    expect(groups.flatMap((group) => group.questions)).toHaveLength(QUESTION_BANK.length);
    expect(groupByTopic(QUESTION_BANK.filter((question) => question.topic === 'feedback')).map((group) => group.topic)).toEqual(['feedback']);
  });
});
