import { describe, expect, it } from 'vitest';
import { questionById } from '../questionBank';
import { PROFILE_FIELD_IDS, PROFILE_FIELDS, profileField } from './profileFields';
import { profileTargetOf } from './profileTargets';

describe('the fields of "How they work"', () => {
  it('declares each field once, in order, each confirmed by an employee question from the bank', () => {
    expect(PROFILE_FIELDS.map((field) => field.id)).toEqual([...PROFILE_FIELD_IDS]);
    for (const field of PROFILE_FIELDS) {
      expect(profileField(field.id)).toBe(field);
      expect(questionById(field.questionId).role).toBe('employee');
      expect(field.examples).toMatch(/^e\.g\. /);
    }
  });

  it('offers the update preferences as choices, with distinct stored values', () => {
    expect(profileField('channel').choices?.map((choice) => choice.label)).toEqual(['Chat', 'Email', 'Call', 'In person']);
    expect(profileField('format').choices?.map((choice) => choice.value)).toEqual(['bullets', 'detail']);
    expect(profileField('order').choices?.map((choice) => choice.value)).toEqual(['numbersFirst', 'storyFirst']);
    expect(profileField('success').choices).toBeUndefined();
  });

  it('sends a 1:1 answer to the field its question is about, priorities to a new priority, and others nowhere', () => {
    expect(profileTargetOf('update-style')).toBe('channel');
    expect(profileTargetOf('biggest-worry')).toBe('pressures');
    expect(profileTargetOf('top-priorities')).toBe('priority');
    expect(profileTargetOf('goals-follow-up')).toBe('followUp');
    expect(profileTargetOf('volunteer-project')).toBeUndefined();
  });
});
