// The site's own title, read once from the page: the app's page gives it as its <title>; an event's
// or official's page (whose <title> names the event) gives it as `application-name`.
let site: string | null = null;

export function siteTitle(): string {
  // Read before the app first changes document.title: afterwards the title is the app's.
  site ??= document.querySelector<HTMLMetaElement>('meta[name="application-name"]')?.content || document.title;
  return site;
}
