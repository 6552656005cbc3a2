/**
 * The words before a trigger that tell a plan as announced on its day: "The minister said on
 * Tuesday that the country would "swiftly cancel" visas". The saying is done that day; what it
 * announced is still to come.
 */
export const ANNOUNCED_PLAN =
  /\b(?:said|says|announced|vowed|pledged|promised|declared)\b[^.;]*\b(?:would|will)\s+(?:[\w"“”'’-]+\s+){0,3}$/i;
