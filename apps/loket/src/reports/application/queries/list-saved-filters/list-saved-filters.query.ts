/** The saved queue filters of one official (their pseudonymous id). */
export class ListSavedFiltersQuery {
  constructor(readonly officialId: string) {}
}
