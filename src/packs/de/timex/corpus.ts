/** What the German pack understands: sentences as news writes them, with the value a careful annotator gives. */
import { pad } from "../../../timexes/calendar.js";
import { examples, type TimexExampleRow } from "../../pack.js";

const D = "2022-05-23"; // ein Montag

const sentences: TimexExampleRow[] = [
  ["Abflug am 16.10.2017 - 07:00 Uhr.", D, "16.10.2017 - 07:00 Uhr", "2017-10-16T07:00"],
  ["Ankunft 27.06 18:14 in Berlin.", D, "27.06 18:14", "2022-06-27T18:14"],
  ["Der Ausschuss tagt nächste Woche Dienstag.", D, "nächste Woche Dienstag", "2022-05-31"],
  ["Die Bundesregierung hat am Mittwoch das Entlastungspaket beschlossen.", D, "Mittwoch", "2022-05-18"],
  ["Ab dem 1. Juni gilt das 9-Euro-Ticket.", D, "1. Juni", "2022-06-01"],
  ["Seit Anfang des Jahres sind die Preise um 8 Prozent gestiegen.", D, "Anfang des Jahres", "2022"],
  ["Im ersten Halbjahr 2022 stieg der Umsatz.", D, "ersten Halbjahr 2022", "2022-H1"],
  ["Das Gesetz soll Mitte nächsten Jahres in Kraft treten.", D, "Mitte nächsten Jahres", "2023"],
  ["Die Inflation lag im April bei 7,4 Prozent.", D, "April", "2022-04"],
  ["Die Verhandlungen dauern seit drei Wochen an.", D, "drei Wochen", "P3W"],
  ["Karfreitag 2023 bleiben die Geschäfte geschlossen.", D, "Karfreitag 2023", "2023-04-07"],
  ["Am Tag der Deutschen Einheit 2021 sprach der Präsident.", D, "Tag der Deutschen Einheit 2021", "2021-10-03"],
  ["Leica und Xiaomi gaben die Partnerschaft am 23. Mai 2022 bekannt.", D, "23. Mai 2022", "2022-05-23"],
  ["Das erste Smartphone soll im Juli 2022 erscheinen.", D, "Juli 2022", "2022-07"],
  ["Seit Ende März 2022 ist die Partnerschaft mit Huawei beendet.", D, "Ende März 2022", "2022-03"],
  ["Die Kamera wurde vor kurzem vorgestellt.", D, "vor kurzem", "PAST_REF"],
  ["Das Logo findet sich mittlerweile auf einigen Geräten.", D, "mittlerweile", "PRESENT_REF"],
  ["Nun ist es offiziell.", D, "Nun", "PRESENT_REF"],
  ["Jetzt beginnt der Verkauf.", D, "Jetzt", "PRESENT_REF"],
  ["Einst baute Leica Kameras für Huawei.", D, "Einst", "PAST_REF"],
  ["Die Zahlen kamen letzte Woche.", D, "letzte Woche", "2022-W20"],
  ["Die Ergebnisse folgen nächste Woche.", D, "nächste Woche", "2022-W22"],
  ["Der Umsatz stieg im vergangenen Jahr deutlich.", D, "vergangenen Jahr", "2021"],
  ["Im nächsten Jahr soll ein Nachfolger kommen.", D, "nächsten Jahr", "2023"],
  ["Dieses Jahr verkaufte Xiaomi weniger Geräte.", D, "Dieses Jahr", "2022"],
  ["Gestern stellte der Minister den Plan vor.", D, "Gestern", "2022-05-22"],
  ["Heute stimmt der Bundestag ab.", D, "Heute", "2022-05-23"],
  ["Morgen beginnt der Verkauf.", D, "Morgen", "2022-05-24"],
  ["Vorgestern fiel der Strom aus.", D, "Vorgestern", "2022-05-21"],
  ["Übermorgen fällt die Entscheidung.", D, "Übermorgen", "2022-05-25"],
  ["Das Werk schloss vor zwölf Jahren.", D, "vor zwölf Jahren", "2010"],
  ["Die Einigung fiel vor drei Monaten.", D, "vor drei Monaten", "2022-02"],
  ["Leica baut seit über 100 Jahren Kameras.", D, "über 100 Jahren", "P100Y"],
  ["Die Verhandlungen dauerten zwölf Jahre.", D, "zwölf Jahre", "P12Y"],
  ["Der Streik dauerte zwei Wochen.", D, "zwei Wochen", "P2W"],
  ["Der Flug dauerte 14 Stunden.", D, "14 Stunden", "PT14H"],
  ["Die Pressekonferenz beginnt um 14 Uhr.", D, "14 Uhr", "2022-05-23T14:00"],
  ["Der Zug fährt um 19:55 Uhr ab.", D, "19:55 Uhr", "2022-05-23T19:55"],
  ["Am Montag stellte die Regierung die Pläne vor.", D, "Montag", "2022-05-23"],
  ["Die Regierung wird am Donnerstag entscheiden.", D, "Donnerstag", "2022-05-26"],
  ["Im dritten Quartal stieg der Umsatz.", D, "dritten Quartal", "2021-Q3"],
  ["Im vierten Quartal 2021 sank der Gewinn.", D, "vierten Quartal 2021", "2021-Q4"],
  ["Im Q4 2021 sank der Gewinn.", D, "Q4 2021", "2021-Q4"],
  ["Der Bericht erscheint jedes Jahr.", D, "jedes Jahr", "P1Y"],
  ["Die Zahlen werden täglich aktualisiert.", D, "täglich", "P1D"],
  ["Das Festival dauert vom 1.–3. Juni.", D, "3. Juni", "2022-06-03"],
  ["Das Festival dauert vom 1.–3. Juni.", D, "1", "2022-06-01"],
  ["Das Schreiben ist auf den 23.05.2022 datiert.", D, "23.05.2022", "2022-05-23"],
  ["Die Regel gilt seit 2019.", D, "2019", "2019"],
  ["Das Xiaomi 12 Ultra kostet 1099 Euro.", D, "", ""],
  ["Das Gerät nutzt einen Snapdragon 8 Gen 1.", D, "", ""],
  ["Der Kurs stieg um 3,5 Prozent.", D, "", ""],
  ["Diesen Sommer kommt das neue Modell.", D, "Diesen Sommer", "2022-SU"],
  ["Im letzten Winter sank der Absatz.", D, "letzten Winter", "2021-WI"],
  ["Das Werk soll Anfang nächsten Jahres öffnen.", D, "Anfang nächsten Jahres", "2023"],
  ["Das Werk soll Ende des Jahres öffnen.", D, "Ende des Jahres", "2022"],
  ["Mitte Juni beginnt die Saison.", D, "Mitte Juni", "2022-06"],
  ["Derzeit arbeiten 500 Menschen im Werk.", D, "Derzeit", "PRESENT_REF"],
  ["Kürzlich wurde der Chef entlassen.", D, "Kürzlich", "PAST_REF"],
  ["Demnächst folgen weitere Modelle.", D, "Demnächst", "FUTURE_REF"],
  ["Jahrelang arbeitete Leica mit Huawei zusammen.", D, "Jahrelang", "PXY"],
  ["Im Dezember vergangenen Jahres schloss der Laden.", D, "Dezember vergangenen Jahres", "2021-12"],
  ["Das Werk soll in zwei Jahren fertig sein.", D, "in zwei Jahren", "2024"],
  ["Die Technik prägte das 20. Jahrhundert.", D, "das 20. Jahrhundert", "19"],
  ["Die Partei erhielt 2,5 Millionen Stimmen.", D, "", ""],
  ["Letztes Wochenende war viel Verkehr.", D, "Letztes Wochenende", "2022-W20-WE"],
];

const MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"];
const WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"];

const monthForms: TimexExampleRow[] = MONTHS.flatMap((name, index): TimexExampleRow[] => [
  [`Die Abstimmung fand am 5. ${name} 2021 statt.`, D, `5. ${name} 2021`, `2021-${pad(index + 1)}-05`],
  [`Der Plan wurde im ${name} 2020 beschlossen.`, D, `${name} 2020`, `2020-${pad(index + 1)}`],
  [`Am 12. ${name} begann der Verkauf.`, "2022-12-31", `12. ${name}`, `2022-${pad(index + 1)}-12`],
]);

const weekdays: TimexExampleRow[] = WEEKDAYS.map((name, index): TimexExampleRow => [`Das Ministerium teilte am ${name} mit, dass die Gespräche gescheitert waren.`, D, name, `2022-05-${pad(index === 0 ? 23 : 16 + index)}`]);

const relativeUnits: TimexExampleRow[] = [
  ["Diese Woche fiel der Kurs.", D, "Diese Woche", "2022-W21"],
  ["Diesen Monat fiel der Kurs.", D, "Diesen Monat", "2022-05"],
  ["Letzten Monat fiel der Kurs.", D, "Letzten Monat", "2022-04"],
  ["Vor vier Jahren fiel der Kurs.", D, "Vor vier Jahren", "2018"],
  ["Vor zehn Tagen fiel der Kurs.", D, "Vor zehn Tagen", "2022-05-13"],
  ["Vor einer Woche fiel der Kurs.", D, "Vor einer Woche", "2022-W20"],
  ["Nächsten Monat steigt der Kurs.", D, "Nächsten Monat", "2022-06"],
  ["Die Frist endet am 30.06.2022.", D, "30.06.2022", "2022-06-30"],
];

const monthParts: TimexExampleRow[] = MONTHS.flatMap((name, index): TimexExampleRow[] => [
  [`Anfang ${name} 2021 stiegen die Preise.`, D, `Anfang ${name} 2021`, `2021-${pad(index + 1)}`],
  [`Der Brief ist vom ${index + 3}.${pad(index + 1)}.2021.`, D, `${index + 3}.${pad(index + 1)}.2021`, `2021-${pad(index + 1)}-${pad(index + 3)}`],
  [`Im ${name} sank die Arbeitslosigkeit.`, "2022-12-31", name, `2022-${pad(index + 1)}`],
]);

const years: TimexExampleRow[] = Array.from({ length: 16 }, (_, k): TimexExampleRow => {
  const year = 2004 + k;
  return [`Im Jahr ${year} eröffnete das Werk.`, D, String(year), String(year)];
});

export const corpus = examples([...years, ...monthParts, ...sentences, ...monthForms, ...weekdays, ...relativeUnits]);
