import { DEPARTMENTS as DEPARTMENT_CODES } from '@pb/contracts';
import type { Language } from '@pb/http/core';
import { translatorFor } from '@pb/i18n';

type Labels = Record<string, { nl: string; en: string }>;

export const TECHNOLOGY_LABELS: Labels = {
  ai: { nl: 'Kunstmatige intelligentie (AI)', en: 'Artificial intelligence (AI)' },
  blockchain: { nl: 'Blockchain', en: 'Blockchain' },
  'data-sharing': { nl: 'Data delen', en: 'Data sharing' },
  drones: { nl: 'Drones', en: 'Drones' },
  iot: { nl: 'Internet of things', en: 'Internet of things' },
  connectivity: { nl: 'Connectiviteit (5G, glasvezel)', en: 'Connectivity (5G, fibre)' },
  cloud: { nl: 'Cloud', en: 'Cloud' },
  quantum: { nl: 'Quantumtechnologie', en: 'Quantum technology' },
  other: { nl: 'Anders', en: 'Other' },
};

export const SIZE_LABELS: Labels = {
  micro: { nl: 'Micro (minder dan 10 medewerkers)', en: 'Micro (fewer than 10 employees)' },
  small: { nl: 'Klein (10 tot 50)', en: 'Small (10 to 50)' },
  medium: { nl: 'Middelgroot (50 tot 250)', en: 'Medium (50 to 250)' },
  large: { nl: 'Groot (250 of meer)', en: 'Large (250 or more)' },
};

export const SECTOR_LABELS: Labels = {
  A: { nl: 'A – Landbouw, bosbouw en visserij', en: 'A – Agriculture, forestry and fishing' },
  B: { nl: 'B – Delfstoffenwinning', en: 'B – Mining and quarrying' },
  C: { nl: 'C – Industrie', en: 'C – Manufacturing' },
  D: { nl: 'D – Energievoorziening', en: 'D – Energy supply' },
  E: { nl: 'E – Water en afvalbeheer', en: 'E – Water supply and waste management' },
  F: { nl: 'F – Bouwnijverheid', en: 'F – Construction' },
  G: { nl: 'G – Handel', en: 'G – Wholesale and retail trade' },
  H: { nl: 'H – Vervoer en opslag', en: 'H – Transportation and storage' },
  I: { nl: 'I – Logies en horeca', en: 'I – Accommodation and food service' },
  J: { nl: 'J – Informatie en communicatie', en: 'J – Information and communication' },
  K: { nl: 'K – Financiële dienstverlening', en: 'K – Financial services' },
  L: { nl: 'L – Verhuur en handel van onroerend goed', en: 'L – Real estate' },
  M: { nl: 'M – Specialistische zakelijke diensten', en: 'M – Professional, scientific and technical services' },
  N: { nl: 'N – Verhuur en overige zakelijke diensten', en: 'N – Administrative and support services' },
  O: { nl: 'O – Openbaar bestuur', en: 'O – Public administration' },
  P: { nl: 'P – Onderwijs', en: 'P – Education' },
  Q: { nl: 'Q – Gezondheids- en welzijnszorg', en: 'Q – Health and social work' },
  R: { nl: 'R – Cultuur, sport en recreatie', en: 'R – Arts, entertainment and recreation' },
  S: { nl: 'S – Overige dienstverlening', en: 'S – Other services' },
  T: { nl: 'T – Huishoudens', en: 'T – Households' },
  U: { nl: 'U – Extraterritoriale organisaties', en: 'U – Extraterritorial organisations' },
};

export const STATUS_LABELS: Labels = {
  received: { nl: 'Ontvangen', en: 'Received' },
  triaged: { nl: 'Beoordeeld', en: 'Triaged' },
  in_progress: { nl: 'In behandeling', en: 'In progress' },
  waiting_for_reporter: { nl: 'Wacht op de melder', en: 'Waiting for the reporter' },
  resolved: { nl: 'Afgehandeld', en: 'Resolved' },
  duplicate: { nl: 'Dubbele melding', en: 'Duplicate' },
  rejected: { nl: 'Niet in behandeling genomen', en: 'Rejected' },
  reopened: { nl: translatorFor('nl')('reporter:statusLabel.reopened'), en: translatorFor('en')('reporter:statusLabel.reopened') },
  closed: { nl: translatorFor('nl')('reporter:statusLabel.closed'), en: translatorFor('en')('reporter:statusLabel.closed') },
};

/** The reporter's own page speaks to them. */
export const REPORTER_STATUS_LABELS: Labels = { ...STATUS_LABELS, waiting_for_reporter: { nl: 'Wacht op uw reactie', en: 'Waiting for your reply' } };

export const OUTCOME_LABELS: Labels = {
  explained: { nl: 'Uitgelegd – geen belemmering', en: 'Explained – no barrier' },
  guidance: { nl: 'Handreiking gegeven', en: 'Guidance given' },
  forwarded: { nl: 'Doorgestuurd (toezichthouder of Ruimte in Regels)', en: 'Forwarded (regulator or Ruimte in Regels)' },
  'experimentation-space': { nl: 'Experimenteerruimte geboden', en: 'Experimentation space offered' },
  'regulation-change-proposed': { nl: 'Wijziging van regelgeving voorgesteld', en: 'Regulation change proposed' },
  'not-admissible': { nl: 'Niet ontvankelijk', en: 'Not admissible' },
};

