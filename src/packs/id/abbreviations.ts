/** Indonesian abbreviations written with a period that does not end the sentence. */
export const abbreviations: ReadonlySet<string> = new Set(
  `dll dsb dst tbk no nr hlm tgl jl jln bpk ibu sdr prof dr ir drs h hj kh pt cv rp
  a.n u.p s.d sd jan feb mar apr jun jul agu agt sep okt nov des`.split(/\s+/),
);
