import { STAFF_ROLES } from '@pb/auth';
import {
  AMENDMENT_KINDS,
  COMPANY_SIZE_CLASSES,
  CURRENT_DEPARTMENTS,
  DEPARTMENTS as DEPARTMENT_CODES,
  FLAG_REASONS,
  FORMER_DEPARTMENTS,
  MODERATION_REASONS,
  OUTCOMES,
  PRIORITIES,
  REPORT_STATUSES,
  SBI_SECTIONS,
  TECHNOLOGIES,
} from '@pb/contracts';
import { hasMessage } from '@pb/i18n';
import type { PageContext } from './page-context';

/**
 * The codes the services send, as a person reads them: each family is a key family in the
 * catalogue's `labels` namespace (libs/i18n/src/messages/<lang>/labels.json). The template literal per
 * family is what the catalogue check reads as "every `labels:status.*` key is used".
 */
const KEYS = {
  technology: (code: string) => `labels:technology.${code}`,
  size: (code: string) => `labels:size.${code}`,
  sector: (code: string) => `labels:sector.${code}`,
  status: (code: string) => `labels:status.${code}`,
  /** The reporter's own page speaks to them; the codes without a text of their own read as `status`. */
  reporterStatus: (code: string) => `labels:reporterStatus.${code}`,
  outcome: (code: string) => `labels:outcome.${code}`,
  /** What the loket's audit log records (its `action` codes). */
  auditAction: (code: string) => `labels:auditAction.${code}`,
  staffRole: (code: string) => `labels:staffRole.${code}`,
  /** Who acted, as an event or the audit log records it: a staff role, or the reporter, a respondent, the system. */
  actorRole: (code: string) => `labels:actorRole.${code}`,
  priority: (code: string) => `labels:priority.${code}`,
  proposalStatus: (code: string) => `labels:proposalStatus.${code}`,
  /** Why a reader flags a response (the comments service's codes). */
  flagReason: (code: string) => `labels:flagReason.${code}`,
  /** Why a moderator rejects a response (the comments service's codes). */
  moderationReason: (code: string) => `labels:moderationReason.${code}`,
  /** The kinds of strategy amendment (the review service's codes). */
  amendmentKind: (code: string) => `labels:amendmentKind.${code}`,
  /** What an amendment's evidence points at. */
  evidence: (code: string) => `labels:evidence.${code}`,
  /** Where an amendment stands. */
  amendmentStatus: (code: string) => `labels:amendmentStatus.${code}`,
  /** A ministry's name by its abbreviation. */
  department: (code: string) => `labels:department.${code}`,
};
export type LabelFamily = keyof typeof KEYS;

/** The families a form offers as a choice, and their codes in the order offered (the contracts own the codes). */
const CHOICES = {
  technology: TECHNOLOGIES,
  size: COMPANY_SIZE_CLASSES,
  sector: SBI_SECTIONS,
  status: REPORT_STATUSES,
  outcome: OUTCOMES,
  priority: PRIORITIES,
  staffRole: STAFF_ROLES,
  flagReason: FLAG_REASONS,
  moderationReason: MODERATION_REASONS,
  amendmentKind: AMENDMENT_KINDS,
} satisfies Partial<Record<LabelFamily, readonly string[]>>;

/**
 * The ministries the loket assigns reports to (libs/contracts: the triage event carries them), as
 * strings a form may hold. Every code is accepted, so that reports triaged under a former cabinet's
 * name stay readable and filterable.
 */
export const DEPARTMENTS: readonly string[] = DEPARTMENT_CODES;

type Texts = Pick<PageContext, 'lang' | 'msg'>;

/** A code as a person reads it; a code without a text (data older than the catalogue) shows as it is. */
export function label(ctx: Texts, family: LabelFamily, value: string | undefined | null): string {
  if (!value) return '—';
  const key = KEYS[family](value);
  if (hasMessage(ctx.lang, key)) return ctx.msg(key);
  if (family === 'reporterStatus') return label(ctx, 'status', value);
  if (family === 'actorRole') return label(ctx, 'staffRole', value);
  return value;
}

/** A message looked up by a code the page does not know in advance: the code itself when the catalogue has no text for it. */
export function known(text: string, fallback: string): string {
  return /^[a-z][\w-]*:[\w.-]+$/.test(text) ? fallback : text;
}

export function options(ctx: Texts, family: keyof typeof CHOICES): { value: string; label: string }[] {
  return CHOICES[family].map((value) => ({ value, label: label(ctx, family, value) }));
}

/**
 * The ministries a form offers: today's, each once (a former cabinet's code such as EZK or LNV only
 * when the value being edited or filtered on already holds it), named in full after the abbreviation.
 */
export function departmentOptions(ctx: Texts, current?: string | null): { value: string; label: string }[] {
  const codes = current && (FORMER_DEPARTMENTS as readonly string[]).includes(current) ? [...CURRENT_DEPARTMENTS, current] : CURRENT_DEPARTMENTS;
  return codes.map((value) => ({ value, label: `${value} – ${label(ctx, 'department', value)}` }));
}

/** A strategy theme as a person reads it: its code and its title (the code alone when unknown). */
export function themeLabel(themes: readonly { code: string; title: string }[], code: string | undefined | null): string {
  if (!code) return '—';
  const theme = themes.find((th) => th.code === code);
  return theme ? `${theme.code} ${theme.title}` : code;
}

/**
 * A theme of the annual review as a person reads it: "1.1 Gezondheid". The review's JSON gives the
 * reports not classified yet the code `-` and a placeholder title; the page names them in the
 * reader's language (as the review's documents do) and never shows the `-`.
 */
export function reviewThemeName(ctx: PageContext, theme: { code: string; title: string }): string {
  return theme.code === '-' ? ctx.msg('review:label.unclassified') : `${theme.code} ${theme.title}`;
}
