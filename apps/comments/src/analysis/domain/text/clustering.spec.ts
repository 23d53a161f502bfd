import { seededRandom, sampleIndices } from './seeded-random';
import { distanceMatrix, meanSilhouette } from './silhouette';
import { sphericalKMeans } from './spherical-kmeans';
import { fitTfidf, vectorise } from './tfidf';
import { sentencesOf } from './sentences';
import { sparseDot } from './sparse-vector';

const privacy = ['Mijn persoonsgegevens en privacy moeten beschermd blijven.', 'Wie kan mijn persoonsgegevens inzien? Privacy eerst.', 'Privacy van persoonsgegevens is belangrijk.', 'Bescherm de privacy en de persoonsgegevens van burgers.'];
const costs = ['De kosten van de aansluiting zijn te hoog voor boeren.', 'Wie betaalt de kosten van de aansluiting?', 'Hoge kosten voor een aansluiting op het platteland.', 'De aansluiting kost boeren te veel: de kosten moeten omlaag.'];

describe('TF-IDF', () => {
  it('gives unit vectors whose dot product is the cosine, stems shared by word forms, and the readable word of a stem', () => {
    const { model, vectors } = fitTfidf([...privacy, ...costs]);
    for (const v of vectors) expect(sparseDot(v, v)).toBeCloseTo(1, 5);
    expect(sparseDot(vectors[0], vectors[1])).toBeGreaterThan(sparseDot(vectors[0], vectors[4]));
    expect(model.display[model.termIndex.get('kost')!]).toBe('kosten');
    expect(vectorise(model, 'Kosten en nog eens kosten').indices.length).toBe(1);
  });

  it('counts hidden text in the vectors and document frequencies but takes no display form from it', () => {
    const hidden = ['', '', '', '', 'Kostenposten kostenposten kostenposten: de kostenposten.', 'Geheimzinnig woord.', 'Geheimzinnig woord.', ''];
    const { model, vectors } = fitTfidf([...privacy, ...costs], { hidden });
    // "kostenposten" shares no stem with "kosten": a term of hidden text only, without a form to show.
    const secret = model.termIndex.get([...model.termIndex.keys()].find((t) => t.startsWith('geheim'))!)!;
    expect(model.display[secret]).toBe('');
    expect(vectors[5].indices).toContain(secret);
    expect(vectorise(model, costs[1]).indices).not.toContain(secret);
    // A stem also used in the shown text keeps the shown word form, however often the hidden text used another.
    expect(model.display[model.termIndex.get('kost')!]).toBe('kosten');
  });

  it('leaves out excluded words and terms below the minimum document frequency', () => {
    const { model } = fitTfidf([...privacy, ...costs], { excluded: new Set(['privacy']) });
    expect(model.terms).not.toContain('privacy');
    expect(model.terms).not.toContain('burger');
  });
});

describe('spherical k-means and the silhouette', () => {
  it('separates two clear themes, and the silhouette prefers the right k', async () => {
    const texts = [...privacy, ...costs];
    const { model, vectors } = fitTfidf(texts);
    const two = await sphericalKMeans(vectors, model.terms.length, 2, seededRandom(1));
    const a = two.assignment;
    expect(new Set([a[0], a[1], a[2], a[3]]).size).toBe(1);
    expect(new Set([a[4], a[5], a[6], a[7]]).size).toBe(1);
    expect(a[0]).not.toBe(a[4]);
    const distances = distanceMatrix(vectors);
    const three = await sphericalKMeans(vectors, model.terms.length, 3, seededRandom(1));
    expect(meanSilhouette(distances, two.assignment, 2)).toBeGreaterThan(meanSilhouette(distances, three.assignment, 3));
    expect(meanSilhouette(distances, two.assignment, 2)).toBeGreaterThan(0.3);
  });

  it('is deterministic for a seed', async () => {
    const { model, vectors } = fitTfidf([...privacy, ...costs]);
    const first = await sphericalKMeans(vectors, model.terms.length, 3, seededRandom(7));
    const second = await sphericalKMeans(vectors, model.terms.length, 3, seededRandom(7));
    expect([...first.assignment]).toEqual([...second.assignment]);
  });

  it('computes the silhouette by its definition on a small case', () => {
    // Points 0,1 at distance 0.2; 2 at 0.8 from both: labels [0,0,1].
    const d = Float32Array.from([0, 0.2, 0.8, 0.2, 0, 0.8, 0.8, 0.8, 0]);
    // s(0) = s(1) = (0.8 - 0.2) / 0.8 = 0.75; s(2) = 0 (alone): mean 0.5.
    expect(meanSilhouette(d, [0, 0, 1], 2)).toBeCloseTo(0.5, 6);
  });

  it('samples distinct indices', () => {
    const s = sampleIndices(100, 10, seededRandom(3));
    expect(new Set(s).size).toBe(10);
    expect(s.every((i) => i >= 0 && i < 100)).toBe(true);
  });
});

describe('sentencesOf', () => {
  it('splits at end marks and line breaks, keeps places, and drops fragments of fewer than four words', () => {
    const text = 'Ik ben tegen. Wie heeft dit eigenlijk bedacht? Dat kost 3.5 procent te veel geld!\nNieuwe regel zonder punt erachter';
    const sentences = sentencesOf(text);
    expect(sentences.map((s) => s.text)).toEqual(['Wie heeft dit eigenlijk bedacht?', 'Dat kost 3.5 procent te veel geld!', 'Nieuwe regel zonder punt erachter']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
