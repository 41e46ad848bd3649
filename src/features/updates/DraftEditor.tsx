import { Body1, Button, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Radio, RadioGroup, Select, Spinner, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CopyRegular, SendRegular } from '@fluentui/react-icons';
import { useEffect, useRef, useState } from 'react';
import { SECTION_HEADINGS, UPDATE_SECTIONS, type UpdateSection, type UpdateStyle } from '@domain/progressUpdate/draftUpdate';
import { MAX_UPDATE_LINES, sendUpdateInputSchema, type Update, type UpdateDestination, type UpdateDraft } from '@domain/progressUpdate/progressUpdates';
import { updateMarkdown, updatePlainText } from '@domain/progressUpdate/updateText';
import { useApi } from '../../shared/api/ApiContext';
import { newIdempotencyKey } from '../../shared/api/client';
import { useRequestForm } from '../../shared/api/useRequestForm';
import { useResource } from '../../shared/api/useResource';
import { EmptyState } from '../../shared/ui/EmptyState';
import { ErrorNotice } from '../../shared/ui/ErrorNotice';
import { formatIsoDate } from '../../shared/ui/formatDate';
import { ListSkeleton } from '../../shared/ui/ListSkeleton';
import { oneOf } from '../../shared/ui/oneOf';
import { Section } from '../../shared/ui/Section';
import type { ChatChoice } from './chatChoices';
import { copyText } from './copyText';
import { droppedLines, keptLines, shownLines, withChoice, type DraftChoices, type DraftLine } from './draftChoices';
import { DraftLineRow, lineInputId } from './DraftLineRow';
import { withOwnLines } from './ownLines';
import { draftPath } from './updatesPaths';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL, minWidth: 0 },
  text: { margin: 0 },
  over: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  styleRow: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXXL, rowGap: tokens.spacingVerticalS },
  heading: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  addRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  addText: { flexGrow: 1, flexShrink: 1, flexBasis: '14rem', minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  fallback: { width: '100%', minHeight: '10rem', fontFamily: tokens.fontFamilyMonospace },
  dropped: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const FORMATS = ['bullets', 'detail'] as const;
const ORDERS = ['numbersFirst', 'storyFirst'] as const;
const FIELDS = ['title'];

/** Props of {@link DraftEditor}. */
export interface DraftEditorProps {
  /** My date, which the draft and the record of a send are counted from. */
  readonly today: string;
  readonly chats: readonly ChatChoice[];
  readonly initialChatId: string | undefined;
  /** Called with each update sent or copied: the page lists it and the draft starts after it. */
  readonly onSent: (update: Update) => void;
}

type Outcome = { readonly kind: 'sent'; readonly update: Update; readonly chatLabel: string } | { readonly kind: 'manual'; readonly as: 'text' | 'markdown'; readonly text: string };

/**
 * The next update: the draft of what changed since the last one, each line picked, edited
 * or dropped, in a style I can switch, then sent into the 1:1 or copied for an email. Only
 * what is ticked leaves. A re-draft (style, chat) keeps my picks and edits by line id.
 */
export function DraftEditor({ today, chats, initialChatId, onSent }: DraftEditorProps) {
  const styles = useStyles();
  const api = useApi();
  const [style, setStyle] = useState<UpdateStyle>();
  const [chatId, setChatId] = useState(initialChatId ?? chats[0]?.chatId);
  const [choices, setChoices] = useState<DraftChoices>(new Map());
  const [own, setOwn] = useState<readonly DraftLine[]>([]);
  const [title, setTitle] = useState<string>();
  const [newLine, setNewLine] = useState({ section: 'done' as UpdateSection, text: '' });
  const [outcome, setOutcome] = useState<Outcome>();
  const form = useRequestForm(FIELDS, {
    notFound: 'Upward is not in that chat any more, or the chat is gone. Pick another chat, or copy the update for an email.',
    changed: 'This update may already have gone out from another window: look in Sent updates below before sending it again.',
  });
  const attempt = useRef<{ body: string; key: string }>(undefined);
  const fallbackRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const path = draftPath({ today, style, chatId });
  const { state, reload } = useResource(async () => ({ path, draft: await api.get<UpdateDraft>(path) }));
  // A new style or chat asks for a new draft; my choices stay, keyed by line id.
  const asked = useRef(path);
  useEffect(() => {
    if (asked.current === path) return;
    asked.current = path;
    void reload();
  }, [path, reload]);

  useEffect(() => {
    if (outcome?.kind === 'manual') fallbackRef.current?.select();
  }, [outcome]);

  const draft = state.data?.draft;
  const redrafting = state.data !== undefined && state.data.path !== path && state.status !== 'error';
  if (draft === undefined) {
    if (state.status === 'error') {
      const chatRefused = chatId !== undefined && (state.error.status === 403 || state.error.status === 404);
      return chatRefused ? (
        <MessageBar intent="warning" role="alert" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>That 1:1 is not open to you</MessageBarTitle>
            Upward is not in that chat, or you are no longer in it. Write the update without it and copy it, or open the Upward tab in your 1:1 and press Write an update there.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setChatId(undefined)}>Write without a chat</Button>
          </MessageBarActions>
        </MessageBar>
      ) : (
        <ErrorNotice error={state.error} onRetry={() => void reload()} />
      );
    }
    return <ListSkeleton rows={4} label="Writing your draft…" />;
  }

  const allLines = withOwnLines(draft.lines, own);
  const shown = shownLines(allLines, choices);
  const dropped = droppedLines(allLines, choices);
  const kept = keptLines(allLines, choices);
  const shownTitle = title ?? draft.title;
  // The switch shows the style asked for at once; the lines follow when the new draft is in.
  const shownStyle = style ?? draft.style;
  const chat = chats.find((choice) => choice.chatId === chatId);

  const change = (id: string, choice: Parameters<typeof withChoice>[2]) => {
    setChoices((current) => withChoice(current, id, choice));
    setOutcome(undefined);
  };

  /** One key per attempt: a double click or a retry of the same update sends it once; a changed update is a new attempt. */
  const keyFor = (body: unknown) => {
    const json = JSON.stringify(body);
    if (attempt.current?.body !== json) attempt.current = { body: json, key: newIdempotencyKey() };
    return attempt.current.key;
  };

  const restart = () => {
    attempt.current = undefined;
    setChoices(new Map());
    setOwn([]);
    setTitle(undefined);
    void reload();
  };

  const record = async (to: UpdateDestination): Promise<Update | undefined> => {
    let sent: Update | undefined;
    const input = { to, title: shownTitle, style: draft.style, lines: kept, today };
    const ok = await form.run(sendUpdateInputSchema, input, async (body) => {
      sent = await api.send<Update>('POST', '/me/updates', body, { idempotencyKey: keyFor(body) });
    });
    if (!ok || sent === undefined) return undefined;
    onSent(sent);
    restart();
    return sent;
  };

  const send = async () => {
    if (chatId === undefined) return;
    const sent = await record({ kind: 'chat', chatId });
    if (sent !== undefined) setOutcome({ kind: 'sent', update: sent, chatLabel: chat?.label ?? 'your 1:1' });
  };

  const copy = async (as: 'text' | 'markdown') => {
    const input = { to: { kind: 'copied', as }, title: shownTitle, style: draft.style, lines: kept, today };
    if (!sendUpdateInputSchema.safeParse(input).success) {
      // Nothing is sent: this only shows the same messages a send would, by the title or above the buttons.
      await form.run(sendUpdateInputSchema, input, () => Promise.resolve());
      return;
    }
    const text = as === 'markdown' ? updateMarkdown(shownTitle, kept) : updatePlainText(shownTitle, kept);
    if (await copyText(text)) {
      const sent = await record({ kind: 'copied', as });
      if (sent !== undefined) setOutcome({ kind: 'sent', update: sent, chatLabel: '' });
    } else {
      setOutcome({ kind: 'manual', as, text });
    }
  };

  const keepCopied = async (as: 'text' | 'markdown') => {
    const sent = await record({ kind: 'copied', as });
    if (sent !== undefined) setOutcome({ kind: 'sent', update: sent, chatLabel: '' });
  };

  const addOwnLine = () => {
    const text = newLine.text.trim();
    if (text === '') return;
    setOwn((current) => [...current, { id: `own:${String(current.length + 1)}:${String(Date.now())}`, section: newLine.section, text, included: true }]);
    setNewLine({ ...newLine, text: '' });
    setOutcome(undefined);
  };

  const sections = UPDATE_SECTIONS.filter((section) => shown.some((line) => line.section === section)).sort(
    (a, b) => shown.findIndex((line) => line.section === a) - shown.findIndex((line) => line.section === b),
  );
  const sinceText = draft.since === null ? 'What changed in the last week: this is your first update.' : `What changed since your last update on ${formatIsoDate(draft.since)}.`;
  const styleNote = draft.styleFromProfile ? `In the format ${draft.managerName ?? 'your manager'} likes, from your profile; switch it if you like.` : 'No format noted in My manager yet: quick bullets, numbers first. Switch it if you like.';

  return (
    <Section id="draft-heading" title="Your next update" headingRef={headingRef}>
      <form
        className={styles.form}
        aria-labelledby="draft-heading"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <Body1 as="p" className={styles.text}>
          {sinceText} Only what is ticked leaves; lines about things you did not share start unticked.
        </Body1>
        <div className={styles.styleRow}>
          <Field label="Format" hint={styleNote}>
            <RadioGroup layout="horizontal" value={shownStyle.format} onChange={(_event, data) => setStyle({ ...shownStyle, format: oneOf(FORMATS, data.value) ?? shownStyle.format })}>
              <Radio value="bullets" label="Quick bullets" />
              <Radio value="detail" label="Detail" />
            </RadioGroup>
          </Field>
          <Field label="Order">
            <RadioGroup layout="horizontal" value={shownStyle.order} onChange={(_event, data) => setStyle({ ...shownStyle, order: oneOf(ORDERS, data.value) ?? shownStyle.order })}>
              <Radio value="numbersFirst" label="Numbers first" />
              <Radio value="storyFirst" label="Story first" />
            </RadioGroup>
          </Field>
        </div>
        {redrafting ? <Spinner size="tiny" label="Re-drafting…" /> : null}
        {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
        <Field label="Title" required validationMessage={form.fieldErrors.title}>
          <Input value={shownTitle} onChange={(_event, data) => setTitle(data.value)} />
        </Field>

        {shown.length === 0 ? (
          <EmptyState title="Nothing changed since your last update">
            {draft.since === null ? 'Nothing logged in the last week.' : `Nothing new since ${formatIsoDate(draft.since)}.`} You can still write one: add your own lines below.
          </EmptyState>
        ) : (
          sections.map((section) => (
            <div key={section} role="group" aria-labelledby={`draft-section-${section}`}>
              <h3 id={`draft-section-${section}`} className={styles.heading}>
                {SECTION_HEADINGS[section]}
              </h3>
              <ul className={styles.list}>
                {shown
                  .filter((line) => line.section === section)
                  .map((line) => (
                    <DraftLineRow
                      key={line.id}
                      line={line}
                      onPick={(included) => change(line.id, { included })}
                      onEdit={(text) => change(line.id, { text })}
                      onDrop={() => {
                        // Focus goes to the line that takes this one's place (or the heading when it was the last), not back to the page's top.
                        const index = shown.findIndex((candidate) => candidate.id === line.id);
                        const neighbour = shown[index + 1] ?? shown[index - 1];
                        change(line.id, { dropped: true });
                        requestAnimationFrame(() => (neighbour === undefined ? headingRef.current : document.getElementById(lineInputId(neighbour.id)))?.focus());
                      }}
                    />
                  ))}
              </ul>
            </div>
          ))
        )}
        {dropped.length === 0 ? null : (
          <div className={styles.dropped}>
            <Body1>{dropped.length === 1 ? '1 line dropped.' : `${String(dropped.length)} lines dropped.`}</Body1>
            <Button size="small" onClick={() => setChoices((current) => new Map([...current].map(([id, choice]) => [id, { ...choice, dropped: false }])))}>
              Bring dropped lines back
            </Button>
          </div>
        )}

        <div className={styles.addRow} role="group" aria-label="Add a line of your own">
          <Field label="Under">
            <Select value={newLine.section} onChange={(_event, data) => setNewLine({ ...newLine, section: oneOf(UPDATE_SECTIONS, data.value) ?? newLine.section })}>
              {UPDATE_SECTIONS.map((section) => (
                <option key={section} value={section}>
                  {SECTION_HEADINGS[section]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="A line of your own" className={styles.addText}>
            <Input
              value={newLine.text}
              maxLength={300}
              onChange={(_event, data) => setNewLine({ ...newLine, text: data.value })}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  addOwnLine();
                }
              }}
            />
          </Field>
          <Button onClick={addOwnLine}>Add line</Button>
        </div>

        {form.formErrors.length === 0 ? null : (
          <MessageBar intent="error" role="alert" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Not sent</MessageBarTitle>
              {form.formErrors.join(' ')}
            </MessageBarBody>
          </MessageBar>
        )}

        <Field label="Send to" hint={chats.length === 0 ? 'Open the Upward tab in your 1:1 chat once and it is offered here; or copy the update.' : undefined}>
          <Select value={chatId ?? ''} disabled={chats.length === 0} onChange={(_event, data) => setChatId(data.value === '' ? undefined : data.value)}>
            <option value="">{chats.length === 0 ? 'No 1:1 chat known yet' : 'No chat: I will copy it'}</option>
            {chats.map((choice) => (
              <option key={choice.chatId} value={choice.chatId}>
                {choice.label}
              </option>
            ))}
          </Select>
        </Field>
        <Body1 as="p" id="kept-count" className={kept.length > MAX_UPDATE_LINES ? styles.over : styles.text}>
          {kept.length === 0 ? 'No line ticked yet: tick or add one to send or copy the update.' : kept.length === 1 ? '1 line will go.' : `${String(kept.length)} lines will go.`}
          {kept.length > MAX_UPDATE_LINES ? ` An update takes at most ${String(MAX_UPDATE_LINES)}: untick or drop some.` : ''}
        </Body1>
        <div className={styles.buttons}>
          <Button type="submit" appearance="primary" icon={<SendRegular />} aria-describedby="kept-count" disabled={chatId === undefined || kept.length === 0 || form.busy}>
            Send to our 1:1
          </Button>
          <Button icon={<CopyRegular />} aria-describedby="kept-count" disabled={kept.length === 0 || form.busy} onClick={() => void copy('text')}>
            Copy as text
          </Button>
          <Button icon={<CopyRegular />} aria-describedby="kept-count" disabled={kept.length === 0 || form.busy} onClick={() => void copy('markdown')}>
            Copy as Markdown
          </Button>
          {form.busy ? <Spinner size="tiny" label="Sending…" /> : null}
        </div>

        {outcome?.kind === 'manual' ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>Copy it by hand</MessageBarTitle>
              This window did not let Upward use the clipboard. The text below is selected: press Ctrl+C (⌘C on a Mac), then keep the update so your next draft starts after it.
              <Textarea ref={fallbackRef} readOnly className={styles.fallback} aria-label={outcome.as === 'markdown' ? 'Your update as Markdown' : 'Your update as text'} value={outcome.text} onFocus={(event) => event.currentTarget.select()} />
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void keepCopied(outcome.as)}>I copied it: keep it</Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {outcome?.kind === 'sent' ? <SentNotice update={outcome.update} chatLabel={outcome.chatLabel} /> : null}
      </form>
    </Section>
  );
}

/** What happened to the update just sent, and that the next draft starts from it. */
function SentNotice({ update, chatLabel }: { readonly update: Update; readonly chatLabel: string }) {
  const next = 'Your next draft starts after it.';
  if (update.to.kind === 'copied') {
    return (
      <MessageBar intent="success" role="status" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Copied</MessageBarTitle>
          {`Your update is on the clipboard as ${update.to.as === 'markdown' ? 'Markdown' : 'text'}, ready to paste into an email, and kept below. ${next}`}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return update.posted ? (
    <MessageBar intent="success" role="status" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Sent</MessageBarTitle>
        {`Upward posted your update as a card in ${chatLabel.replace(/^Our 1:1/, 'your 1:1')}, with a link back to the 1:1 tab. ${next}`}
      </MessageBarBody>
    </MessageBar>
  ) : (
    <MessageBar intent="warning" role="status" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>Kept, but not posted</MessageBarTitle>
        {`Upward’s bot is not in that chat, so no card went. Your update was kept below; copy it from there, or add Upward to the chat. ${next}`}
      </MessageBarBody>
    </MessageBar>
  );
}
