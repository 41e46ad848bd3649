import { describe, expect, it } from 'vitest';
import { QUESTION_IDS, QUESTION_TOPICS, questionById, questionsFor } from './questionBank';

describe('question bank per role', () => {
  it('has at least 30 questions for each role, grouped in topics of its own', () => {
    const employee = questionsFor('employee');
    const manager = questionsFor('manager');
    expect(employee.length).toBeGreaterThanOrEqual(30);
    expect(manager.length).toBeGreaterThanOrEqual(30);
    const employeeTopics = new Set(employee.map((question) => question.topic));
    expect(manager.some((question) => employeeTopics.has(question.topic))).toBe(false);
    expect(new Set([...employeeTopics, ...manager.map((question) => question.topic)]).size).toBe(QUESTION_TOPICS.length);
  });

  it('keeps the ids old agenda rows name, as employee questions', () => {
    for (const id of ['top-priorities', 'biggest-worry', 'take-off-plate', 'update-style', 'update-rhythm', 'goals-connect', 'recent-work', 'priority-order'] as const) {
      expect(QUESTION_IDS).toContain(id);
      expect(questionById(id).role).toBe('employee');
    }
  });

  it('asks the manager about supporting the employee, not about managing up', () => {
    expect(questionsFor('manager').map((question) => question.text)).toContain('What could I take off your plate this week?');
    expect(questionsFor('manager').map((question) => question.text)).not.toContain(questionById('top-priorities').text);
  });
});
