import type { Indicator, TargetSource } from '../../domain/indicator';

/** Every 2018 target is quoted from the text: its source is never empty (the migration inserts it as is). */
type SeedIndicator = Omit<Indicator, 'id' | 'strategyVersion' | 'target'> & { target: Indicator['target'] & { source: TargetSource } };

/**
 * The measurable aims the 2018 strategy text states, each with the words it states them in
 * (`target.source.quote`, checked against the source text by a test: whitespace and line-break
 * hyphens aside, every quote is in `apps/proposals/src/strategy/seed/source/`). A number is given
 * only where the text gives one; an aim without a number keeps `value: null`. No value is entered
 * here: coordinators record what was measured.
 */
export const INDICATOR_TARGETS_2018: SeedIndicator[] = [
  {
    theme: '1.5',
    code: 'ehealth-access-chronically-ill',
    definition: {
      nl: 'Aandeel chronisch zieken met directe toegang tot hun eigen medische gegevens',
      en: 'Share of the chronically ill with direct access to their own medical data',
    },
    unit: '%',
    source: 'Nictiz / NIVEL, eHealth-monitor',
    target: {
      value: 80,
      year: 2019,
      comparison: 'at-least',
      source: { section: '3.3 Digitalisering laten werken voor kwaliteit van leven', quote: 'in 2019 heeft ten minste 80% van de chronisch zieken direct toegang tot zijn eigen medische gegevens' },
    },
  },
  {
    theme: '1.5',
    code: 'ehealth-access-everyone',
    definition: {
      nl: 'Aandeel Nederlanders met directe toegang tot hun eigen medische gegevens',
      en: 'Share of all Dutch people with direct access to their own medical data',
    },
    unit: '%',
    source: 'Nictiz / NIVEL, eHealth-monitor',
    target: {
      value: 40,
      year: 2019,
      comparison: 'at-least',
      source: { section: '3.3 Digitalisering laten werken voor kwaliteit van leven', quote: 'in 2019 heeft ten minste 80% van de chronisch zieken direct toegang tot zijn eigen medische gegevens. En ten minste 40% van alle Nederlanders.' },
    },
  },
  {
    theme: '1.5',
    code: 'ehealth-self-measurement',
    definition: {
      nl: 'Aandeel chronisch zieken en kwetsbare ouderen dat zelf metingen kan doen en delen met de zorgverlener',
      en: 'Share of the chronically ill and frail elderly who can take their own measurements and share them with their care provider',
    },
    unit: '%',
    source: 'Nictiz / NIVEL, eHealth-monitor',
    target: {
      value: 75,
      year: 2019,
      comparison: 'at-least',
      source: {
        section: '3.3 Digitalisering laten werken voor kwaliteit van leven',
        quote: 'in 2019 kan 75% van de chronisch zieken en kwetsbare ouderen zelf metingen doen en deze delen met hun zorgverlener',
      },
    },
  },
  {
    theme: '1.5',
    code: 'ehealth-screen-contact',
    definition: {
      nl: 'Mensen die thuis zorg ontvangen kunnen 24 uur per dag via een beeldscherm contact opnemen met een zorgverlener',
      en: 'People receiving care at home can contact a care provider by screen 24 hours a day',
    },
    unit: '%',
    source: 'Nictiz / NIVEL, eHealth-monitor',
    target: {
      value: null,
      year: 2019,
      comparison: null,
      source: { section: '3.3 Digitalisering laten werken voor kwaliteit van leven', quote: 'in 2019 via een beeldscherm 24 uur per dag contact opnemen met een zorgverlener' },
    },
  },
  {
    theme: '1.2',
    code: 'industry-connected-production',
    definition: {
      nl: 'Positie van de Nederlandse industrie als flexibel en digitaal verbonden productienetwerk in Europa',
      en: 'Position of Dutch industry as a flexible, digitally connected production network in Europe',
    },
    unit: 'rang in Europa',
    source: 'Smart Industry-monitor',
    target: {
      value: null,
      year: 2021,
      comparison: null,
      source: { section: 'Een vooruitstrevende en flexibele industrie', quote: 'in 2021 het meest flexibele en het beste digitaal verbonden productienetwerk van Europa' },
    },
  },
  {
    theme: '1.7',
    code: 'greenhouse-gas-reduction',
    definition: {
      nl: 'Vermindering van de uitstoot van broeikasgassen ten opzichte van 1990',
      en: 'Reduction of greenhouse gas emissions compared with 1990',
    },
    unit: '%',
    source: 'CBS / PBL, Klimaat- en Energieverkenning',
    target: {
      value: 49,
      year: 2030,
      comparison: 'at-least',
      source: { section: '3.5 Een flexibel, duurzaam energiesysteem', quote: 'broeikasgassen met minimaal 49% te beperken in 2030' },
    },
  },
  {
    theme: '2.2.1',
    code: 'curriculum-in-force',
    definition: {
      nl: 'Een nieuw formeel curriculum met digitale geletterdheid is in werking getreden',
      en: 'A new formal curriculum with digital literacy has come into force',
    },
    unit: 'ja/nee',
    source: 'Ministerie van OCW',
    target: {
      value: null,
      year: 2021,
      comparison: null,
      source: { section: '5.1 Onderwijscurriculum up-to-date', quote: 'Doel is om in 2021 een nieuw formeel curriculum inwerking te laten treden.' },
    },
  },
  {
    theme: '2.2.4',
    code: 'open-learning-materials',
    definition: {
      nl: 'Aandeel docenten in het hoger onderwijs dat zijn leermaterialen open deelt',
      en: 'Share of teachers in higher education who share their learning materials openly',
    },
    unit: '%',
    source: 'Versnellingsplan Onderwijsinnovatie met ICT',
    target: {
      value: 100,
      year: 2025,
      comparison: 'at-least',
      source: { section: '5.4 Voldoende ICT-professionals', quote: 'alle docenten hun leermaterialen in 2025 open delen' },
    },
  },
  {
    theme: '2.3.4',
    code: 'fixed-internet-100mbps',
    definition: {
      nl: 'Aandeel adressen met toegang tot vast internet van minimaal 100 Mbps',
      en: 'Share of addresses with access to fixed internet of at least 100 Mbps',
    },
    unit: '%',
    source: 'Agentschap Telecom / Dialogic, Monitor digitale connectiviteit',
    target: {
      value: 100,
      year: 2025,
      comparison: 'at-least',
      source: {
        section: '6.4 Een digitale infrastructuur van wereldklasse',
        quote: 'in 2025 de snelle mobiele 5G technologie breed beschikbaar is en dat iedereen toegang heeft tot internet op een vaste locatie met een snelheid van minimaal 100 Mbps',
      },
    },
  },
  {
    theme: '2.3.4',
    code: 'mobile-5g-availability',
    definition: {
      nl: 'Beschikbaarheid van snel mobiel internet met 5G',
      en: 'Availability of fast mobile internet with 5G',
    },
    unit: '% dekking',
    source: 'Agentschap Telecom, Monitor digitale connectiviteit',
    target: {
      value: null,
      year: 2025,
      comparison: null,
      source: { section: '6.4 Een digitale infrastructuur van wereldklasse', quote: 'in 2025 de snelle mobiele 5G technologie breed beschikbaar is' },
    },
  },
];
