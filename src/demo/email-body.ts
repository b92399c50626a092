import { isoDate } from './calendar.js';

export interface Quoted {
  readonly atMs: number;
  readonly fromName: string;
  readonly fromEmail: string;
  readonly text: string;
}

/**
 * An email body as mail clients write it: greeting, message, signature and, for replies,
 * the quoted previous message, so reply/signature stripping has something real to strip.
 */
export function composeEmail(greetingName: string, line: string, signature: string, quoted?: Quoted): string {
  const body = `Hi ${greetingName},\n\n${line}\n\n${signature}`;
  if (!quoted) return body;
  const firstLine = quoted.text.split('\n\n')[1] ?? quoted.text;
  return `${body}\n\nOn ${isoDate(quoted.atMs)}, ${quoted.fromName} <${quoted.fromEmail}> wrote:\n> ${firstLine}`;
}

export function signature(name: string, title: string, company: string): string {
  return `Best,\n${name}\n${title} | ${company}`;
}

export function firstName(fullName: string): string {
  return fullName.split(' ')[0] ?? fullName;
}
