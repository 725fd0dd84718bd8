/** How English financial reports refer back to the quarter they are about. */
export const quarterAnaphors = {
  "the quarter": 0, "the latest quarter": 0, "that quarter": 0, "the latest period": 0, "the fiscal quarter": 0,
  "the year-earlier quarter": -1, "the year-ago quarter": -1, "the year-earlier period": -1, "the year-ago period": -1,
  "year-earlier": -1, "year-ago": -1, "the comparable year-ago quarter": -1, "the comparable period": -1,
};
