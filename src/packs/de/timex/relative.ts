/** German relative expressions: `letzte Woche`, `vor zwölf Jahren`, `vorgestern`, `jetzt`, `vor kurzem`. */
export const shiftsBefore = {
  letzte: -1, letzten: -1, letztes: -1, letzter: -1, vergangene: -1, vergangenen: -1, vergangenes: -1, vorige: -1, vorigen: -1, voriges: -1,
  diese: 0, diesen: 0, dieses: 0, dieser: 0, diesem: 0, laufenden: 0, "des laufenden": 0, kommende: 1, kommenden: 1, kommendes: 1,
  nächste: 1, nächsten: 1, nächstes: 1, folgenden: 1,
};
export const agoAfter = ["zuvor", "davor", "früher"];
export const agoBefore = ["vor"];
export const laterAfter = ["später", "danach"];
export const laterBefore = ["in"];
export const days = { heute: 0, gestern: -1, morgen: 1, vorgestern: -2, übermorgen: 2, "heute abend": 0, "gestern abend": -1 };
export const references = {
  jetzt: "PRESENT_REF", nun: "PRESENT_REF", derzeit: "PRESENT_REF", zurzeit: "PRESENT_REF", "zur zeit": "PRESENT_REF", momentan: "PRESENT_REF", aktuell: "PRESENT_REF",
  mittlerweile: "PRESENT_REF", inzwischen: "PRESENT_REF", gegenwärtig: "PRESENT_REF", heutzutage: "PRESENT_REF", "im moment": "PRESENT_REF",
  "vor kurzem": "PAST_REF", kürzlich: "PAST_REF", neulich: "PAST_REF", jüngst: "PAST_REF", einst: "PAST_REF", früher: "PAST_REF", damals: "PAST_REF", bisher: "PAST_REF", "in der vergangenheit": "PAST_REF",
  bald: "FUTURE_REF", demnächst: "FUTURE_REF", künftig: "FUTURE_REF", zukünftig: "FUTURE_REF", "in zukunft": "FUTURE_REF", "in naher zukunft": "FUTURE_REF", "die zukunft": "FUTURE_REF",
  jahrelang: "PXY", monatelang: "PXM", wochenlang: "PXW", tagelang: "PXD", jahrzehntelang: "PXDE", "seit jahren": "PXY",
};
export const futureCues = ["wird", "werden", "wirst", "werde", "soll", "sollen", "will", "wollen", "kommende", "kommenden", "nächste", "nächsten", "geplant"];
