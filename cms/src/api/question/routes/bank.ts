// The whole published bank for the site's build, a thousand questions a request: the public fields
// only (content-api/public-shapes.ts), for the read token alone (setup/api-tokens.ts).
export default {
  routes: [
    {
      method: 'GET',
      path: '/questions/bank',
      handler: 'question.bank',
    },
  ],
};
