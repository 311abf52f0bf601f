// A citizen's receipt, looked up by the hash of its code: the one thing the site's submit token may read.
export default {
  routes: [
    {
      method: 'GET',
      path: '/questions/receipt/:hash',
      handler: 'question.receipt',
    },
  ],
};
