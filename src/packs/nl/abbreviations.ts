/** Dutch abbreviations written with a period that does not end the sentence. */
export const abbreviations: ReadonlySet<string> = new Set(
  `bijv bv d.w.z dwz o.a m.a.w enz etc ca nl vs vgl evt resp jl a.s i.p.v ipv m.b.t mbt
  t.o.v tov blz nr no dhr mevr mr dr drs ir ing prof st sr jr e.d e.a z.g.a.n zgan n.a.v
  mln mld jan feb mrt apr jun jul aug sep sept okt nov dec`.split(/\s+/),
);
