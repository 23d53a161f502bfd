/**
 * Dutch stemmer: the original Snowball (Porter) Dutch algorithm, written out here.
 *
 * Why own code instead of an npm stemmer: the algorithm is small and frozen (Snowball now
 * ships it as "dutch_porter"), stems are persisted in text signatures so they must never
 * change under us through a dependency upgrade, and the maintained JavaScript ports are
 * either large NLP toolkits or ESM-only. The spec checks it against Snowball's own vocabulary.
 *
 * Input is expected lowercase without diacritics (see dutch-tokenizer.util.ts); Snowball's
 * own accent folding therefore reduces to a no-op, with one difference: 'è' has already been
 * folded to 'e'.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'è']);

const isVowel = (c: string | undefined): boolean => c !== undefined && VOWELS.has(c);

export function stemDutch(word: string): string {
  const chars = [...word];
  markSemiVowels(chars);
  const { p1, p2 } = markRegions(chars);
  const stemmer = new SuffixStripper(chars, p1, p2);
  stemmer.run();
  return stemmer.result().replace(/I/g, 'i').replace(/Y/g, 'y');
}

/** Snowball prelude: 'y' at the start or after a vowel, and 'i' between vowels, act as consonants. */
function markSemiVowels(chars: string[]): void {
  if (chars[0] === 'y') {
    chars[0] = 'Y';
  }
  for (let k = 1; k < chars.length; k++) {
    if (!isVowel(chars[k - 1])) {
      continue;
    }
    if (chars[k] === 'i' && isVowel(chars[k + 1])) {
      chars[k] = 'I';
    } else if (chars[k] === 'y') {
      chars[k] = 'Y';
    }
  }
}

/**
 * R1 starts after the first non-vowel that follows a vowel, but never before position 3;
 * R2 is the same rule applied again from the unadjusted R1 start (as Snowball's cursor does).
 */
function markRegions(chars: readonly string[]): { p1: number; p2: number } {
  const limit = chars.length;
  if (limit < 3) {
    return { p1: limit, p2: limit };
  }
  const afterVowelThenConsonant = (from: number): number | undefined => {
    let k = from;
    while (k < limit && !isVowel(chars[k])) k++;
    while (k < limit && isVowel(chars[k])) k++;
    return k < limit ? k + 1 : undefined;
  };
  const rawP1 = afterVowelThenConsonant(0);
  if (rawP1 === undefined) {
    return { p1: limit, p2: limit };
  }
  const p2 = afterVowelThenConsonant(rawP1) ?? limit;
  return { p1: Math.max(rawP1, 3), p2 };
}

class SuffixStripper {
  private eFound = false;

  constructor(
    private word: string[],
    private readonly p1: number,
    private readonly p2: number,
  ) {}

  result(): string {
    return this.word.join('');
  }

  run(): void {
    this.step1();
    this.step2();
    this.step3a();
    this.step3b();
    this.step4();
  }

  private get length(): number {
    return this.word.length;
  }

  private endsWith(suffix: string): boolean {
    return this.result().endsWith(suffix);
  }

  private charBefore(suffixLength: number): string | undefined {
    return this.word[this.length - suffixLength - 1];
  }

  private inR1(suffixLength: number): boolean {
    return this.length - suffixLength >= this.p1;
  }

  private inR2(suffixLength: number): boolean {
    return this.length - suffixLength >= this.p2;
  }

  private drop(suffixLength: number): void {
    this.word = this.word.slice(0, this.length - suffixLength);
  }

  private undouble(): void {
    if (this.endsWith('kk') || this.endsWith('dd') || this.endsWith('tt')) {
      this.drop(1);
    }
  }

  /** Delete a suffix -en/-ene when in R1, after a non-vowel, and not after 'gem'. */
  private enEnding(suffixLength: number): void {
    const before = this.charBefore(suffixLength);
    const stem = this.word.slice(0, this.length - suffixLength).join('');
    if (this.inR1(suffixLength) && before !== undefined && !isVowel(before) && !stem.endsWith('gem')) {
      this.drop(suffixLength);
      this.undouble();
    }
  }

  private eEnding(): void {
    this.eFound = false;
    const before = this.charBefore(1);
    if (this.endsWith('e') && this.inR1(1) && before !== undefined && !isVowel(before)) {
      this.drop(1);
      this.eFound = true;
      this.undouble();
    }
  }

  private step1(): void {
    // Longest matching suffix only, as Snowball's `among` does.
    if (this.endsWith('heden')) {
      if (this.inR1(5)) {
        this.drop(5);
        this.word.push('h', 'e', 'i', 'd');
      }
    } else if (this.endsWith('ene')) {
      this.enEnding(3);
    } else if (this.endsWith('en')) {
      this.enEnding(2);
    } else if (this.endsWith('se')) {
      this.sEnding(2);
    } else if (this.endsWith('s')) {
      this.sEnding(1);
    }
  }

  private sEnding(suffixLength: number): void {
    const before = this.charBefore(suffixLength);
    if (this.inR1(suffixLength) && before !== undefined && !isVowel(before) && before !== 'j') {
      this.drop(suffixLength);
    }
  }

  private step2(): void {
    this.eEnding();
  }

  private step3a(): void {
    if (this.endsWith('heid') && this.inR2(4) && this.charBefore(4) !== 'c') {
      this.drop(4);
      if (this.endsWith('en')) {
        this.enEnding(2);
      }
    }
  }

  private step3b(): void {
    if (this.endsWith('end') || this.endsWith('ing')) {
      if (this.inR2(3)) {
        this.drop(3);
        if (this.endsWith('ig') && this.inR2(2) && this.charBefore(2) !== 'e') {
          this.drop(2);
        } else {
          this.undouble();
        }
      }
    } else if (this.endsWith('ig')) {
      if (this.inR2(2) && this.charBefore(2) !== 'e') {
        this.drop(2);
      }
    } else if (this.endsWith('lijk')) {
      if (this.inR2(4)) {
        this.drop(4);
        this.eEnding();
      }
    } else if (this.endsWith('baar')) {
      if (this.inR2(4)) {
        this.drop(4);
      }
    } else if (this.endsWith('bar')) {
      if (this.inR2(3) && this.eFound) {
        this.drop(3);
      }
    }
  }

  /** Undouble a vowel in a final consonant–double vowel–consonant: 'maan' → 'man'. */
  private step4(): void {
    const w = this.word;
    const n = w.length;
    if (n < 4) {
      return;
    }
    const last = w[n - 1];
    const [v1, v2, before] = [w[n - 3], w[n - 2], w[n - 4]];
    if (
      !isVowel(last) &&
      last !== 'I' &&
      v1 === v2 &&
      (v1 === 'a' || v1 === 'e' || v1 === 'o' || v1 === 'u') &&
      !isVowel(before)
    ) {
      this.word = [...w.slice(0, n - 2), last];
    }
  }
}
