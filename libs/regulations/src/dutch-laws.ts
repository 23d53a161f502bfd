/**
 * The regulation index, first piece (issue 12, item 5): the Dutch laws a barrier report cites most,
 * with their identifier in the Basiswettenbestand (BWB, wetten.overheid.nl/<bwbId>), official
 * title and the names and abbreviations people type. Plain data, no framework: the loket uses it
 * to identify what a reporter typed, the review to name what it counts. The EU acts are the other
 * piece (eu-acts.ts); regulations.ts joins both into the one index.
 *
 * Every id was checked against at least two independent public sources that link
 * wetten.overheid.nl/<id> (or its official-text mirrors) under that title; a law whose id could
 * not be confirmed that way is left out rather than guessed. The AVG/GDPR itself is an EU
 * regulation (CELEX 32016R0679) without a BWB id: it is in eu-acts.ts, and only its Dutch
 * implementing act, the UAVG, is here — "AVG" means the regulation, never the UAVG.
 */
export interface DutchLaw {
  /** BWB id of the regulation (`BWBR` and seven digits). */
  bwbId: string;
  /** The official title (citeertitel) as wetten.overheid.nl shows it. */
  title: string;
  /** Other names people use (without the year, the older title, a descriptive name). */
  names: readonly string[];
  /** Official or common abbreviations. */
  abbreviations: readonly string[];
  /** Set for a law no longer in force (a report may still cite it). */
  repealed?: string;
  /** For a book of the Burgerlijk Wetboek: its number ("BW 7:658" is book 7). */
  civilCodeBook?: number;
}

export const DUTCH_LAWS: readonly DutchLaw[] = [
  { bwbId: 'BWBR0040940', title: 'Uitvoeringswet Algemene verordening gegevensbescherming', names: ['Uitvoeringswet AVG', 'AVG-uitvoeringswet'], abbreviations: ['UAVG'] },
  { bwbId: 'BWBR0011468', title: 'Wet bescherming persoonsgegevens', names: [], abbreviations: ['Wbp'], repealed: '2018-05-25' },
  { bwbId: 'BWBR0024282', title: 'Wet ter voorkoming van witwassen en financieren van terrorisme', names: ['witwaswet'], abbreviations: ['Wwft'] },
  { bwbId: 'BWBR0020368', title: 'Wet op het financieel toezicht', names: [], abbreviations: ['Wft'] },
  { bwbId: 'BWBR0005537', title: 'Algemene wet bestuursrecht', names: [], abbreviations: ['Awb'] },
  { bwbId: 'BWBR0045754', title: 'Wet open overheid', names: [], abbreviations: ['Woo'] },
  { bwbId: 'BWBR0048156', title: 'Wet digitale overheid', names: [], abbreviations: ['Wdo'] },
  { bwbId: 'BWBR0033715', title: 'Wet basisregistratie personen', names: [], abbreviations: ['Wet BRP', 'BRP'] },
  { bwbId: 'BWBR0021777', title: 'Handelsregisterwet 2007', names: ['Handelsregisterwet'], abbreviations: ['Hrw'] },
  { bwbId: 'BWBR0002629', title: 'Wet op de omzetbelasting 1968', names: ['Wet op de omzetbelasting', 'btw-wet'], abbreviations: ['Wet OB 1968', 'Wet OB'] },
  { bwbId: 'BWBR0011353', title: 'Wet inkomstenbelasting 2001', names: ['Wet op de inkomstenbelasting 2001', 'Wet inkomstenbelasting'], abbreviations: ['Wet IB 2001', 'Wet IB'] },
  { bwbId: 'BWBR0002672', title: 'Wet op de vennootschapsbelasting 1969', names: ['Wet op de vennootschapsbelasting'], abbreviations: ['Wet Vpb 1969', 'Wet Vpb'] },
  { bwbId: 'BWBR0002320', title: 'Algemene wet inzake rijksbelastingen', names: [], abbreviations: ['AWR'] },
  { bwbId: 'BWBR0007671', title: 'Arbeidstijdenwet', names: [], abbreviations: ['ATW'] },
  { bwbId: 'BWBR0010346', title: 'Arbeidsomstandighedenwet', names: ['Arbeidsomstandighedenwet 1998'], abbreviations: ['Arbowet'] },
  { bwbId: 'BWBR0037885', title: 'Omgevingswet', names: [], abbreviations: ['Ow'] },
  { bwbId: 'BWBR0009950', title: 'Telecommunicatiewet', names: [], abbreviations: ['Tw'] },
  { bwbId: 'BWBR0005555', title: 'Wet luchtvaart', names: ['Luchtvaartwet'], abbreviations: ['Wlv'] },
  { bwbId: 'BWBR0006622', title: 'Wegenverkeerswet 1994', names: ['Wegenverkeerswet'], abbreviations: ['WVW 1994', 'WVW'] },
  { bwbId: 'BWBR0006251', title: 'Wet op de beroepen in de individuele gezondheidszorg', names: [], abbreviations: ['Wet BIG'] },
  { bwbId: 'BWBR0021505', title: 'Geneesmiddelenwet', names: [], abbreviations: ['Gnw'] },
  { bwbId: 'BWBR0008691', title: 'Mededingingswet', names: [], abbreviations: ['Mw'] },
  { bwbId: 'BWBR0001886', title: 'Auteurswet', names: ['Auteurswet 1912'], abbreviations: ['Aw'] },
  { bwbId: 'BWBR0032203', title: 'Aanbestedingswet 2012', names: ['Aanbestedingswet'], abbreviations: ['Aw 2012'] },
  { bwbId: 'BWBR0011823', title: 'Vreemdelingenwet 2000', names: ['Vreemdelingenwet'], abbreviations: ['Vw 2000'] },
  { bwbId: 'BWBR0006297', title: 'Wet op de identificatieplicht', names: [], abbreviations: ['Wid'] },
  { bwbId: 'BWBR0001840', title: 'Grondwet', names: ['Grondwet voor het Koninkrijk der Nederlanden'], abbreviations: ['Gw'] },
  { bwbId: 'BWBR0001854', title: 'Wetboek van Strafrecht', names: [], abbreviations: ['Sr', 'WvSr'] },
  { bwbId: 'BWBR0001903', title: 'Wetboek van Strafvordering', names: [], abbreviations: ['Sv', 'WvSv'] },
  { bwbId: 'BWBR0001827', title: 'Wetboek van Burgerlijke Rechtsvordering', names: [], abbreviations: ['Rv'] },
  { bwbId: 'BWBR0001860', title: 'Faillissementswet', names: [], abbreviations: ['Fw'] },
  { bwbId: 'BWBR0002656', title: 'Burgerlijk Wetboek Boek 1', names: ['BW Boek 1'], abbreviations: [], civilCodeBook: 1 },
  { bwbId: 'BWBR0003045', title: 'Burgerlijk Wetboek Boek 2', names: ['BW Boek 2'], abbreviations: [], civilCodeBook: 2 },
  { bwbId: 'BWBR0005291', title: 'Burgerlijk Wetboek Boek 3', names: ['BW Boek 3'], abbreviations: [], civilCodeBook: 3 },
  { bwbId: 'BWBR0005289', title: 'Burgerlijk Wetboek Boek 6', names: ['BW Boek 6'], abbreviations: [], civilCodeBook: 6 },
  { bwbId: 'BWBR0005290', title: 'Burgerlijk Wetboek Boek 7', names: ['BW Boek 7'], abbreviations: [], civilCodeBook: 7 },
];
