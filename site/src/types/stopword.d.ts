// The stopword package ships no types; the site uses one of its lists.
declare module 'stopword' {
  export const swe: readonly string[];
}
