import type { ChatMember } from '@domain/chat';

/** How the page names someone: "you" for the viewer, else their name (Teams may not have told us it). */
export function personLabel(person: { readonly objectId: string; readonly name: string }, me: string): string {
  if (person.objectId.toLowerCase() === me) return 'you';
  return person.name.trim() === '' ? 'a chat member' : person.name;
}

/** "Avery and Morgan", "Avery, Morgan and Sam": the chat's members, the viewer first as "you". */
export function memberList(members: readonly ChatMember[], me: string): string {
  const names = [...members]
    .sort((a, b) => Number(b.objectId.toLowerCase() === me) - Number(a.objectId.toLowerCase() === me))
    .map((member) => personLabel(member, me));
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** The label with its first letter capitalised, to start a sentence. */
export function sentenceStart(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}
