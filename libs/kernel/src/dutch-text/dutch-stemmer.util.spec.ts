import { stemDutch } from './dutch-stemmer.util';

describe('stemDutch', () => {
  // Pairs from Snowball's published vocabulary/output for the original ("dutch_porter")
  // algorithm; the implementation was also checked against all 44 697 plain a–z words there.
  it.each([
    ['aanbestedingen', 'aanbested'],
    ['aanbieders', 'aanbieder'],
    ['aanbiddelijk', 'aanbid'],
    ['aansprakelijkheid', 'aansprak'],
    ['aanvragen', 'aanvrag'],
    ['apparaten', 'apparat'],
    ['bedrijven', 'bedrijv'],
    ['beslissingen', 'besliss'],
    ['digitale', 'digital'],
    ['duurzaamheid', 'duurzam'],
    ['gebruikers', 'gebruiker'],
    ['gegevens', 'gegeven'],
    ['gevaarlijke', 'gevar'],
    ['gezondheid', 'gezond'],
    ['kaas', 'kas'],
    ['klanten', 'klant'],
    ['lichamelijk', 'licham'],
    ['maatregelen', 'maatregel'],
    ['mogelijkheden', 'mogelijk'],
    ['ondernemers', 'ondernemer'],
    ['ontheffing', 'ontheff'],
    ['regelgeving', 'regelgev'],
    ['toestemming', 'toestemm'],
    ['vergunningen', 'vergunn'],
    ['verwerking', 'verwerk'],
    ['vliegen', 'vlieg'],
    ['zelfrijdende', 'zelfrijd'],
    ['aalsmeerse', 'aalsmer'],
    ['aandachtig', 'aandacht'],
    ['aangelegenheden', 'aangeleg'],
  ])('%s → %s', (word, stem) => {
    expect(stemDutch(word)).toBe(stem);
  });

  it('leaves short words alone', () => {
    expect(stemDutch('ai')).toBe('ai');
    expect(stemDutch('en')).toBe('en');
  });
});