/** What the loket's audit log records (its `action` codes). */
export const AUDIT_ACTION_LABELS: Labels = {
  'contact-details-read': { nl: 'Contactgegevens ingezien', en: 'Contact details viewed' },
  triage: { nl: 'Beoordeeld (triage)', en: 'Triaged' },
  status: { nl: 'Status gewijzigd', en: 'Status changed' },
  message: { nl: 'Vraag aan de melder', en: 'Question to the reporter' },
  note: { nl: 'Interne notitie', en: 'Internal note' },
  duplicate: { nl: 'Gekoppeld als dubbel', en: 'Linked as duplicate' },
  resolution: { nl: 'Afgehandeld', en: 'Resolved' },
};

export const STAFF_ROLE_LABELS: Labels = {
  official: { nl: 'Behandelaar', en: 'Official' },
  intake: { nl: 'Intake (frontoffice loket)', en: 'Intake (front office)' },
  moderator: { nl: 'Moderator', en: 'Moderator' },
  coordinator: { nl: 'Strategiecoördinator', en: 'Strategy coordinator' },
  admin: { nl: 'Beheerder', en: 'Administrator' },
};

export const PRIORITY_LABELS: Labels = {
  low: { nl: 'Laag', en: 'Low' },
  normal: { nl: 'Normaal', en: 'Normal' },
  high: { nl: 'Hoog', en: 'High' },
};

export const PROPOSAL_STATUS_LABELS: Labels = {
  draft: { nl: 'Concept', en: 'Draft' },
  scheduled: { nl: 'Gepland', en: 'Scheduled' },
  open: { nl: 'Open', en: 'Open' },
  closed: { nl: 'Gesloten', en: 'Closed' },
  answered: { nl: 'Beantwoord', en: 'Answered' },
};

/** Why a reader flags a response (the comments service's codes). */
export const FLAG_REASON_LABELS: Labels = {
  offensive: { nl: 'Beledigend', en: 'Offensive' },
  spam: { nl: 'Spam of reclame', en: 'Spam or advertising' },
  'personal-data': { nl: 'Bevat persoonsgegevens', en: 'Contains personal data' },
  'off-topic': { nl: 'Gaat niet over het voorstel', en: 'Off topic' },
  other: { nl: 'Anders', en: 'Other' },
};

/** Why a moderator rejects a response (the comments service's codes). */
export const MODERATION_REASON_LABELS: Labels = {
  'off-topic': { nl: 'Gaat niet over het voorstel', en: 'Off topic' },
  offensive: { nl: 'Beledigend', en: 'Offensive' },
  'personal-data': { nl: 'Bevat persoonsgegevens', en: 'Contains personal data' },
  spam: { nl: 'Spam', en: 'Spam' },
  illegal: { nl: 'In strijd met de wet', en: 'Illegal' },
  duplicate: { nl: 'Dubbel', en: 'Duplicate' },
};

/** The kinds of strategy amendment (the review service's codes). */
export const AMENDMENT_KIND_LABELS: Labels = {
  'add-action': { nl: 'Actie toevoegen', en: 'Add an action' },
  'change-action': { nl: 'Actie wijzigen', en: 'Change an action' },
  'retire-action': { nl: 'Actie laten vervallen', en: 'Retire an action' },
  'change-ambition': { nl: 'Ambitie wijzigen', en: 'Change the ambition' },
};
/** What an amendment's evidence points at. */
export const EVIDENCE_LABELS: Labels = {
  'barrier-cluster': { nl: 'cluster van meldingen', en: 'cluster of reports' },
  'barrier-report': { nl: 'melding', en: 'report' },
  consultation: { nl: 'consultatie', en: 'consultation' },
  response: { nl: 'reactie', en: 'response' },
};
/** Where an amendment stands. */
export const AMENDMENT_STATUS_LABELS: Labels = {
  proposed: { nl: 'Voorgesteld', en: 'Proposed' },
  accepted: { nl: 'Aangenomen', en: 'Accepted' },
  declined: { nl: 'Afgewezen', en: 'Declined' },
  applied: { nl: 'Verwerkt in een versie', en: 'Applied in a version' },
};

/** The ministries the loket assigns reports to (libs/contracts: the triage event carries them), as strings a form may hold. */
export const DEPARTMENTS: readonly string[] = DEPARTMENT_CODES;

export function label(labels: Labels, value: string | undefined | null, lang: Language): string {
  if (!value) return '—';
  return labels[value]?.[lang] ?? value;
}

export function options(labels: Labels, lang: Language): { value: string; label: string }[] {
  return Object.entries(labels).map(([value, l]) => ({ value, label: l[lang] }));
}

/** A strategy theme as a person reads it: its code and its title (the code alone when unknown). */
export function themeLabel(themes: readonly { code: string; title: string }[], code: string | undefined | null): string {
  if (!code) return '—';
  const theme = themes.find((th) => th.code === code);
  return theme ? `${theme.code} ${theme.title}` : code;
}
