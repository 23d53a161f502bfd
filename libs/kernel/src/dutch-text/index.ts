// Dutch text for every service's domain: the loket's duplicate finder and the comments service's
// consultation analysis tokenise and stem the same way (moved here from the loket for that).
export { dutchIndexTerms, indexTermOf, tokenizeDutch } from './dutch-tokenizer.util';
export { stemDutch } from './dutch-stemmer.util';
export { DUTCH_STOPWORDS } from './dutch-stopwords.constant';
