import { createHash } from 'node:crypto';
import { sha256Hex } from '../../lambda/services/sha256';

describe('sha256Hex', () => {
  const oracle = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

  it('matches the standard test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
  });

  it('agrees with node:crypto on every length across block boundaries, and on non-ASCII text', () => {
    for (let n = 0; n < 200; n++) {
      const text = 'amzn1.ask.account.'.repeat(20).slice(0, n);
      expect(sha256Hex(text)).toBe(oracle(text));
    }
    for (const text of ['crème brûlée ½ tsp', '豚バラ', 'amzn1.ask.person.😀']) expect(sha256Hex(text)).toBe(oracle(text));
  });
});
