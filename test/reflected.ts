/**
 * Every place a page writes back what the request said: a search, a filter, a slug, an id, a page's
 * own parameter, an unknown path and its query. The escaping tests (in process and in Chromium)
 * send their payloads to each.
 */
export const reflectedPlaces = (payload: string): string[] => {
  const p = encodeURIComponent(payload);
  return [
    `/search?q=${p}`,
    `/indicators?q=${p}`,
    `/cities/${p}`,
    `/indicators/${p}`,
    `/cities/${p}/indicators`,
    `/compare?metric=${p}&cities=wuwei`,
    `/indicators?city=${p}`,
    `/sources/000?view=${p}`,
    `/no-such-page/${p}?x=${p}`,
  ];
};
