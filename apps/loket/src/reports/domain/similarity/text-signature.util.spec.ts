import { computeTextSignature, signatureTerms, TEXT_SIGNATURE_VERSION } from './text-signature.util';

describe('computeTextSignature', () => {
  const report = {
    title: 'Drones mogen niet buiten zicht vliegen',
    description: 'Voor inspecties met drones buiten het zicht van de piloot is een vergunning nodig; de vergunning duurt maanden.',
  };

  it('counts stems separately for title and description, with sorted keys', () => {
    const signature = computeTextSignature(report);
    expect(signature.version).toBe(TEXT_SIGNATURE_VERSION);
    expect(signature.title).toEqual({ buit: 1, dron: 1, vlieg: 1, zicht: 1 });
    expect(signature.body.vergunn).toBe(2);
    expect(Object.keys(signature.body)).toEqual([...Object.keys(signature.body)].sort());
  });

  it('is deterministic and JSON-stable', () => {
    expect(JSON.stringify(computeTextSignature(report))).toBe(JSON.stringify(computeTextSignature(report)));
  });

  it('lists the distinct terms of title and body', () => {
    const terms = signatureTerms(computeTextSignature(report));
    expect(terms).toContain('dron');
    expect(new Set(terms).size).toBe(terms.length);
  });
});
