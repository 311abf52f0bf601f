// What site/server/site.ts hands each on-demand page as Astro.locals.
type FrageladanLocals = import('../server/locals.ts').SiteLocals;

declare namespace App {
  interface Locals extends FrageladanLocals {}
}
