// "Hjälpte svaret dig?" from the site, with its submit token: a vote, or a "Vad saknades?" text.
// Nothing can be read here; editors read the feedback through admin routes (src/feedback/admin-routes.ts).
export default {
  routes: [
    { method: 'POST', path: '/feedback/votes', handler: 'feedback.vote' },
    { method: 'POST', path: '/feedback/texts', handler: 'feedback.text' },
  ],
};
