// A citizen's receipt, looked up by the hash of its code: the one thing the site's submit token may
// read. POST, with the hash in the body: a path would put it in Strapi's request log and any proxy's.
export default {
  routes: [
    {
      method: 'POST',
      path: '/questions/receipt',
      handler: 'question.receipt',
    },
  ],
};
