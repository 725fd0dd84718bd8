/** What the Dutch pack understands: sentences as news writes them, with the value a careful annotator gives. */
import { pad } from "../../../timexes/calendar.js";
import { examples, type TimexExampleRow } from "../../pack.js";

const D = "2022-05-23"; // een maandag

const sentences: TimexExampleRow[] = [
  ["De Tweede Kamer debatteert volgende week donderdag over het voorstel.", D, "volgende week donderdag", "2022-06-02"],
  ["Het kabinet presenteerde dinsdag 17 mei de Voorjaarsnota.", D, "dinsdag 17 mei", "2022-05-17"],
  ["De nieuwe wet gaat op 1 januari 2023 in.", D, "1 januari 2023", "2023-01-01"],
  ["Sinds begin dit jaar stijgen de prijzen.", D, "begin dit jaar", "2022"],
  ["In het derde kwartaal van vorig jaar daalde de omzet met 5 procent.", D, "het derde kwartaal van vorig jaar", "2021-Q3"],
  ["Het bedrijf verwacht de komende twee jaar geen winst.", D, "de komende twee jaar", "P2Y"],
  ["Eind vorig jaar waren er 12.000 mensen werkloos.", D, "Eind vorig jaar", "2021"],
  ["Het festival vindt plaats van 10 tot en met 12 juni.", D, "10", "2022-06-10"],
  ["Op Prinsjesdag 2023 presenteert het kabinet de begroting.", D, "Prinsjesdag 2023", "2023-09-19"],
  ["Tweede Paasdag 2022 was het druk in de tuincentra.", D, "Tweede Paasdag 2022", "2022-04-18"],
  ["Xiaomi en Leica maakten de samenwerking bekend op 23 mei 2022.", D, "23 mei 2022", "2022-05-23"],
  ["Het toestel komt in juli op de markt.", D, "juli", "2022-07"],
  ["De eerste smartphone verschijnt in juli 2022.", D, "juli 2022", "2022-07"],
  ["De twee bedrijven gaan deze zomer samen een toestel uitbrengen.", D, "deze zomer", "2022-SU"],
  ["Qualcomm presenteerde de chip vorige week.", D, "vorige week", "2022-W20"],
  ["De resultaten volgen volgende week.", D, "volgende week", "2022-W22"],
  ["Nu is het officieel.", D, "Nu", "PRESENT_REF"],
  ["Op dit moment is er nog geen prijs bekend.", D, "dit moment", "PRESENT_REF"],
  ["Zojuist werd de samenwerking aangekondigd.", D, "Zojuist", "PAST_REF"],
  ["Jarenlang werkte Leica samen met Huawei.", D, "Jarenlang", "PXY"],
  ["Leica bestaat al meer dan 100 jaar.", D, "meer dan 100 jaar", "P100Y"],
  ["Het bedrijf groeide vorig jaar sterk.", D, "vorig jaar", "2021"],
  ["Volgend jaar komt er een opvolger.", D, "Volgend jaar", "2023"],
  ["Dit jaar verkocht Xiaomi minder toestellen.", D, "Dit jaar", "2022"],
  ["De omzet daalde vorige maand.", D, "vorige maand", "2022-04"],
  ["De winkel opent volgende maand.", D, "volgende maand", "2022-06"],
  ["Gisteren maakte de minister het plan bekend.", D, "Gisteren", "2022-05-22"],
  ["Vandaag stemt de Kamer over het voorstel.", D, "Vandaag", "2022-05-23"],
  ["Morgen begint de verkoop.", D, "Morgen", "2022-05-24"],
  ["Eergisteren viel de stroom uit.", D, "Eergisteren", "2022-05-21"],
  ["Overmorgen volgt het besluit.", D, "Overmorgen", "2022-05-25"],
  ["De fabriek sloot drie jaar geleden.", D, "drie jaar geleden", "2019"],
  ["Het akkoord werd twee maanden geleden gesloten.", D, "twee maanden geleden", "2022-03"],
  ["De zaak speelt sinds 2019.", D, "2019", "2019"],
  ["In 2016 begon de samenwerking met Huawei.", D, "2016", "2016"],
  ["De omzet steeg in het vierde kwartaal van 2021.", D, "het vierde kwartaal van 2021", "2021-Q4"],
  ["In Q4 2021 stegen de verkopen.", D, "Q4 2021", "2021-Q4"],
  ["De fusie wordt begin volgend jaar afgerond.", D, "begin volgend jaar", "2023"],
  ["Eind mei 2022 volgt een update.", D, "Eind mei 2022", "2022-05"],
  ["Het onderzoek duurde twaalf jaar.", D, "twaalf jaar", "P12Y"],
  ["De staking duurde twee weken.", D, "twee weken", "P2W"],
  ["De vlucht duurde 14 uur.", D, "14 uur", "PT14H"],
  ["De persconferentie begint om 14.00 uur.", D, "14.00 uur", "2022-05-23T14:00"],
  ["Op maandag presenteerde het kabinet de plannen.", D, "maandag", "2022-05-23"],
  ["Het kabinet zal op donderdag een besluit nemen.", D, "donderdag", "2022-05-26"],
  ["Het rapport verschijnt elk jaar.", D, "elk jaar", "P1Y"],
  ["De cijfers worden dagelijks bijgewerkt.", D, "dagelijks", "P1D"],
  ["Het festival duurt van 1 tot 3 juni.", D, "3 juni", "2022-06-03"],
  ["Het festival duurt van 1 tot 3 juni.", D, "1", "2022-06-01"],
  ["Het besluit is gedateerd 23.05.2022.", D, "23.05.2022", "2022-05-23"],
  ["De brief is gedateerd 23-05-2022.", D, "23-05-2022", "2022-05-23"],
  ["De wet trad in werking op 2022-05-23.", D, "2022-05-23", "2022-05-23"],
  ["Het toestel heeft 5G en 12 GB geheugen.", D, "", ""],
  ["De Xiaomi 12 Ultra kost 1099 euro.", D, "", ""],
  ["Het toestel gebruikt een Snapdragon 8 Gen 1.", D, "", ""],
  ["De Reno8 staat op nummer 3.", D, "", ""],
  ["Het kabinet stapte vorig najaar op.", D, "vorig najaar", "2021-FA"],
  ["De regels veranderden in de 19e eeuw.", D, "de 19e eeuw", "18"],
  ["Over twee jaar moet de fabriek klaar zijn.", D, "Over twee jaar", "2024"],
  ["Het bedrijf wil komend jaar groeien.", D, "komend jaar", "2023"],
  ["De omzet steeg in het eerste kwartaal.", D, "het eerste kwartaal", "2022-Q1"],
  ["Momenteel werken er 500 mensen.", D, "Momenteel", "PRESENT_REF"],
  ["Onlangs werd de directeur ontslagen.", D, "Onlangs", "PAST_REF"],
  ["Binnenkort volgt meer nieuws.", D, "Binnenkort", "FUTURE_REF"],
  ["In december vorig jaar sloot de winkel.", D, "december vorig jaar", "2021-12"],
  ["Het plan werd in maart 2020 gepresenteerd.", D, "maart 2020", "2020-03"],
  ["Het duurde enkele jaren voordat de opvolger kwam.", D, "enkele jaren", "PXY"],
  ["Vorig weekend was het druk op de weg.", D, "Vorig weekend", "2022-W20-WE"],
];

