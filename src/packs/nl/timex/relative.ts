/** Dutch relative expressions: `vorige week`, `drie jaar geleden`, `gisteren`, `nu`, `jarenlang`. */
export const shiftsBefore = {
  vorig: -1, vorige: -1, afgelopen: -1, "de afgelopen": -1, "het afgelopen": -1, verleden: -1, deze: 0, dit: 0, huidige: 0,
  volgend: 1, volgende: 1, komend: 1, komende: 1, "de komende": 1, "het komende": 1, aanstaande: 1, "de laatste": -1, "het laatste": -1, "de volgende": 1,
};
export const agoAfter = ["geleden", "eerder", "daarvoor"];
export const agoBefore: string[] = [];
export const laterAfter = ["later", "daarna"];
export const laterBefore = ["over"];
export const days = { vandaag: 0, gisteren: -1, morgen: 1, eergisteren: -2, overmorgen: 2, vanavond: 0, vanochtend: 0, vanmorgen: 0, vannacht: 0, gisteravond: -1 };
export const references = {
  nu: "PRESENT_REF", "dit moment": "PRESENT_REF", momenteel: "PRESENT_REF", tegenwoordig: "PRESENT_REF", thans: "PRESENT_REF",
  inmiddels: "PRESENT_REF", "op het moment": "PRESENT_REF", "het moment": "PRESENT_REF",
  zojuist: "PAST_REF", onlangs: "PAST_REF", recent: "PAST_REF", recentelijk: "PAST_REF", eerder: "PAST_REF", vroeger: "PAST_REF", destijds: "PAST_REF", "in het verleden": "PAST_REF", "het verleden": "PAST_REF",
  binnenkort: "FUTURE_REF", straks: "FUTURE_REF", "de toekomst": "FUTURE_REF", toekomst: "FUTURE_REF", "de nabije toekomst": "FUTURE_REF",
  jarenlang: "PXY", maandenlang: "PXM", wekenlang: "PXW", dagenlang: "PXD", decennialang: "PXDE", "al jaren": "PXY", jaren: "PXY",
};
export const futureCues = ["zal", "zullen", "zult", "gaat", "gaan", "wil", "willen", "komt", "komende", "volgende", "verwacht", "gepland"];
