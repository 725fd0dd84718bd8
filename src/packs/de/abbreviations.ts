/** German abbreviations written with a period that does not end the sentence. */
export const abbreviations: ReadonlySet<string> = new Set(
  `z.b zb bzw ca d.h dh evtl ggf inkl zzgl u.a usw etc vgl s.o s.u z.t u.ä o.ä bspw
  nr no dr prof hr fr st str abs mio mrd tsd jh jhd v.chr n.chr chr
  jan feb mär apr jun jul aug sep sept okt nov dez mwst`.split(/\s+/),
);
