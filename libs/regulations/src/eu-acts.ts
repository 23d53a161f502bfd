/**
 * The EU acts a barrier report cites most, above all the AVG/GDPR: a regulation of the EU applies
 * in the Netherlands as it is, so it has no BWB id — only the national act that implements or
 * supplements it does (the UAVG, BWBR0040940, is in DUTCH_LAWS and stays a law of its own). An EU
 * act is known by its CELEX number at EUR-Lex; the index names it `EU-<CELEX>` (why that form:
 * libs/contracts/src/regulation-id.ts).
 *
 * Only acts whose CELEX number is certain are here (number and year of the act as published in the
 * Official Journal, checked against EUR-Lex's own numbering: sector 3, year, R for a regulation or
 * L for a directive, the act's number in four digits). The title is the Dutch short title the act
 * gives itself where it has one ("dataverordening"), else the name Dutch texts use for it.
 */
export interface EuAct {
  /** The CELEX number (`32016R0679`). */
  celex: string;
  /** The Dutch name shown for it. */
  title: string;
  /** Other names people use: the English name, the number ("Verordening (EU) 2016/679"). */
  names: readonly string[];
  abbreviations: readonly string[];
  /** Set for an act no longer in force (a report may still cite it). */
  repealed?: string;
}

export const EU_ACTS: readonly EuAct[] = [
  {
    celex: '32016R0679',
    title: 'Algemene verordening gegevensbescherming',
    names: ['GDPR', 'General Data Protection Regulation', 'Verordening (EU) 2016/679'],
    abbreviations: ['AVG', 'GDPR'],
  },
  { celex: '32014R0910', title: 'eIDAS-verordening', names: ['Verordening (EU) nr. 910/2014', 'Verordening (EU) 910/2014'], abbreviations: ['eIDAS'] },
  { celex: '32023R2854', title: 'Dataverordening', names: ['Data Act', 'Verordening (EU) 2023/2854'], abbreviations: [] },
  { celex: '32022R2065', title: 'Digitaledienstenverordening', names: ['Digital Services Act', 'Verordening (EU) 2022/2065'], abbreviations: ['DSA'] },
  { celex: '32024R1689', title: 'Verordening artificiële intelligentie', names: ['AI-verordening', 'AI Act', 'Verordening (EU) 2024/1689'], abbreviations: [] },
  { celex: '32022L2555', title: 'NIS 2-richtlijn', names: ['NIS2-richtlijn', 'Richtlijn (EU) 2022/2555'], abbreviations: ['NIS2', 'NIS 2'] },
];

/** The index key of an EU act: `EU-` and its CELEX number. */
export const euActId = (celex: string): string => `EU-${celex}`;
