/** What the English pack understands: sentences as news writes them, with the value a careful annotator gives. */
import { pad } from "../../../timexes/calendar.js";
import { examples, type TimexExampleRow } from "../../pack.js";

const D = "2022-05-23"; // a Monday

const sentences: TimexExampleRow[] = [
  ["Rescue teams worked through the last twenty-four hours.", D, "the last twenty-four hours", "PT24H"],
  ["The dispute dates back several years ago.", D, "several years ago", "PAST_REF"],
  ["Inflation is the highest in four decades.", D, "four decades", "P40Y"],
  ["The final vote is set for Monday 30th.", D, "Monday 30th", "2022-05-30"],
  ["The last train leaves at 1120pm.", D, "1120pm", "2022-05-23T23:20"],
  ["The central bank raised rates by half a percentage point on Wednesday.", D, "Wednesday", "2022-05-18"],
  ["Inflation hit 8.3% in April, the highest in four decades.", D, "April", "2022-04"],
  ["Shares have fallen 40% since the start of the year.", D, "the start of the year", "2022"],
  ["The agreement runs until the end of 2025.", D, "the end of 2025", "2025"],
  ["He served as mayor from 2010 to 2018.", D, "2010", "2010"],
  ["Stores closed early on Christmas Eve 2021.", D, "Christmas Eve 2021", "2021-12-24"],
  ["Markets were shut on Good Friday 2022.", D, "Good Friday 2022", "2022-04-15"],
  ["Xiaomi announced the partnership on Monday, May 23, 2022.", D, "Monday, May 23, 2022", "2022-05-23"],
  ["The phones will go on sale in July.", D, "July", "2022-07"],
  ["Huawei and Leica ended their partnership on March 31.", D, "March 31", "2022-03-31"],
  ["The P50 Pocket was released in December of last year.", D, "December of last year", "2021-12"],
  ["Founded in 2010, Xiaomi is a consumer electronics company.", D, "2010", "2010"],
  ["Since its establishment 12 years ago, Xiaomi has grown fast.", D, "12 years ago", "2010"],
  ["For over 100 years, Leica Camera has been a pioneer.", D, "over 100 years", "P100Y"],
  ["The company has existed for more than a hundred years.", D, "more than a hundred years", "P100Y"],
  ["Xiaomi ranked no. 3 globally in the fourth quarter of 2021.", D, "the fourth quarter of 2021", "2021-Q4"],
  ["Revenue rose in Q4 2021, the company said.", D, "Q4 2021", "2021-Q4"],
  ["As of 31 December 2021, the group employed 33,000 people.", D, "31 December 2021", "2021-12-31"],
  ["In August 2021, it joined the Fortune Global 500.", D, "August 2021", "2021-08"],
  ["The models launch in July this year.", D, "July this year", "2022-07"],
  ["Leica signed a deal with Xiaomi today.", D, "today", "2022-05-23"],
  ["Shares fell 3% yesterday.", D, "yesterday", "2022-05-22"],
  ["The board meets tomorrow.", D, "tomorrow", "2022-05-24"],
  ["Sales doubled last year.", D, "last year", "2021"],
  ["The company expects growth next year.", D, "next year", "2023"],
  ["Profit fell this year.", D, "this year", "2022"],
  ["The chip was announced last week.", D, "last week", "2022-W20"],
  ["The results come out next week.", D, "next week", "2022-W22"],
  ["Prices rose last month.", D, "last month", "2022-04"],
  ["The store opens next month.", D, "next month", "2022-06"],
  ["Now we have to wait and see.", D, "Now", "PRESENT_REF"],
  ["Xiaomi is currently the world's third-largest maker.", D, "currently", "PRESENT_REF"],
  ["More phones will follow in the near future.", D, "the near future", "FUTURE_REF"],
  ["The sanctions began in 2019.", D, "2019", "2019"],
  ["The deal was signed three years ago.", D, "three years ago", "2019"],
  ["The plant closed two months ago.", D, "two months ago", "2022-03"],
  ["The talks lasted 12 years.", D, "12 years", "P12Y"],
  ["The strike lasted two weeks.", D, "two weeks", "P2W"],
  ["The review took several years.", D, "several years", "PXY"],
  ["The flight lasted 48 hours.", D, "48 hours", "PT48H"],
  ["The meeting took 30 minutes.", D, "30 minutes", "PT30M"],
  ["The report is published every year.", D, "every year", "P1Y"],
  ["The index is updated daily.", D, "daily", "P1D"],
  ["The company reported results on Friday.", D, "Friday", "2022-05-20"],
  ["The minister will visit on Thursday.", D, "Thursday", "2022-05-26"],
  ["Talks collapsed last Friday.", D, "last Friday", "2022-05-20"],
  ["The launch event starts at 2 p.m.", D, "2 p.m.", "2022-05-23T14:00"],
  ["The market opened at 9:30 on Monday.", D, "9:30 on Monday", "2022-05-23T09:30"],
  ["Sales peaked in the 1990s.", D, "the 1990s", "199"],
  ["Photography changed in the 20th century.", D, "the 20th century", "19"],
  ["The new phone arrives this summer.", D, "this summer", "2022-SU"],
  ["Sales slowed last winter.", D, "last winter", "2021-WI"],
  ["Profit rose in the first half of 2022.", D, "the first half of 2022", "2022-H1"],
  ["Output fell in the third quarter.", D, "the third quarter", "2021-Q3"],
  ["The factory opens at the end of 2023.", D, "the end of 2023", "2023"],
  ["The merger closes early next year.", D, "early next year", "2023"],
  ["Production resumed in mid-2021.", D, "mid-2021", "2021"],
  ["The conference runs from 1 to 3 June.", D, "3 June", "2022-06-03"],
  ["The conference runs from 1 to 3 June.", D, "1", "2022-06-01"],
  ["Wetzlar, 23 May 2022. Leica and Xiaomi announced a partnership.", null, "23 May 2022", "2022-05-23"],
  ["The rule took effect on 2022-05-23.", D, "2022-05-23", "2022-05-23"],
  ["The filing is dated 23/05/2022.", D, "23/05/2022", "2022-05-23"],
  ["The Xiaomi 12 Ultra costs 1,099 euros.", D, "", ""],
  ["It uses the Snapdragon 8 Gen 1 chip.", D, "", ""],
  ["The Reno8 ranked 338th with 434 million users.", D, "", ""],
  ["Shares of 1810.HK rose 5%.", D, "", ""],
  ["The company may announce more phones.", D, "", ""],
  ["It won 2-1 after extra time.", D, "", ""],
  ["The policy was first tried in 2016, then dropped in 2018.", D, "2018", "2018"],
  ["On April 11, 2022, the firm filed for bankruptcy.", D, "April 11, 2022", "2022-04-11"],
  ["The event took place on Nov. 14, 2021.", D, "Nov. 14, 2021", "2021-11-14"],
  ["Xiaomi was listed on 9 July 2018.", D, "9 July 2018", "2018-07-09"],
  ["The partnership began in April 2010.", D, "April 2010", "2010-04"],
  ["The firm was founded in fiscal 1998.", D, "1998", "1998"],
  ["Sales rose in recent years.", D, "recent years", "PAST_REF"],
  ["The case was reopened recently.", D, "recently", "PAST_REF"],
  ["The vote was held two days later.", "2022-05-23", "two days later", "2022-05-25"],
  ["The boy was found on Thanksgiving Day clinging to an inner tube.", "2000-01-06", "Thanksgiving Day", "1999-11-25"],
  ["They expect the deal to be completed by Dec. 15.", "1989-10-31", "Dec. 15", "1989-12-15"],
  ["The dividend is payable Jan. 2 to stock of record Dec. 15.", "1989-11-02", "Jan. 2", "1990-01-02"],
  ["Profit fell from the 1988 third quarter.", D, "the 1988 third quarter", "1988-Q3"],
  ["Sales will grow in the coming years.", D, "the coming years", "PXY"],
  ["Prices fell over the past months.", D, "the past months", "PXM"],
  ["Profit rose from the 1988 quarter.", D, "1988", "1988"],
  ["Construction slowed in recent weeks.", D, "recent weeks", "PXW"],
  ["Investors worried about the recent sale of shares.", D, "recent", "PAST_REF"],
  ["CBS News first reported last night that the tomb may hold the remains.", D, "last night", "2022-05-22TNI"],
  // Broadcast transcripts spell years out.
  ["January nineteen ninety-seven. Atlanta again.", D, "January nineteen ninety-seven", "1997-01"],
  ["In nineteen seventy-nine the shah fell.", D, "nineteen seventy-nine", "1979"],
  ["Computers were feared to fail in the year two thousand.", D, "the year two thousand", "2000"],
  ["Nineteen people died in the fire.", D, "", ""],
  ["The ruins are two thousand years old.", D, "two thousand years", "P2000Y"],
  ["The police said they met at noon Thursday.", D, "Thursday", "2022-05-19"],
  // Schedules and booking requests: a time after its date, a part of day around it, the next weekday.
  ["Departure 25 SEP, 15:50", D, "25 SEP, 15:50", "2022-09-25T15:50"],
  ["Return flight 12 Nov 1115", D, "12 Nov 1115", "2022-11-12T11:15"],
  ["Arrival 16 Nov 2330", D, "16 Nov 2330", "2022-11-16T23:30"],
  ["Thursday 14th July approximately 17.30.", D, "Thursday 14th July approximately 17.30", "2022-07-14T17:30"],
  ["Tuesday late morning", D, "Tuesday late morning", "2022-05-24TMO"],
  ["October 10 (afternoon)", D, "October 10 (afternoon)", "2022-10-10TAF"],
  ["Evening of 16 Nov", D, "Evening of 16 Nov", "2022-11-16TEV"],
  ["early morning on Tuesday 31.05", D, "early morning on Tuesday 31.05", "2022-05-31TMO"],
  ["as early as possible on Friday morning", D, "Friday morning", "2022-05-27TMO"],
  ["next week Tues morning", D, "next week Tues morning", "2022-05-31TMO"],
  ["Return Thurs 26 May", D, "Thurs 26 May", "2022-05-26"],
  ["next Tuesday lunchtime", D, "next Tuesday lunchtime", "2022-05-24TMI"],
  ["Wellington won the battle on 18 June 1815.", D, "18 June 1815", "1815-06-18"],
  ["The board met on Tuesday, 1500 people protested outside.", D, "Tuesday", "2022-05-17"],
  // Irregular past verbs set the tense as `-ed` does.
  ["The governor told reporters in November that the budget was short.", D, "November", "2021-11"],
  ["The minister wrote to parliament in December.", D, "December", "2021-12"],
  ["The dividend will be paid in December.", D, "December", "2022-12"],
  // The year a report is about, and a year-long stretch closed by a date.
  ["Sales for the full year rose 4%.", D, "the full year", "2022"],
  ["The chain expects a loss for the year.", D, "the year", "2022"],
  ["Revenue grew 8% in the fiscal year ended March 31.", D, "the fiscal year", "P1Y"],
  ["Revenue grew 8% in the fiscal year ended March 31.", D, "March 31", "2022-03-31"],
  ["The group earned $2 billion in the year ending June 30, 2021.", D, "the year", "P1Y"],
  ["The council cut spending this fiscal year.", D, "this fiscal year", "2022"],
  ["Costs rose less than the year before.", D, "", ""],
  ["Prices have doubled over the years.", D, "years", "PXY"],
  // A count compared with another time is a stretch; `from now` is a timex of its own.
  ["The flu season started a month earlier than usual.", D, "a month", "P1M"],
  ["The bridge opened two weeks later than planned.", D, "two weeks", "P2W"],
  ["The bridge opened two weeks later.", D, "two weeks later", "2022-W23"],
  ["The loan is due ten years from now.", D, "ten years", "P10Y"],
  ["The loan is due ten years from now.", D, "now", "PRESENT_REF"],
  // Fractions are no durations; a quantifier before `the next` is a preposition.
  ["Cyprus makes less than one-half percent of the output.", D, "", ""],
  ["Iraq imports about three-quarters of its food.", D, "", ""],
  ["The charge will be spread over the next three quarters.", D, "the next three quarters", "P3Q"],
  // Sets of parts of days and of months.
  ["She checks the air quality every morning.", D, "every morning", "XXXX-XX-XXTMO"],
  ["The bakery closes early each evening.", D, "each evening", "XXXX-XX-XXTEV"],
  ["Marchers parade through the town each July.", D, "each July", "XXXX-07"],
  // The first count of a range takes the unit of the second.
  ["The buyback could take between 12 and 18 months.", D, "12", "P12M"],
  ["The buyback could take between 12 and 18 months.", D, "18 months", "P18M"],
  ["Shipments resume within two to three weeks.", D, "two", "P2W"],
  ["The jet is two and a half years behind schedule.", D, "two and a half years", "P2.5Y"],
  // A span of years written with the second year's last digits.
  ["He joined the expedition of 1957-58.", D, "58", "1958"],
  ["He joined the expedition of 1957-58.", D, "1957", "1957"],
  ["Revenue for 2010-11 rose.", D, "2010-11", "2010-11"],
  // A date word in single quotes is still read.
  ["Officials said the talks would resume 'Monday'.", D, "Monday", "2022-05-23"],
  // A time in Coordinated Universal Time carries the ISO 8601 zone designator Z.
  ["The jet took off at 08:30 UTC.", D, "08:30 UTC", "2022-05-23T08:30Z"],
  ["Central banks acted together at 0800 GMT.", D, "0800 GMT", "2022-05-23T08:00Z"],
  ["The market closes at 16:00 EST.", D, "16:00 EST", "2022-05-23T16:00"],
];

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

