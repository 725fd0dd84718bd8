/** English abbreviations written with a period that does not end the sentence. */
export const abbreviations: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof sr jr st no nos vs etc e.g i.e inc ltd co corp approx est dept fig
  gen gov lt col sgt rep sen jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k
  a.m p.m mt ft`.split(/\s+/),
);
