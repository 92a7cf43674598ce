import { asRecognized } from '../../tools/as-recognized';

/** The scorer hears a list's eye-dialect spellings as a speech recognizer writes them (tools/as-recognized.ts). */
it('writes dropped-g and clipped spellings as dictionary words', () => {
  expect(asRecognized("how long's it fixin' to take under that broiler")).toBe("how long's it fixing to take under that broiler");
  expect(asRecognized("do i cover it 'fore it goes in the icebox")).toBe('do i cover it before it goes in the icebox');
  expect(asRecognized("what do i do 'bout that")).toBe('what do i do about that');
  expect(asRecognized("how long 'til it's done")).toBe("how long till it's done");
});

it('writes a dropped h as the word meant', () => {
  expect(asRecognized("'ow long's it rest for")).toBe("how long's it rest for");
  expect(asRecognized("'ang on 'alf a mo")).toBe('hang on half a mo');
  expect(asRecognized("five 'undred is it")).toBe('five hundred is it');
});

it('leaves words a recognizer writes as they are', () => {
  expect(asRecognized("y'all i ain't gonna skip it")).toBe("y'all i ain't gonna skip it");
  expect(asRecognized("it's in the oven")).toBe("it's in the oven");
  expect(asRecognized("in' the")).toBe("in' the");
});
