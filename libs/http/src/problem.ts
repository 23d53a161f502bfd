import type { Language } from './language';

/** RFC 9457 problem details as this platform sends them. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code?: string;
  errors?: FieldError[];
  correlationId?: string;
  instance?: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const titles: Record<number, { nl: string; en: string }> = {
  400: { nl: 'Ongeldige invoer', en: 'Invalid input' },
  401: { nl: 'Niet ingelogd', en: 'Not logged in' },
  403: { nl: 'Geen toegang', en: 'Not allowed' },
  404: { nl: 'Niet gevonden', en: 'Not found' },
  405: { nl: 'Methode niet toegestaan', en: 'Method not allowed' },
  409: { nl: 'Conflict met de huidige toestand', en: 'Conflict with the current state' },
  413: { nl: 'Te groot', en: 'Too large' },
  415: { nl: 'Niet-ondersteund formaat', en: 'Unsupported media type' },
  422: { nl: 'Niet te verwerken', en: 'Unprocessable' },
  429: { nl: 'Te veel verzoeken', en: 'Too many requests' },
  500: { nl: 'Er ging iets mis', en: 'Something went wrong' },
  502: { nl: 'Dienst niet bereikbaar', en: 'Service unreachable' },
  503: { nl: 'Tijdelijk niet beschikbaar', en: 'Temporarily unavailable' },
  504: { nl: 'De dienst reageerde niet op tijd', en: 'The service did not answer in time' },
};

const details: Record<number, { nl: string; en: string }> = {
  400: { nl: 'Het verzoek is niet geldig.', en: 'The request is not valid.' },
  401: { nl: 'Log in om dit te doen.', en: 'Log in to do this.' },
  403: { nl: 'U heeft geen rechten om dit te doen.', en: 'You are not allowed to do this.' },
  404: { nl: 'Dit bestaat niet (meer).', en: 'This does not exist (any more).' },
  405: { nl: 'Deze methode kan hier niet.', en: 'This method is not allowed here.' },
  413: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  415: { nl: 'Stuur JSON in UTF-8.', en: 'Send JSON in UTF-8.' },
  429: { nl: 'U heeft te veel verzoeken gedaan. Probeer het later opnieuw.', en: 'You sent too many requests. Try again later.' },
  500: { nl: 'Er ging aan onze kant iets mis. Uw invoer is niet verloren; probeer het opnieuw.', en: 'Something went wrong on our side. Your input is not lost; please try again.' },
  502: { nl: 'Een onderdeel van het platform is niet bereikbaar. Probeer het later opnieuw.', en: 'Part of the platform cannot be reached. Try again later.' },
  503: { nl: 'Het platform is tijdelijk niet beschikbaar. Probeer het later opnieuw.', en: 'The platform is temporarily unavailable. Try again later.' },
  504: { nl: 'Een onderdeel van het platform reageerde niet op tijd. Probeer het opnieuw.', en: 'Part of the platform did not answer in time. Please try again.' },
};

export function problemTitle(status: number, lang: Language): string {
  return (titles[status] ?? titles[status >= 500 ? 500 : 400])[lang];
}

export function problemDetail(status: number, lang: Language): string {
  return (details[status] ?? details[status >= 500 ? 500 : 400])[lang];
}

export function problem(status: number, lang: Language, extra: Partial<Problem> = {}): Problem {
  return {
    type: extra.code ? `https://permanentbeta.nl/problems/${extra.code.toLowerCase().replace(/[._]/g, '-')}` : 'about:blank',
    title: problemTitle(status, lang),
    status,
    detail: problemDetail(status, lang),
    ...extra,
  };
}
