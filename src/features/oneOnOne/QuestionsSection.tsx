import { Body1, Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { AddRegular, CheckmarkRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { agendaItemSchema, type AgendaItem, type OneOnOneSpace } from '@domain/oneOnOne';
import type { Question } from '@domain/questionBank';
import { useApi } from '../../shared/api/ApiContext';
import { failureMessage, newIdempotencyKey } from '../../shared/api/client';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { Section } from '../../shared/ui/Section';
import { chatPath } from './chatPaths';
import { groupByTopic } from './questionTopics';
import { roleOf } from '@domain/oneOnOneRoles';
import { useItemStyles } from '../../shared/ui/useItemStyles';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  summary: {
    cursor: 'pointer',
    paddingBlock: tokens.spacingVerticalXS,
    borderRadius: tokens.borderRadiusSmall,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Inline, so the disclosure triangle sits beside the heading it opens.
  topic: { display: 'inline', margin: 0 },
  questions: { marginBlockStart: tokens.spacingVerticalS },
  question: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** What the bank is about for the viewer's role; until roles are set, where to set them. */
function questionsIntro(space: OneOnOneSpace): string {
  const role = roleOf(space.roles, space.me);
  if (role === 'employee') return 'Questions for managing up: your manager’s priorities and pressures, how they like to hear from you, your goals and feedback. A question you pick goes on the agenda; for anything else, add a talking point.';
  if (role === 'manager') return 'Questions for supporting the employee: what to take off their plate, what would help them grow, how they like feedback. A question you pick goes on the agenda; for anything else, add a talking point.';
  return 'Once you have said who is the employee and who is the manager (at the top of the page), each of you gets questions that fit your role.';
}

/**
 * Questions for the viewer's role in the 1:1, from the bank (a question of one's own is a talking point). A question picked goes on the
 * agenda (picking one already there changes nothing), so it is asked at the next 1:1.
 */
export function QuestionsSection({
  chatId,
  space,
  onItem,
  announce,
}: {
  chatId: string;
  space: OneOnOneSpace | undefined;
  onItem: (item: AgendaItem) => void;
  announce: (text: string) => void;
}) {
  const chat = useItemStyles();
  const styles = useStyles();
  const api = useApi();
  const [pending, setPending] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const collection = chatPath(chatId, '/agenda');
  const onAgenda = new Set(space?.agenda.items.flatMap((item) => item.questionId ?? []) ?? []);
  const full = space !== undefined && space.agenda.items.length >= space.agenda.maxItems;

  const pick = async (question: Question) => {
    setPending(question.id);
    try {
      const item = agendaItemSchema.parse(await api.send<unknown>('POST', collection, { questionId: question.id }, { idempotencyKey: newIdempotencyKey() }));
      onItem(item);
      announce(`Question added to the agenda: ${question.text}`);
    } catch (error) {
      announce(failureMessage(error));
    } finally {
      setPending(undefined);
    }
  };

  return (
    <Section
      id="questions-heading"
      title="Questions to ask"
      headingRef={heading}
    >
      {space === undefined ? (
        <ListSkeleton rows={2} label="Loading the question bank" />
      ) : (
        <>
          <Body1 as="p" className={chat.intro}>
            {questionsIntro(space)}
          </Body1>
          {/* Topics fold away, so the bank does not push the rest of the page far down on a phone; the first starts open. */}
          {groupByTopic(space.questionBank).map((group, index) => (
            <details key={group.topic} className={styles.group} open={index === 0}>
              <summary className={styles.summary}>
                <Subtitle2 as="h3" className={styles.topic}>
                  {group.label} ({group.questions.length})
                </Subtitle2>
              </summary>
              <ul className={mergeClasses(chat.list, styles.questions)}>
                {group.questions.map((question) => (
                  <li key={question.id} className={styles.question}>
                    <Body1>{question.text}</Body1>
                    <Caption1 className={styles.hint}>{question.hint}</Caption1>
                    {/* One button that changes state, so focus stays put when a question goes on the agenda. */}
                    <Button
                      size="small"
                      icon={onAgenda.has(question.id) ? <CheckmarkRegular /> : <AddRegular />}
                      disabled={full && !onAgenda.has(question.id)}
                      disabledFocusable={onAgenda.has(question.id) || pending === question.id}
                      aria-label={`${onAgenda.has(question.id) ? 'On the agenda' : 'Add to agenda'}: ${question.text}`}
                      onClick={() => void pick(question)}
                    >
                      {onAgenda.has(question.id) ? 'On the agenda' : pending === question.id ? 'Adding…' : 'Add to agenda'}
                    </Button>
                  </li>
                ))}
              </ul>
            </details>
          ))}
        </>
      )}
    </Section>
  );
}
