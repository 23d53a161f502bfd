/**
 * Dutch function words that carry no topic, in the folded form the tokenizer produces
 * (lowercase, no diacritics). Snowball's Dutch stop list plus the pronouns, auxiliaries and
 * connectives that dominate a complaint written by an entrepreneur ("wij moeten hierdoor …").
 * Domain words such as "wet" or "regels" are deliberately not here: IDF weighs them down in
 * proportion to how common they actually are in the corpus.
 */
export const DUTCH_STOPWORDS: ReadonlySet<string> = new Set([
  // Snowball Dutch stop list
  'de', 'en', 'van', 'ik', 'te', 'dat', 'die', 'in', 'een', 'hij', 'het', 'niet', 'zijn', 'is',
  'was', 'op', 'aan', 'met', 'als', 'voor', 'had', 'er', 'maar', 'om', 'hem', 'dan', 'zou', 'of',
  'wat', 'mijn', 'men', 'dit', 'zo', 'door', 'over', 'ze', 'zich', 'bij', 'ook', 'tot', 'je',
  'mij', 'uit', 'der', 'daar', 'haar', 'naar', 'heb', 'hoe', 'heeft', 'hebben', 'deze', 'u',
  'want', 'nog', 'zal', 'me', 'zij', 'nu', 'ge', 'geen', 'omdat', 'iets', 'worden', 'toch', 'al',
  'waren', 'veel', 'meer', 'doen', 'toen', 'moet', 'ben', 'zonder', 'kan', 'hun', 'dus', 'alles',
  'onder', 'ja', 'eens', 'hier', 'wie', 'werd', 'altijd', 'doch', 'wordt', 'wezen', 'kunnen',
  'ons', 'zelf', 'tegen', 'na', 'reeds', 'wil', 'kon', 'niets', 'uw', 'iemand', 'geweest',
  'andere',
  // Pronouns, auxiliaries and connectives common in reports
  'we', 'wij', 'onze', 'jullie', 'zouden', 'moeten', 'mogen', 'mag', 'kunt', 'wel', 'alleen',
  'echter', 'waardoor', 'waarbij', 'waarin', 'waarop', 'waarvoor', 'welke', 'welk', 'zoals',
  'bijvoorbeeld', 'bv', 'bijv', 'per', 'via', 'elke', 'ieder', 'iedere', 'elk', 'alle', 'wanneer',
  'terwijl', 'hierdoor', 'daardoor', 'daarom', 'daarbij', 'dient', 'dienen', 'gaat', 'gaan',
  'komt', 'komen', 'steeds', 'vaak', 'soms', 'erg', 'zeer', 'heel', 'weinig', 'ander', 'anders',
  'eigen', 'even', 'ongeveer', 'ca', 'etc', 'enz', 'nl', 'zodat', 'tijdens',
  'tussen', 'sinds', 'vanuit', 'vanaf', 'dezelfde', 'hetzelfde', 'zowel', 'ofwel', 'noch', 'nadat',
  'voordat', 'hen', 'nooit', 'meestal', 'inmiddels', 'momenteel', 'huidige',
  // Pronominal adverbs ("daarvoor", "waarmee") and forms of auxiliary and modal verbs
  'daaraan', 'daarin', 'daarmee', 'daarna', 'daarop', 'daarover', 'daaruit', 'daarvan', 'daarvoor',
  'hieraan', 'hierin', 'hiermee', 'hierna', 'hierop', 'hierover', 'hiervan', 'hiervoor', 'waaraan',
  'waarmee', 'waarna', 'waarover', 'waaruit', 'waarvan', 'willen', 'wilt', 'wilde', 'wilden',
  'zullen', 'zult', 'werden', 'hadden', 'konden', 'moest', 'moesten', 'mocht', 'mochten', 'ging',
  'gingen', 'doet', 'deed', 'deden', 'laten', 'laat', 'liet', 'lieten', 'zit', 'zitten', 'zat',
  'staat', 'staan', 'stond', 'blijft', 'blijven', 'bleef',
]);