const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const WEEKDAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

const monthForms: TimexExampleRow[] = MONTHS.flatMap((name, index): TimexExampleRow[] => [
  [`De stemming vond plaats op 5 ${name} 2021.`, D, `5 ${name} 2021`, `2021-${pad(index + 1)}-05`],
  [`Het plan werd in ${name} 2020 goedgekeurd.`, D, `${name} 2020`, `2020-${pad(index + 1)}`],
  [`Op 12 ${name} begon de verkoop.`, "2022-12-31", `12 ${name}`, `2022-${pad(index + 1)}-12`],
]);

const weekdays: TimexExampleRow[] = WEEKDAYS.map((name, index): TimexExampleRow => [`Het ministerie meldde ${name} dat de gesprekken mislukt waren.`, D, name, `2022-05-${pad(index === 0 ? 23 : 16 + index)}`]);

const relativeUnits: TimexExampleRow[] = [
  ["Vorige week daalde de koers.", D, "Vorige week", "2022-W20"],
  ["Deze week daalde de koers.", D, "Deze week", "2022-W21"],
  ["Deze maand daalde de koers.", D, "Deze maand", "2022-05"],
  ["Het afgelopen jaar daalde de koers.", D, "Het afgelopen jaar", "2021"],
  ["Vier jaar geleden daalde de koers.", D, "Vier jaar geleden", "2018"],
  ["Tien dagen geleden daalde de koers.", D, "Tien dagen geleden", "2022-05-13"],
  ["Een week geleden daalde de koers.", D, "Een week geleden", "2022-W20"],
];

const monthParts: TimexExampleRow[] = MONTHS.flatMap((name, index): TimexExampleRow[] => [
  [`Begin ${name} 2021 stegen de prijzen.`, D, `Begin ${name} 2021`, `2021-${pad(index + 1)}`],
  [`De brief is gedateerd ${index + 3}-${pad(index + 1)}-2021.`, D, `${index + 3}-${pad(index + 1)}-2021`, `2021-${pad(index + 1)}-${pad(index + 3)}`],
  [`In ${name} daalde de werkloosheid.`, "2022-12-31", name, `2022-${pad(index + 1)}`],
]);

const years: TimexExampleRow[] = Array.from({ length: 16 }, (_, k): TimexExampleRow => {
  const year = 2004 + k;
  return [`In ${year} opende de fabriek.`, D, String(year), String(year)];
});

export const corpus = examples([...years, ...monthParts, ...sentences, ...monthForms, ...weekdays, ...relativeUnits]);