/** Every month in the three written forms, so no name is left untested. */
const monthForms: TimexExampleRow[] = MONTHS.flatMap((name, index): TimexExampleRow[] => [
  [`The vote was held on ${name} 5, 2021.`, D, `${name} 5, 2021`, `2021-${pad(index + 1)}-05`],
  [`The vote was held on 5 ${name} 2021.`, D, `5 ${name} 2021`, `2021-${pad(index + 1)}-05`],
  [`The plan was approved in ${name} 2020.`, D, `${name} 2020`, `2020-${pad(index + 1)}`],
]);

/** Weekdays in a past-tense report on Monday 23 May 2022 resolve to the week before. */
const weekdays: TimexExampleRow[] = WEEKDAYS.map((name, index): TimexExampleRow => [`Officials said on ${name} that talks had failed.`, D, name, `2022-05-${pad(index === 0 ? 23 : 16 + index)}`]);

const monthParts: TimexExampleRow[] = MONTHS.flatMap((name, index): TimexExampleRow[] => [
  [`Prices rose in early ${name} 2021.`, D, `early ${name} 2021`, `2021-${pad(index + 1)}`],
  [`Unemployment fell in ${name}, the agency said.`, "2022-12-31", name, `2022-${pad(index + 1)}`],
]);

const years: TimexExampleRow[] = Array.from({ length: 16 }, (_, k): TimexExampleRow => {
  const year = 2004 + k;
  return [`The plant opened in ${year}.`, D, String(year), String(year)];
});

export const corpus = examples([...years, ...monthParts, ...sentences, ...monthForms, ...weekdays]);
